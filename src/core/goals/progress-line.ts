import type { Goal } from '../plan/schema.js';
import type { GoalProgress } from './progress.js';
import { formatPercent, formatQuantity } from '../words/values.js';

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

/** A measured value as typed on the command line: a plain decimal number, nothing else. */
export function readMeasurementValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  // -0 is recorded as 0: YAML and the plan's data know no negative zero.
  const value = Number(trimmed) + 0;
  return Number.isFinite(value) ? value : undefined;
}
