// Highlights: 200 per region = 2,000, each tied to goals and backed by evidence.

import { MID_YEAR, PLAN_END, PLAN_START, dayBetween, iso } from './dates.mjs';
import { EVENTS } from './highlight-events.mjs';
import { chance, int, pick, sample } from './random.mjs';
import { PEOPLE, REGIONS } from './vocabulary.mjs';

const URLS = [
  (n) => `https://crm.example.com/reports/${n}`,
  (n) => `https://bi.example.com/dashboards/${n}`,
  (n) => `https://wiki.example.com/wins/${n}`,
  (n) => `https://lms.example.com/courses/${n}/completions`,
  (n) => `https://survey.example.com/results/${n}`,
];

export function buildHighlights(goals) {
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
  return highlights;
}
