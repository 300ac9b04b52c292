// Research: 20 entries, all written before the plan starts.

import { iso } from './dates.mjs';
import { int } from './random.mjs';
import { REGIONS } from './vocabulary.mjs';

export function buildResearch() {
  return [
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
}
