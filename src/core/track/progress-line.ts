import type { Goal } from '../plan/schema.js';
import type { GoalProgress } from '../progress.js';

/**
 * The one line `herald track` prints:
 * `leadership-awareness: 45% (baseline 20%, target 80%) — 42% of the way`.
 */
export function formatProgressLine(goal: Pick<Goal, 'id' | 'unit' | 'baseline' | 'target'>, progress: GoalProgress): string {
  const withUnit = (value: number): string => formatWithUnit(value, goal.unit);
  if (progress.latest === null) return `${goal.id}: no measurement yet`;
  const known = [
    goal.baseline === undefined ? null : `baseline ${withUnit(goal.baseline)}`,
    goal.target === undefined ? null : `target ${withUnit(goal.target)}`,
  ].filter((part) => part !== null);
  const context = known.length === 0 ? '' : ` (${known.join(', ')})`;
  const share =
    progress.progress === null ? ' — add a baseline and a target to see progress' : ` — ${Math.round(progress.progress * 100)}% of the way`;
  return `${goal.id}: ${withUnit(progress.latest)}${context}${share}`;
}

/** 45 with "%" is "45%"; with "days" it is "45 days"; a unit glued to its number stays glued. */
export function formatWithUnit(value: number, unit: string | undefined): string {
  if (unit === undefined || unit === '') return String(value);
  return /^[%\u2030\u00b0]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** A measured value as typed on the command line: a plain decimal number, nothing else. */
export function readMeasurementValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
