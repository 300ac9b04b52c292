// Goals: 25 topics x 10 regions x 2 halves = 500 goals.

import { DAY, MID_YEAR, PLAN_END, PLAN_START } from './dates.mjs';
import { TOPICS } from './goal-topics.mjs';
import { chance, int, pick } from './random.mjs';
import { PEOPLE, REGIONS } from './vocabulary.mjs';

const HALVES = [
  { key: 'h1', label: 'H1', from: PLAN_START, to: MID_YEAR, dues: ['2027-03-31', '2027-05-31', '2027-06-30', '2027-06-30'] },
  { key: 'h2', label: 'H2', from: MID_YEAR + DAY, to: PLAN_END, dues: ['2027-09-30', '2027-11-30', '2027-12-15', '2027-12-31'] },
];

export function buildGoals() {
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
  return goals;
}
