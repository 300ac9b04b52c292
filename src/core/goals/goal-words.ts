/**
 * A goal's progress (goal-progress.ts) in words: the sentence drafts use, the line `herald
 * track` prints, and the words for a status and a trend that report and brief show.
 */
import type { Goal } from '../plan/schema.js';
import { capitalise } from '../words/text.js';
import { formatDateWords, formatPercent, formatQuantity } from '../words/values.js';
import type { GoalProgress, GoalStatus, GoalTrend } from './goal-progress.js';

export interface GoalSentences {
  /** The sentence: "Executives who can name two marketing wins: 45% (goal: 80% by 30 June 2027)." */
  sentence: string;
  /** What it aims for, for a reader new to it: "Executives who can name two wins: from 20% to 80% by 30 June 2027." */
  aim: string;
}

type GoalFields = Pick<Goal, 'title' | 'metric' | 'unit' | 'baseline' | 'target' | 'due'>;

/**
 * A goal's standing in one sentence a person would write: "…: 45% (goal: 80% by 30 June
 * 2027)." or "…: 85%, past the goal of 80%." The subject is what the goal measures, in the
 * plan's words (its `metric`, else its title).
 */
export function goalSentences(goal: GoalFields, progress: Pick<GoalProgress, 'latest' | 'reached'>): GoalSentences {
  const subject = capitalise((goal.metric?.trim() || goal.title.trim()).replace(/[.:]+$/, ''));
  const unit = goal.unit ?? null;
  const due = goal.due === undefined ? '' : ` by ${formatDateWords(goal.due, 'medium')}`;
  const target = goal.target === undefined ? null : formatQuantity(goal.target, unit);
  const from = goal.baseline === undefined ? '' : `from ${formatQuantity(goal.baseline, unit)} `;
  const aim = target === null ? `${capitalise(goal.title.trim().replace(/\.+$/, ''))}${due}.` : `${subject}: ${from}to ${target}${due}.`;
  const { latest } = progress;
  if (latest === null) return { sentence: `${subject}: no figure yet${target === null ? '' : ` (goal: ${target}${due})`}.`, aim };
  const value = formatQuantity(latest, unit);
  if (target !== null && progress.reached) {
    const beaten = latest === goal.target ? `the goal of ${target} is reached` : `past the goal of ${target}`;
    return { sentence: `${subject}: ${value}, ${beaten}.`, aim };
  }
  return { sentence: `${subject}: ${value}${target === null ? '' : ` (goal: ${target}${due})`}.`, aim };
}

/**
 * The one line `herald track` prints:
 * `leadership-awareness: 45% (baseline 20%, target 80%) — 42% of the way`.
 */
export function formatProgressLine(goal: Pick<Goal, 'id' | 'unit' | 'baseline' | 'target'>, progress: GoalProgress): string {
  const withUnit = (value: number): string => formatQuantity(value, goal.unit);
  if (progress.latest === null) return `${goal.id}: no measurement yet`;
  const known = [
    goal.baseline === undefined ? null : `baseline ${withUnit(goal.baseline)}`,
    goal.target === undefined ? null : `target ${withUnit(goal.target)}`,
  ].filter((part) => part !== null);
  const context = known.length === 0 ? '' : ` (${known.join(', ')})`;
  const share =
    progress.progress === null ? ' — add a baseline and a target to see progress' : ` — ${formatPercent(progress.progress)} of the way`;
  return `${goal.id}: ${withUnit(progress.latest)}${context}${share}`;
}

/** "rising, towards the target", "falling, away from the target (lower is better)", "flat". */
export function describeTrend(trend: GoalTrend, goesDown: boolean | null): string {
  if (trend.direction === 'flat') return 'flat';
  const lowerIsBetter = goesDown === true ? ' (lower is better)' : '';
  if (trend.improving === null) return trend.direction;
  return `${trend.direction}, ${trend.improving ? 'towards' : 'away from'} the target${lowerIsBetter}`;
}

/** The words for a status, for people. */
export function describeStatus(status: GoalStatus): string {
  switch (status) {
    case 'achieved':
      return 'target reached';
    case 'on-track':
      return 'on track';
    case 'behind':
      return 'behind';
    case 'missed':
      return 'missed its due date';
    case 'not-measured':
      return 'not measured yet';
    case 'not-measurable':
      return 'no baseline or target';
  }
}
