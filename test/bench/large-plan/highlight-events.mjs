// Highlight events: the kinds of win a region can report, each filled in with random details.

import { int, pick } from './random.mjs';
import { ASSETS, CAMPAIGNS, CUSTOMERS, PARTNERS, PRODUCTS } from './vocabulary.mjs';

const money = (min, max) => int(min, max) * 1000;
const symbol = { EUR: '€', GBP: '£', USD: '$' };
const kilo = (currency, value) => `${symbol[currency]}${Math.round(value / 1000)}k`;

export const EVENTS = [
  (r) => {
    const v = money(40, 480);
    return {
      slug: 'webinar',
      title: `${r.name} webinar sourced ${kilo(r.currency, v)} pipeline`,
      what: `Ran a product webinar for ${int(120, 900)} registrants.`,
      why: 'Webinar pipeline costs less than paid search.',
      next: 'Repeat next quarter with sales co-hosting.',
      metric: ['pipeline', v, r.currency],
      topics: ['exec-awareness', 'pipeline-view'],
    };
  },
  (r) => {
    const c = pick(CUSTOMERS);
    const n = int(3, 25);
    return {
      slug: 'case-study',
      title: `${c} case study used in ${n} open deals`,
      what: `Published the ${c} case study with a one-slide summary for reps.`,
      why: 'Deals that use a case study close faster.',
      next: 'Two more case studies in the same industry.',
      metric: ['open deals using it', n, 'deals'],
      topics: ['deal-content', 'win-stories'],
    };
  },
  (r) => {
    const p = pick(PRODUCTS);
    const n = int(1, 6);
    return {
      slug: 'launch-brief',
      title: `${p} sales brief out ${n} days after launch`,
      what: 'Product marketing and engineering wrote the brief before launch day.',
      why: 'Reps could pitch the release in the first week.',
      next: 'Use the same checklist for the next release.',
      metric: ['launch to brief', n, 'days'],
      topics: ['brief-lag', 'roadmap'],
    };
  },
  (r) => {
    const city = pick(r.cities);
    const n = int(8, 60);
    return {
      slug: 'evening',
      title: `${city} customer evening brought ${n} qualified leads`,
      what: `Hosted customers and prospects in ${city} with the local sales team.`,
      why: 'Regional events bring larger deals than online campaigns.',
      next: 'Plan the next city with the regional managers.',
      metric: ['qualified leads', n, 'leads'],
      topics: ['exec-awareness', 'recall'],
    };
  },
  (r) => {
    const c = pick(CAMPAIGNS);
    const n = int(10, 150);
    return {
      slug: 'training',
      title: `${n} reps completed the ${c} playbook`,
      what: `Ran a short training on the ${c} campaign, with a quiz.`,
      why: 'Reps who know a campaign follow up on its leads within a day.',
      next: 'A two-minute refresher in the next newsletter.',
      metric: ['reps trained', n, 'people'],
      topics: ['recall', 'kickoff', 'competitive'],
    };
  },
  (r) => {
    const n = int(3, 10);
    return {
      slug: 'dashboard',
      title: `${n} leaders check the pipeline dashboard every week`,
      what: 'Built one dashboard of marketing-sourced pipeline that links into the CRM.',
      why: 'Leaders trust numbers they can click through.',
      next: 'Add a breakdown by campaign.',
      metric: ['weekly viewers', n, 'people'],
      topics: ['pipeline-view', 'attribution', 'data-quality'],
    };
  },
  (r) => {
    const n = int(2, 12);
    return {
      slug: 'references',
      title: `${n} customers joined the reference program`,
      what: 'Customer success and marketing invited happy customers to speak for us.',
      why: 'Prospects believe customers more than they believe us.',
      next: 'Match each reference to open deals in its industry.',
      metric: ['reference customers', n, 'customers'],
      topics: ['references', 'renewals'],
    };
  },
  (r) => {
    const c = pick(CUSTOMERS);
    const v = money(60, 900);
    return {
      slug: 'deal',
      title: `Marketing-sourced deal with ${c} closed at ${kilo(r.currency, v)}`,
      what: `${c} first came to us through a marketing campaign.`,
      why: 'It shows the path from campaign to revenue.',
      next: 'Turn it into a win story for the next win wire.',
      metric: ['deal value', v, r.currency],
      topics: ['win-stories', 'exec-awareness', 'exec-replies'],
    };
  },
  (r) => {
    const p = pick(PARTNERS);
    const n = int(10, 120);
    return {
      slug: 'partner',
      title: `${p} co-marketing campaign sourced ${n} leads`,
      what: `Ran a joint campaign with ${p}.`,
      why: 'Partners reach buyers we do not.',
      next: 'Announce the next joint campaign two weeks ahead.',
      metric: ['leads', n, 'leads'],
      topics: ['partner-notice', 'comarketing-wait'],
    };
  },
  (r) => {
    const a = pick(ASSETS);
    const n = int(50, 2000);
    return {
      slug: 'content',
      title: `The ${a} was downloaded ${n} times in its first month`,
      what: `Published a new ${a} and shared it with sales first.`,
      why: 'Useful content opens conversations.',
      next: 'Add it to the sales playbook.',
      metric: ['downloads', n, 'downloads'],
      topics: ['deal-content', 'newsletter', 'intranet'],
    };
  },
  (r) => {
    const c = pick(CUSTOMERS);
    const n = int(60, 400);
    return {
      slug: 'episode',
      title: `Podcast episode with ${c} reached ${n} listeners`,
      what: `Recorded an episode with the team at ${c}.`,
      why: 'Reps listen while they travel.',
      next: 'Clip the best two minutes for the sales channel.',
      metric: ['listeners', n, 'people'],
      topics: ['podcast'],
    };
  },
  (r) => {
    const n = int(30, 80);
    return {
      slug: 'pulse',
      title: `Pulse survey: ${n}% of reps can name a current campaign`,
      what: 'Ran the monthly three-question pulse survey.',
      why: 'Recall tells us whether the message lands.',
      next: 'Focus the next digest on the least known campaign.',
      metric: ['campaign recall', n, '%'],
      topics: ['recall', 'newsletter', 'feedback'],
    };
  },
  (r) => {
    const n = int(15, 60);
    return {
      slug: 'demo',
      title: `Customer story demo drew ${n} engineers and product managers`,
      what: 'Opened the product demo with a customer telling how they use the product.',
      why: 'Engineers who know their customers build for them.',
      next: 'Invite a customer every other demo.',
      metric: ['attendees', n, 'people'],
      topics: ['eng-awareness', 'demo-reach', 'recognition'],
    };
  },
  (r) => {
    const n = int(20, 70);
    return {
      slug: 'support',
      title: `Support briefed before launch; tickets rose only ${n}%`,
      what: 'Gave support the launch brief and known issues a week early.',
      why: 'Ready support keeps launch weeks calm.',
      next: 'Make the support briefing part of every launch.',
      metric: ['launch-week ticket increase', n, '%'],
      topics: ['ticket-spike', 'intranet'],
    };
  },
  (r) => {
    const v = int(1000, 1600);
    return {
      slug: 'cost',
      title: `Cost per opportunity down to ${symbol.EUR}${v}`,
      what: 'Shifted budget from paid search to webinars and events.',
      why: 'Finance asks for efficiency, not volume.',
      next: 'Review the channel mix with finance next quarter.',
      metric: ['cost per opportunity', v, 'EUR'],
      topics: ['cost-per-opp', 'attribution'],
    };
  },
];
