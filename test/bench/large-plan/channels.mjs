// Channels: 20 kinds per region = 200 channels.

import { iso, workdayBetween } from './dates.mjs';
import { chance, int, pick } from './random.mjs';
import { PEOPLE, REGIONS } from './vocabulary.mjs';

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
export const DAILY_SUPPORT_REGIONS = new Set(['dach', 'uk-ireland', 'north-america']);

export function buildChannels() {
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
  return channels;
}
