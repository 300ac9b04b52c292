/**
 * A goal's standing in one sentence a person would write: "Executives who can name two
 * marketing wins: 45% (goal: 80% by 30 June 2027)." or "…: 85%, past the goal of 80%." The
 * subject is what the goal measures, in the plan's words (its `metric`, else its title).
 */
import type { Goal } from '../plan/schema.js';
import { capitalise } from '../words/text.js';
import { formatDateWords, formatQuantity } from '../words/values.js';

export interface GoalStanding {
  /** The sentence. */
  sentence: string;
  /** What it aims for, for a reader new to it: "Executives who can name two wins: from 20% to 80% by 30 June 2027." */
  aim: string;
  /** The target is met or beaten (either direction). */
  reached: boolean;
}

type GoalFields = Pick<Goal, 'title' | 'metric' | 'unit' | 'baseline' | 'target' | 'due'>;

/** True when `value` is at or past the target, going the way the goal goes (up, or down from its baseline). */
export function targetReached(goal: Pick<Goal, 'baseline' | 'target'>, value: number): boolean {
  if (goal.target === undefined) return false;
  const goingDown = goal.baseline !== undefined && goal.target < goal.baseline;
  return goingDown ? value <= goal.target : value >= goal.target;
}

export function goalStanding(goal: GoalFields, latest: number | null): GoalStanding {
  const subject = capitalise((goal.metric?.trim() || goal.title.trim()).replace(/[.:]+$/, ''));
  const unit = goal.unit ?? null;
  const due = goal.due === undefined ? '' : ` by ${formatDateWords(goal.due, 'medium')}`;
  const target = goal.target === undefined ? null : formatQuantity(goal.target, unit);
  const from = goal.baseline === undefined ? '' : `from ${formatQuantity(goal.baseline, unit)} `;
  const aim = target === null ? `${capitalise(goal.title.trim().replace(/\.+$/, ''))}${due}.` : `${subject}: ${from}to ${target}${due}.`;
  if (latest === null) {
    return { sentence: `${subject}: no figure yet${target === null ? '' : ` (goal: ${target}${due})`}.`, aim, reached: false };
  }
  const value = formatQuantity(latest, unit);
  if (target !== null && targetReached(goal, latest)) {
    const beaten = latest === goal.target ? `the goal of ${target} is reached` : `past the goal of ${target}`;
    return { sentence: `${subject}: ${value}, ${beaten}.`, aim, reached: true };
  }
  return { sentence: `${subject}: ${value}${target === null ? '' : ` (goal: ${target}${due})`}.`, aim, reached: false };
}
