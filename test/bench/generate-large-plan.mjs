#!/usr/bin/env node
// Writes a large, realistic, valid Herald plan for benchmarks:
// 100 audiences, 200 channels, 500 goals, 2,000 highlights, 2,000 measurements and
// 20 research entries (about 840 KB) for 2027-01-04..2027-12-31, Europe/Berlin.
//
//   node test/bench/generate-large-plan.mjs [out-file]    (default .tmp/large-plan.yaml)
//
// The output is deterministic (a seeded PRNG, no Math.random): the same file every run.
// Mixes block and flow style as a person would. The plan has no errors and is meant to
// have no warnings either: every goal is measurable with research and a due date, every
// highlight has evidence, every audience has channels and every channel an audience,
// high-influence audiences hear something at least every two weeks, and no audience gets
// more than 5 touches in a week.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const outFile = resolve(process.argv[2] ?? '.tmp/large-plan.yaml');

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20270104);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
function sample(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

// ---------------------------------------------------------------------------
// Dates (UTC calendar days; the plan's time zone does not matter for whole days)
// ---------------------------------------------------------------------------

const DAY = 86_400_000;
const PLAN_START = Date.UTC(2027, 0, 4);
const PLAN_END = Date.UTC(2027, 11, 31);
const MID_YEAR = Date.UTC(2027, 5, 30);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayBetween = (from, to) => from + int(0, Math.round((to - from) / DAY)) * DAY;
// A Monday-to-Friday day between a Monday `from` and `to`.
function workdayBetween(from, to) {
  let d = dayBetween(from, to);
  while ([0, 6].includes(new Date(d).getUTCDay())) d -= DAY;
  return d;
}

// ---------------------------------------------------------------------------
// YAML scalars: plain where a person would write them plain, quoted otherwise
// ---------------------------------------------------------------------------

const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9.][0-9.:_eE+-]*)$/i;
function str(value) {
  const s = String(value);
  const plain = /^[A-Za-z0-9€$(][^\n]*$/.test(s) && !/: |:$| #|\t/.test(s) && !RESERVED.test(s) && s.trim() === s;
  return plain ? s : JSON.stringify(s);
}
// In flow collections ([a, b] and { k: v }) commas and brackets are special too.
const flowStr = (value) => (/[,[\]{}]/.test(String(value)) ? JSON.stringify(String(value)) : str(value));
const flowList = (items) => `[${items.map(flowStr).join(', ')}]`;

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const REGIONS = [
  { id: 'dach', name: 'DACH', currency: 'EUR', cities: ['Berlin', 'Munich', 'Vienna', 'Zurich'] },
  { id: 'nordics', name: 'Nordics', currency: 'EUR', cities: ['Stockholm', 'Copenhagen', 'Oslo', 'Helsinki'] },
  { id: 'benelux', name: 'Benelux', currency: 'EUR', cities: ['Amsterdam', 'Brussels', 'Rotterdam'] },
  { id: 'france', name: 'France', currency: 'EUR', cities: ['Paris', 'Lyon', 'Toulouse'] },
  { id: 'iberia', name: 'Iberia', currency: 'EUR', cities: ['Madrid', 'Barcelona', 'Lisbon'] },
  { id: 'italy', name: 'Italy', currency: 'EUR', cities: ['Milan', 'Rome', 'Turin'] },
  { id: 'uk-ireland', name: 'UK and Ireland', currency: 'GBP', cities: ['London', 'Manchester', 'Dublin'] },
  { id: 'north-america', name: 'North America', currency: 'USD', cities: ['New York', 'Chicago', 'Toronto', 'Austin'] },
  { id: 'latam', name: 'Latin America', currency: 'USD', cities: ['Sao Paulo', 'Mexico City', 'Bogota'] },
  { id: 'apac', name: 'APAC', currency: 'USD', cities: ['Singapore', 'Sydney', 'Tokyo'] },
];

const PEOPLE = [
  'Dana Lee',
  'Priya Shah',
  'Marco Rossi',
  'Lena Vogel',
  'Tom Becker',
  'Aisha Khan',
  'Jonas Weber',
  'Sam Okafor',
  'Katrin Hofmann',
  'Nina Alvarez',
  'Lucas Martin',
  'Sofia Lindqvist',
  'Ahmed Benali',
  'Emma Janssen',
  'Carlos Ortega',
  'Giulia Bianchi',
  'Oliver Hughes',
  "Siobhan O'Neill",
  'Maya Patel',
  'Ethan Brooks',
  'Camila Souza',
  'Diego Ramirez',
  'Hiroshi Tanaka',
  'Mei Chen',
  'Liam Walsh',
  'Freya Nilsen',
  'Pieter de Vries',
  'Chloe Dubois',
  'Ines Ferreira',
  'Noah Fischer',
];

const CUSTOMERS = [
  'Northwind Logistics',
  'Contoso Retail',
  'Fabrikam Health',
  'Globex Energy',
  'Initech Finance',
  'Umbrella Pharma',
  'Stark Manufacturing',
  'Wayne Mobility',
  'Tyrell Robotics',
  'Cyberdyne Systems',
  'Soylent Foods',
  'Hooli Media',
  'Vandelay Imports',
  'Wonka Confectionery',
  'Oceanic Air',
];
const PRODUCTS = ['Analytics Suite', 'Data Connect', 'Forecast Pro', 'Insight Cloud', 'Pipeline Studio'];
const CAMPAIGNS = ['Spring Forward', 'Data Confidence', 'Close Faster', 'Cloud Move', 'Year of Insight', 'Smart Forecasting'];
const PARTNERS = ['Blue Harbor Consulting', 'Summit Integrators', 'Northstar Systems', 'Cobalt Partners'];
const ASSETS = ['ROI calculator', 'buyer guide', 'benchmark report', 'migration checklist', 'security whitepaper'];

// ---------------------------------------------------------------------------
// Research: 20 entries (written before the plan starts)
// ---------------------------------------------------------------------------

const research = [
  {
    id: 'pulse-2026-q4',
    type: 'survey',
    date: '2026-11-15',
    title: 'Q4 employee pulse survey',
    findings: [
      'Only 22% of sales reps can name a marketing campaign from last quarter.',
      'Executives read email digests; they rarely open Slack channels.',
    ],
    metrics: [
      ['engagement', 62, '%'],
      ['recall', 22, '%'],
      ['responses', 1843, 'people'],
    ],
  },
  {
    id: 'crm-attribution-2026',
    type: 'analytics',
    date: '2026-10-30',
    title: 'CRM attribution review, FY2026',
    findings: ['Marketing sourced 38% of new pipeline.', 'Won deals that used a case study closed 11 days faster.'],
    metrics: [
      ['marketing-sourced-pipeline', 38, '%'],
      ['deals-with-content', 31, '%'],
    ],
  },
  {
    id: 'competitor-enablement-2026',
    type: 'competitor',
    date: '2026-09-22',
    title: 'How competitors enable their sales teams at launch',
    findings: ['Competitors publish a one-page launch brief within 3 days of a launch.', 'Our last brief reached reps after 14 days.'],
    metrics: [
      ['competitor-launch-to-brief', 3, 'days'],
      ['our-launch-to-brief', 14, 'days'],
    ],
  },
  {
    id: 'cs-focus-group-2026',
    type: 'focus-group',
    date: '2026-10-12',
    title: 'Customer success focus groups',
    findings: [
      'Customer success managers learn about new case studies from customers first.',
      'They want one place to find references by industry.',
    ],
    metrics: [['participants', 18, 'people']],
  },
  {
    id: 'intranet-analytics-2026',
    type: 'analytics',
    date: '2026-11-02',
    title: 'Intranet and newsletter readership, 2026',
    findings: [
      'The newsletter is opened by 41% of employees; the intranet page by 12%.',
      'Posts with a number in the title are read twice as often.',
    ],
    metrics: [
      ['newsletter-open-rate', 41, '%'],
      ['intranet', 12, '%'],
    ],
  },
  {
    id: 'partner-survey-2026',
    type: 'survey',
    date: '2026-10-20',
    title: 'Partner satisfaction survey',
    findings: ['Partners rarely hear about campaigns before they launch.', 'Co-marketing requests wait three weeks on average.'],
    metrics: [
      ['partner-satisfaction', 6.4, 'of 10'],
      ['comarketing-wait', 21, 'days'],
    ],
  },
  ...REGIONS.map((r, i) => ({
    id: `${r.id}-interviews-2026`,
    type: 'interview',
    date: iso(Date.UTC(2026, 9, 5 + i * 3)),
    title: `Interviews with ${r.name} leaders and sales managers`,
    findings: [
      `${int(5, 9)} of ${int(9, 12)} ${r.name} leaders want one short monthly summary with numbers.`,
      'Regional managers decide which campaigns their reps actually use.',
    ],
    metrics: [['interviews', int(8, 14), 'people']],
  })),
  {
    id: 'win-loss-2026',
    type: 'analytics',
    date: '2026-11-10',
    title: 'Win/loss analysis of 2026 deals',
    findings: ['Lost deals cite missing references in regulated industries.', 'Won deals mention the ROI calculator twice as often.'],
    metrics: [['deals-analysed', 412, 'deals']],
  },
  {
    id: 'eng-survey-2026',
    type: 'survey',
    date: '2026-11-18',
    title: 'Engineering survey on customer impact',
    findings: [
      'Most engineers never hear which customers use the features they build.',
      'Demos with a customer story get twice the attendance.',
    ],
    metrics: [['can-name-a-customer', 28, '%']],
  },
  {
    id: 'finance-interviews-2026',
    type: 'interview',
    date: '2026-10-28',
    title: 'Interviews with finance business partners',
    findings: ['Finance cannot tie marketing spend to pipeline without a shared report.'],
    metrics: [['interviews', 6, 'people']],
  },
  {
    id: 'support-tickets-2026',
    type: 'other',
    date: '2026-11-08',
    title: 'Support ticket themes after launches',
    findings: ['Ticket volume doubles in the week after a launch nobody told support about.'],
    metrics: [['launch-week-ticket-increase', 96, '%']],
  },
];

// ---------------------------------------------------------------------------
// Channels: 20 kinds per region = 200 channels
// ---------------------------------------------------------------------------

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'last'];
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR'];
const time = (from, to) => `${String(int(from, to)).padStart(2, '0')}:${pick(['00', '00', '15', '30', '45'])}`;

// load: the most touches the kind can make in one week (for the 5-per-week rule).
const CHANNEL_KINDS = [
  {
    key: 'exec-digest',
    type: 'email',
    name: (r) => `${r.name} monthly executive digest`,
    load: 1,
    cadence: () => `monthly on the first ${pick(WEEKDAYS.slice(0, 2))}`,
    time: () => time(8, 9),
    feedback: 'Reply to the digest; questions are answered in the next one.',
  },
  {
    key: 'staff-meeting',
    type: 'meeting',
    name: (r) => `Marketing slot in the ${r.name} staff meeting`,
    load: 1,
    cadence: () => `every 2 weeks on ${pick(WEEKDAYS)}`,
    time: () => time(9, 11),
    duration: () => pick(['10m', '15m']),
    feedback: 'Questions in the meeting; follow-ups the same day.',
  },
  {
    key: 'leader-one-on-one',
    type: 'one-on-one',
    name: (r) => `Success story in the ${r.name} leadership one-on-ones`,
    load: 1,
    cadence: () => `RRULE:FREQ=MONTHLY;BYDAY=${pick(BYDAY)};BYSETPOS=${int(1, 3)}`,
    time: () => time(13, 16),
    duration: () => '30m',
  },
  {
    key: 'sales-slack',
    type: 'slack',
    name: (r) => `Weekly wins post in #${r.id}-sales`,
    load: 1,
    cadence: () => `weekly on ${pick(WEEKDAYS)}`,
    time: () => time(9, 12),
    feedback: 'Reply in the thread or react with a question mark.',
  },
  {
    key: 'kickoff',
    type: 'meeting',
    name: (r) => `${r.name} sales kickoff, marketing session`,
    load: 1,
    cadence: () => `once on ${iso(workdayBetween(Date.UTC(2027, 0, 11), Date.UTC(2027, 1, 26)))}`,
    time: () => time(9, 15),
    duration: () => '1h',
  },
  {
    key: 'product-demo',
    type: 'meeting',
    name: (r) => `Launch readiness slot in the ${r.name} product demo`,
    load: 1,
    cadence: () => `biweekly on ${pick(WEEKDAYS)}`,
    time: () => time(14, 16),
    duration: () => pick(['15m', '20m']),
    feedback: 'Open Q&A at the end of the slot.',
  },
  {
    key: 'newsletter',
    type: 'newsletter',
    name: (r) => `Inside Marketing ${r.name}`,
    load: 1,
    cadence: () => 'monthly on the last friday',
    feedback: 'A two-question survey at the end of every issue.',
  },
  { key: 'podcast', type: 'podcast', name: (r) => `Pipeline Stories ${r.name}`, load: 1, cadence: () => `quarterly on day ${int(5, 25)}` },
  {
    key: 'intranet',
    type: 'intranet',
    name: (r) => `${r.name} marketing page on the intranet`,
    load: 1,
    cadence: () => `monthly on day ${int(1, 28)}`,
    feedback: 'Comments under each post.',
  },
  {
    key: 'cs-teams',
    type: 'teams',
    name: (r) => `${r.name} customer success channel`,
    load: 1,
    cadence: () => `weekly on ${pick(WEEKDAYS)}`,
    time: () => time(10, 15),
  },
  {
    key: 'hallway',
    type: 'hallway',
    name: (r) => `${r.name} coffee-corner pitch`,
    load: 1,
    cadence: () => `every ${int(2, 3)} weeks on ${pick(WEEKDAYS)}`,
    time: () => time(10, 11),
  },
  {
    key: 'finance-review',
    type: 'meeting',
    name: (r) => `${r.name} quarterly finance review`,
    load: 1,
    cadence: () => `quarterly on the ${pick(ORDINALS.slice(0, 3))} ${pick(WEEKDAYS)}`,
    time: () => time(10, 14),
    duration: () => '30m',
  },
  {
    key: 'partner-email',
    type: 'email',
    name: (r) => `${r.name} partner update`,
    load: 1,
    cadence: () => `monthly on the ${pick(ORDINALS)} ${pick(WEEKDAYS)}`,
    time: () => time(8, 10),
    feedback: 'Partners reply to their partner manager.',
  },
  {
    key: 'eng-all-hands',
    type: 'meeting',
    name: (r) => `${r.name} engineering all-hands`,
    load: 1,
    cadence: () => `monthly on the last ${pick(WEEKDAYS.slice(1, 5))}`,
    time: () => time(15, 16),
    duration: () => '10m',
  },
  {
    key: 'support-standup',
    type: 'slack',
    name: (r) => `${r.name} support stand-up notes`,
    load: 1,
    cadence: () => `weekly on ${pick(WEEKDAYS)}`,
    time: () => time(8, 9),
  },
  {
    key: 'win-wire',
    type: 'email',
    name: (r) => `${r.name} win wire`,
    load: 1,
    cadence: () => `every 2 weeks on ${pick(WEEKDAYS)}`,
    time: () => time(16, 17),
  },
  {
    key: 'roadmap-review',
    type: 'meeting',
    name: (r) => `${r.name} roadmap review`,
    load: 1,
    cadence: () => `quarterly on day ${int(1, 28)}`,
    time: () => time(11, 15),
    duration: () => '1h',
  },
  {
    key: 'ops-update',
    type: 'teams',
    name: (r) => `${r.name} operations update`,
    load: 1,
    cadence: () => `biweekly on ${pick(WEEKDAYS)}`,
    time: () => time(9, 11),
  },
  {
    key: 'recognition',
    type: 'other',
    name: (r) => `${r.name} kudos board`,
    load: 1,
    cadence: () => `monthly on the ${pick(ORDINALS.slice(0, 4))} friday`,
  },
  {
    key: 'qbr',
    type: 'meeting',
    name: (r) => `${r.name} quarterly business review`,
    load: 1,
    cadence: () => `quarterly on the first ${pick(WEEKDAYS)}`,
    time: () => time(9, 10),
    duration: () => '1h',
  },
];

// Three regions run the support stand-up notes every working day.
const DAILY_SUPPORT_REGIONS = new Set(['dach', 'uk-ireland', 'north-america']);

const channels = [];
for (const region of REGIONS) {
  for (const kind of CHANNEL_KINDS) {
    const daily = kind.key === 'support-standup' && DAILY_SUPPORT_REGIONS.has(region.id);
    channels.push({
      id: `${region.id}-${kind.key}`,
      type: kind.type,
      name: kind.name(region),
      owner: pick(PEOPLE),
      cadence: daily ? 'daily' : kind.cadence(),
      time: kind.time?.(),
      duration: kind.duration?.(),
      feedback: kind.feedback && chance(0.8) ? kind.feedback : undefined,
      load: daily ? 5 : kind.load,
    });
  }
}
const channelById = new Map(channels.map((c) => [c.id, c]));

// ---------------------------------------------------------------------------
// Audiences: 10 functions per region = 100 audiences
// ---------------------------------------------------------------------------

// Channels per function; every kind is used by at least one function. High-influence
// functions always include a channel that meets at least every two weeks.
const FUNCTIONS = [
  {
    key: 'leadership',
    name: 'leadership team',
    size: [6, 12],
    influence: 'high',
    interest: ['medium', 'low'],
    cares: ['pipeline', 'budget efficiency', 'revenue forecast', 'market share'],
    kinds: ['exec-digest', 'staff-meeting', 'leader-one-on-one', 'finance-review', 'qbr'],
  },
  {
    key: 'sales',
    name: 'sales team',
    size: [20, 160],
    influence: ['medium', 'high'],
    interest: ['high'],
    cares: ['leads', 'competitive stories', 'campaigns to mention', 'quota'],
    kinds: ['sales-slack', 'kickoff', 'newsletter', 'podcast', 'win-wire'],
  },
  {
    key: 'sales-engineering',
    name: 'sales engineers',
    size: [5, 30],
    influence: ['medium', 'low'],
    interest: ['high', 'medium'],
    cares: ['demos', 'technical proof points', 'launches'],
    kinds: ['sales-slack', 'product-demo', 'roadmap-review', 'win-wire'],
  },
  {
    key: 'customer-success',
    name: 'customer success',
    size: [8, 40],
    influence: ['low', 'medium'],
    interest: ['high'],
    cares: ['case studies', 'renewals', 'customer references'],
    kinds: ['cs-teams', 'newsletter', 'podcast', 'win-wire'],
  },
  {
    key: 'product',
    name: 'product management',
    size: [4, 20],
    influence: ['medium'],
    interest: ['medium', 'low'],
    cares: ['launch adoption', 'customer feedback', 'win/loss reasons'],
    kinds: ['product-demo', 'roadmap-review', 'eng-all-hands', 'intranet'],
  },
  {
    key: 'engineering',
    name: 'engineering',
    size: [30, 250],
    influence: ['low', 'medium'],
    interest: ['low'],
    cares: ['customer impact', 'launch dates'],
    kinds: ['eng-all-hands', 'intranet', 'hallway', 'recognition'],
  },
  {
    key: 'finance',
    name: 'finance business partners',
    size: [2, 8],
    influence: 'high',
    interest: ['medium'],
    cares: ['cost per opportunity', 'budget efficiency', 'attribution'],
    kinds: ['exec-digest', 'finance-review', 'ops-update'],
  },
  {
    key: 'partners',
    name: 'partner managers',
    size: [3, 15],
    influence: ['medium', 'low'],
    interest: ['medium'],
    cares: ['co-marketing', 'joint pipeline', 'campaign calendar'],
    kinds: ['partner-email', 'newsletter', 'qbr'],
  },
  {
    key: 'support',
    name: 'support team',
    size: [10, 60],
    influence: ['low'],
    interest: ['medium', 'low'],
    cares: ['launch dates', 'known issues', 'customer stories'],
    kinds: ['support-standup', 'intranet', 'recognition'],
  },
  {
    key: 'operations',
    name: 'revenue operations',
    size: [3, 12],
    influence: ['medium'],
    interest: ['medium', 'high'],
    cares: ['data quality', 'attribution', 'dashboards'],
    kinds: ['ops-update', 'intranet', 'recognition', 'hallway'],
  },
];

const audiences = [];
for (const region of REGIONS) {
  for (const fn of FUNCTIONS) {
    let kinds = sample(fn.kinds, fn.kinds.length); // a person's order, not ours
    if (kinds.includes('support-standup') && DAILY_SUPPORT_REGIONS.has(region.id)) kinds = ['support-standup'];
    const influence = Array.isArray(fn.influence) ? pick(fn.influence) : fn.influence;
    const channelIds = kinds.map((k) => `${region.id}-${k}`);
    if (influence === 'high' && !channelIds.some((id) => /weekly|weeks/.test(channelById.get(id).cadence))) {
      throw new Error(`high-influence audience ${region.id}-${fn.key} has no frequent channel`);
    }
    const load = channelIds.reduce((sum, id) => sum + channelById.get(id).load, 0);
    if (load > 5) throw new Error(`audience ${region.id}-${fn.key} could get ${load} touches a week`);
    audiences.push({
      id: `${region.id}-${fn.key}`,
      region: region.id,
      fn: fn.key,
      name: `${region.name} ${fn.name}`,
      size: int(fn.size[0], fn.size[1]),
      influence,
      interest: pick(fn.interest),
      cares: sample(fn.cares, int(1, Math.min(3, fn.cares.length))),
      channels: channelIds,
    });
  }
}
// Every channel must be used by some audience (the daily support regions drop the
// support team's intranet and kudos board; other teams still use them).
const usedChannels = new Set(audiences.flatMap((a) => a.channels));
for (const c of channels) if (!usedChannels.has(c.id)) throw new Error(`channel ${c.id} is used by no audience`);

// ---------------------------------------------------------------------------
// Goals: 25 topics x 10 regions x 2 halves = 500 goals
// ---------------------------------------------------------------------------

const TOPICS = [
  {
    key: 'exec-awareness',
    title: "Leadership can name marketing's top wins",
    metric: 'Leaders who can name two marketing wins',
    unit: '%',
    base: [10, 30],
    target: [70, 90],
    fns: ['leadership'],
    research: ['pulse-2026-q4', 'INTERVIEWS'],
    why: 'Budget decisions depend on perceived impact.',
  },
  {
    key: 'recall',
    title: 'Sales reps know the current campaigns',
    metric: 'Reps who can name a current campaign',
    unit: '%',
    base: [15, 30],
    target: [55, 70],
    fns: ['sales'],
    research: ['pulse-2026-q4'],
    why: 'Reps who know a campaign follow up on its leads.',
  },
  {
    key: 'deal-content',
    title: 'More won deals use marketing content',
    metric: 'Won deals with marketing content attached',
    unit: '%',
    base: [25, 35],
    target: [50, 60],
    fns: ['sales', 'customer-success'],
    research: ['crm-attribution-2026', 'win-loss-2026'],
    why: 'Deals that use a case study close 11 days faster.',
  },
  {
    key: 'brief-lag',
    title: 'Sales hears about launches within days',
    metric: 'Days from launch until the sales brief reaches reps',
    unit: 'days',
    base: [10, 16],
    target: [2, 4],
    fns: ['sales-engineering', 'product'],
    research: ['competitor-enablement-2026'],
    why: 'A launch without a sales brief loses its first month of deals.',
  },
  {
    key: 'references',
    title: 'Enough reference customers for every industry',
    metric: 'Active reference customers',
    unit: 'customers',
    base: [3, 8],
    target: [12, 20],
    fns: ['customer-success'],
    research: ['cs-focus-group-2026', 'win-loss-2026'],
    why: 'Lost deals cite missing references.',
  },
  {
    key: 'newsletter',
    title: 'The newsletter reaches most colleagues',
    metric: 'Newsletter open rate',
    unit: '%',
    base: [35, 45],
    target: [55, 65],
    fns: ['sales', 'customer-success', 'partners'],
    research: ['intranet-analytics-2026'],
    why: 'The newsletter is our widest channel.',
  },
  {
    key: 'intranet',
    title: 'The intranet page becomes a place people visit',
    metric: 'Employees visiting the marketing page monthly',
    unit: '%',
    base: [8, 15],
    target: [30, 40],
    fns: ['product', 'engineering', 'support'],
    research: ['intranet-analytics-2026'],
    why: 'Teams outside sales rarely hear about wins.',
  },
  {
    key: 'partner-notice',
    title: 'Partners hear about campaigns before launch',
    metric: 'Campaigns announced to partners two weeks ahead',
    unit: '%',
    base: [10, 25],
    target: [75, 90],
    fns: ['partners'],
    research: ['partner-survey-2026'],
    why: 'Partners cannot co-sell what they hear about late.',
  },
  {
    key: 'comarketing-wait',
    title: 'Co-marketing requests answered quickly',
    metric: 'Days a co-marketing request waits',
    unit: 'days',
    base: [18, 25],
    target: [5, 7],
    fns: ['partners'],
    research: ['partner-survey-2026'],
    why: 'Slow answers push partners to competitors.',
  },
  {
    key: 'eng-awareness',
    title: 'Engineers know who uses what they build',
    metric: 'Engineers who can name a customer of their feature',
    unit: '%',
    base: [20, 30],
    target: [55, 70],
    fns: ['engineering', 'product'],
    research: ['eng-survey-2026'],
    why: 'Teams that know their customers build for them.',
  },
  {
    key: 'attribution',
    title: 'Finance trusts marketing attribution',
    metric: 'Marketing spend tied to pipeline in the shared report',
    unit: '%',
    base: [20, 40],
    target: [80, 95],
    fns: ['finance'],
    research: ['finance-interviews-2026', 'crm-attribution-2026'],
    why: 'Budget follows numbers finance can check.',
  },
  {
    key: 'ticket-spike',
    title: 'Support is ready before launches',
    metric: 'Increase in tickets in launch week',
    unit: '%',
    base: [80, 100],
    target: [20, 30],
    fns: ['support'],
    research: ['support-tickets-2026'],
    why: 'Unprepared launches cost support a week.',
  },
  {
    key: 'pipeline-view',
    title: 'Leaders see marketing-sourced pipeline weekly',
    metric: 'Leaders viewing the pipeline dashboard weekly',
    unit: 'people',
    base: [1, 3],
    target: [6, 10],
    fns: ['leadership', 'operations'],
    research: ['crm-attribution-2026', 'INTERVIEWS'],
    why: 'Leaders trust numbers they can click through.',
  },
  {
    key: 'win-stories',
    title: 'Win stories are reused in new deals',
    metric: 'Open deals citing a recent win story',
    unit: 'deals',
    base: [5, 15],
    target: [30, 50],
    fns: ['sales', 'sales-engineering'],
    research: ['win-loss-2026'],
    why: 'A peer story persuades more than a feature list.',
  },
  {
    key: 'demo-reach',
    title: 'Product demos draw a full room',
    metric: 'Average attendance of the product demo',
    unit: 'people',
    base: [10, 20],
    target: [35, 50],
    fns: ['product', 'sales-engineering'],
    research: ['eng-survey-2026'],
    why: 'Demos with a customer story get twice the attendance.',
  },
  {
    key: 'podcast',
    title: 'The podcast finds its listeners',
    metric: 'Listeners per episode',
    unit: 'people',
    base: [40, 80],
    target: [150, 250],
    fns: ['sales', 'customer-success'],
    research: ['intranet-analytics-2026'],
    why: 'Reps listen while they travel.',
  },
  {
    key: 'kickoff',
    title: 'Reps leave kickoff ready to pitch',
    metric: 'Reps passing the campaign quiz after kickoff',
    unit: '%',
    base: [40, 55],
    target: [80, 90],
    fns: ['sales'],
    research: ['pulse-2026-q4'],
    why: 'Kickoff is the one time every rep listens.',
  },
  {
    key: 'feedback',
    title: 'Colleagues answer back',
    metric: 'Replies and questions per digest',
    unit: 'replies',
    base: [0, 2],
    target: [6, 10],
    fns: ['leadership', 'finance'],
    research: ['INTERVIEWS'],
    why: 'One-way communication tells us nothing.',
  },
  {
    key: 'data-quality',
    title: 'Campaign data in the CRM is complete',
    metric: 'Opportunities with a campaign source',
    unit: '%',
    base: [50, 65],
    target: [90, 98],
    fns: ['operations'],
    research: ['crm-attribution-2026'],
    why: 'Attribution is only as good as the data.',
  },
  {
    key: 'recognition',
    title: 'People behind the wins are thanked',
    metric: 'Recognition notes sent per month',
    unit: 'notes',
    base: [1, 3],
    target: [8, 12],
    fns: ['engineering', 'support', 'operations'],
    research: ['pulse-2026-q4'],
    why: 'Recognised colleagues help again.',
  },
  {
    key: 'cost-per-opp',
    title: 'Cost per opportunity goes down',
    metric: 'Marketing cost per qualified opportunity',
    unit: 'EUR',
    base: [1800, 2400],
    target: [1100, 1400],
    fns: ['finance', 'leadership'],
    research: ['crm-attribution-2026', 'finance-interviews-2026'],
    why: 'Efficiency is what the board asks about.',
  },
  {
    key: 'competitive',
    title: 'Reps answer competitive objections',
    metric: 'Reps who pass the competitive quiz',
    unit: '%',
    base: [25, 40],
    target: [65, 80],
    fns: ['sales', 'sales-engineering'],
    research: ['competitor-enablement-2026', 'win-loss-2026'],
    why: 'Competitors win on objections we leave open.',
  },
  {
    key: 'renewals',
    title: 'Customer success shares renewal stories',
    metric: 'Renewal stories published',
    unit: 'stories',
    base: [0, 2],
    target: [6, 10],
    fns: ['customer-success'],
    research: ['cs-focus-group-2026'],
    why: 'Renewals are wins that nobody hears about.',
  },
  {
    key: 'roadmap',
    title: 'Product and sales tell the same roadmap story',
    metric: 'Sales engineers rating roadmap clarity 4 or 5',
    unit: '%',
    base: [30, 45],
    target: [70, 85],
    fns: ['product', 'sales-engineering'],
    research: ['INTERVIEWS', 'eng-survey-2026'],
    why: 'Mixed messages cost credibility with customers.',
  },
  {
    key: 'exec-replies',
    title: 'Executives act on the digest',
    metric: 'Digest items an executive followed up on',
    unit: 'items',
    base: [0, 2],
    target: [5, 8],
    fns: ['leadership'],
    research: ['INTERVIEWS', 'pulse-2026-q4'],
    why: 'A read digest is good; an acted-on digest is better.',
  },
];

const HALVES = [
  { key: 'h1', label: 'H1', from: PLAN_START, to: MID_YEAR, dues: ['2027-03-31', '2027-05-31', '2027-06-30', '2027-06-30'] },
  { key: 'h2', label: 'H2', from: MID_YEAR + DAY, to: PLAN_END, dues: ['2027-09-30', '2027-11-30', '2027-12-15', '2027-12-31'] },
];

const goals = [];
for (const region of REGIONS) {
  for (const topic of TOPICS) {
    for (const half of HALVES) {
      const baseline = int(topic.base[0], topic.base[1]);
      let target = int(topic.target[0], topic.target[1]);
      if (half.key === 'h2') target = topic.target[0] > topic.base[0] ? Math.round(target * 1.1) : Math.round(target * 0.9);
      if (topic.unit === '%') target = Math.min(target, 99);
      const research = topic.research.map((r) => (r === 'INTERVIEWS' ? `${region.id}-interviews-2026` : r));
      goals.push({
        id: `${region.id}-${topic.key}-${half.key}`,
        region: region.id,
        half,
        title: half.key === 'h1' ? topic.title : `${topic.title} (${half.label})`,
        why: chance(0.3) ? topic.why : undefined,
        metric: topic.metric,
        unit: topic.unit,
        baseline,
        target,
        due: pick(half.dues),
        owner: pick(PEOPLE),
        audiences: topic.fns.map((f) => `${region.id}-${f}`),
        research,
      });
    }
  }
}

// ---------------------------------------------------------------------------
// Highlights: 200 per region = 2,000
// ---------------------------------------------------------------------------

const money = (min, max) => int(min, max) * 1000;
const symbol = { EUR: '€', GBP: '£', USD: '$' };
const kilo = (currency, value) => `${symbol[currency]}${Math.round(value / 1000)}k`;

const EVENTS = [
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

const URLS = [
  (n) => `https://crm.example.com/reports/${n}`,
  (n) => `https://bi.example.com/dashboards/${n}`,
  (n) => `https://wiki.example.com/wins/${n}`,
  (n) => `https://lms.example.com/courses/${n}/completions`,
  (n) => `https://survey.example.com/results/${n}`,
];

const goalById = new Map(goals.map((g) => [g.id, g]));
const highlights = [];
const seen = new Set();
for (const region of REGIONS) {
  for (let i = 0; i < 200; i++) {
    const event = pick(EVENTS)(region);
    const date = dayBetween(PLAN_START, PLAN_END);
    const half = date <= MID_YEAR ? 'h1' : 'h2';
    const goalIds = sample(event.topics, chance(0.9) ? 1 : 2).map((t) => `${region.id}-${t}-${half}`);
    for (const id of goalIds) if (!goalById.has(id)) throw new Error(`no goal ${id}`);
    const goalAudiences = [...new Set(goalIds.flatMap((id) => goalById.get(id).audiences))];
    let id = `${region.id}-${event.slug}-${iso(date).slice(5, 7)}`;
    for (let n = 2; seen.has(id); n++) id = `${region.id}-${event.slug}-${iso(date).slice(5, 7)}-${n}`;
    seen.add(id);
    const detailed = chance(0.035);
    highlights.push({
      id,
      date: iso(date),
      title: event.title,
      what: detailed ? event.what : undefined,
      why: detailed ? event.why : undefined,
      next: detailed && chance(0.7) ? event.next : undefined,
      goals: goalIds,
      // Usually the default (the goals' audiences); sometimes widened to leadership.
      audiences: chance(0.1) ? [...new Set([...goalAudiences, `${region.id}-leadership`])] : undefined,
      metric: chance(0.3) ? event.metric : undefined,
      evidence: pick(URLS)(int(1000, 99999)),
      credit: chance(0.2) ? sample(PEOPLE, int(1, 2)) : undefined,
    });
  }
}
highlights.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

// ---------------------------------------------------------------------------
// Measurements: 4 per goal = 2,000, moving from baseline towards target
// ---------------------------------------------------------------------------

const NOTES = [
  'Monthly check-in',
  'Pulse survey',
  'Quarterly review',
  'CRM export',
  'Dashboard snapshot',
  'After the campaign',
  'Mid-quarter check',
];
const measurements = [];
for (const goal of goals) {
  const to = Math.min(Date.parse(`${goal.due}T00:00:00Z`), goal.half.to);
  const dates = Array.from({ length: 4 }, () => dayBetween(goal.half.from, to)).sort((a, b) => a - b);
  dates.forEach((date, i) => {
    const share = (i + 1) / 5 + (random() - 0.5) * 0.15;
    const raw = goal.baseline + (goal.target - goal.baseline) * share;
    const value = Math.abs(goal.target - goal.baseline) < 20 && goal.unit !== '%' ? Math.round(raw) : Math.round(raw * 10) / 10;
    measurements.push({ goal: goal.id, date: iso(date), value, note: chance(0.25) ? pick(NOTES) : undefined });
  });
}
measurements.sort((a, b) => a.date.localeCompare(b.date) || a.goal.localeCompare(b.goal));

// ---------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------

const lines = [];
const out = (line = '') => lines.push(line);
const field = (indent, key, value) => {
  if (value !== undefined) out(`${' '.repeat(indent)}${key}: ${value}`);
};

out('# yaml-language-server: $schema=./plan.schema.json');
out('# Generated by test/bench/generate-large-plan.mjs for benchmarks. Do not edit by hand.');
out('version: 1');
out();
out('plan:');
out('  name: Marketing visibility 2027, all regions');
out('  organization: Acme Corp');
out('  owner: Dana Lee');
out('  start: 2027-01-04');
out('  end: 2027-12-31');
out('  timezone: Europe/Berlin');
out("  summary: Make marketing's pipeline impact visible to leadership, sales and every team in ten regions.");
out();

out('research:');
for (const r of research) {
  out(`  - id: ${r.id}`);
  field(4, 'type', r.type);
  field(4, 'date', r.date);
  field(4, 'title', str(r.title));
  out('    findings:');
  for (const f of r.findings) out(`      - ${str(f)}`);
  out('    metrics:');
  for (const [name, value, unit] of r.metrics) out(`      - { name: ${flowStr(name)}, value: ${value}, unit: ${JSON.stringify(unit)} }`);
}
out();

out('goals:');
for (const g of goals) {
  out(`  - id: ${g.id}`);
  field(4, 'title', str(g.title));
  field(4, 'why', g.why && str(g.why));
  field(4, 'metric', str(g.metric));
  field(4, 'unit', g.unit === '%' ? '"%"' : str(g.unit));
  field(4, 'baseline', g.baseline);
  field(4, 'target', g.target);
  field(4, 'due', g.due);
  field(4, 'owner', str(g.owner));
  field(4, 'audiences', flowList(g.audiences));
  field(4, 'research', flowList(g.research));
}
out();

out('audiences:');
for (const a of audiences) {
  out(`  - id: ${a.id}`);
  field(4, 'name', str(a.name));
  field(4, 'size', a.size);
  field(4, 'influence', a.influence);
  field(4, 'interest', a.interest);
  field(4, 'cares_about', flowList(a.cares));
  field(4, 'channels', flowList(a.channels));
}
out();

out('channels:');
for (const c of channels) {
  out(`  - id: ${c.id}`);
  field(4, 'type', c.type);
  field(4, 'name', str(c.name));
  field(4, 'owner', str(c.owner));
  field(4, 'cadence', c.cadence);
  field(4, 'time', c.time && `"${c.time}"`);
  field(4, 'duration', c.duration);
  field(4, 'feedback', c.feedback && str(c.feedback));
}
out();

out('highlights:');
for (const h of highlights) {
  out(`  - id: ${h.id}`);
  field(4, 'date', h.date);
  field(4, 'title', str(h.title));
  field(4, 'what', h.what && str(h.what));
  field(4, 'why', h.why && str(h.why));
  field(4, 'next', h.next && str(h.next));
  field(4, 'goals', flowList(h.goals));
  field(4, 'audiences', h.audiences && flowList(h.audiences));
  if (h.metric) {
    const [name, value, unit] = h.metric;
    field(4, 'metric', `{ name: ${flowStr(name)}, value: ${value}, unit: ${unit === '%' ? '"%"' : flowStr(unit)} }`);
  }
  field(4, 'evidence', h.evidence);
  field(4, 'credit', h.credit && flowList(h.credit));
}
out();

out('measurements:');
for (const m of measurements) {
  const note = m.note ? `, note: ${flowStr(m.note)}` : '';
  out(`  - { goal: ${m.goal}, date: ${m.date}, value: ${m.value}${note} }`);
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${lines.join('\n')}\n`);
const bytes = statSync(outFile).size;
console.log(`${outFile}: ${(bytes / 1024).toFixed(0)} KB (${bytes} bytes)`);
