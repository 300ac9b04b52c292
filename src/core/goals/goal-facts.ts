import type { Goal } from '../plan/schema.js';
import type { IsoDate } from '../time/dates.js';
import { blankToNull } from '../words/text.js';

/**
 * What the plan states about a goal, each field null when it is left out or blank: the part
 * that the brief and the drafts show of every goal, before where it stands.
 */
export interface GoalFacts {
  id: string;
  title: string;
  why: string | null;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  due: IsoDate | null;
  owner: string | null;
}

export function goalFacts(goal: Goal): GoalFacts {
  return {
    id: goal.id,
    title: goal.title,
    why: blankToNull(goal.why),
    metric: blankToNull(goal.metric),
    unit: blankToNull(goal.unit),
    baseline: goal.baseline ?? null,
    target: goal.target ?? null,
    due: goal.due ?? null,
    owner: blankToNull(goal.owner),
  };
}
