// Audiences: 10 functions per region = 100 audiences, each with its channels.

import { DAILY_SUPPORT_REGIONS } from './channels.mjs';
import { int, pick, sample } from './random.mjs';
import { REGIONS } from './vocabulary.mjs';

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

export function buildAudiences(channels) {
  const channelById = new Map(channels.map((c) => [c.id, c]));
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
  return audiences;
}
