/**
 * How far a goal has come from its baseline towards its target. One definition for `track`,
 * `report` and the drafts (PRODUCT.md section 5), so every view of a goal shows the same figure.
 */
import type { Goal, Measurement } from './plan/schema.js';

export interface GoalProgress {
  /** The value of the goal's measurement with the latest date; null without a measurement. */
  latest: number | null;
  latestDate: string | null;
  /**
   * (latest − baseline) / (target − baseline), clamped to 0..1, so a goal that goes down
   * (deploy time 42 -> 10) counts the same way as one that goes up. Null without a
   * measurement, without a baseline or target, or when baseline equals target.
   */
  progress: number | null;
}

/**
 * The latest measurement of `goal` among `measurements` (any goal's; others are ignored) and
 * the progress it stands for. Of two measurements on the same date, the one written later in
 * the plan wins: it is the correction a user appends with `herald track`.
 */
export function goalProgress(
  goal: Pick<Goal, 'id' | 'baseline' | 'target'>,
  measurements: readonly Pick<Measurement, 'goal' | 'date' | 'value'>[] | undefined,
): GoalProgress {
  let latest: Pick<Measurement, 'date' | 'value'> | undefined;
  for (const measurement of measurements ?? []) {
    if (measurement.goal !== goal.id) continue;
    if (latest === undefined || measurement.date >= latest.date) latest = measurement;
  }
  if (latest === undefined) return { latest: null, latestDate: null, progress: null };
  return { latest: latest.value, latestDate: latest.date, progress: progressBetween(goal.baseline, goal.target, latest.value) };
}

/** The share of the way from baseline to target that `value` stands at, clamped to 0..1. */
export function progressBetween(baseline: number | undefined, target: number | undefined, value: number): number | null {
  if (baseline === undefined || target === undefined || target === baseline) return null;
  const share = (value - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, share));
}
