/**
 * How far a goal has come from its baseline towards its target. One definition for `track`,
 * `report` and the drafts (PRODUCT.md section 5), so every view of a goal shows the same figure.
 */
import type { Goal, Measurement } from '../plan/schema.js';

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
 * The latest measurement of goal `goalId` among `measurements` (any goal's; others are
 * ignored), on or before `asOf` when given: a view of a day never shows a figure from its
 * future. Of two on the same date, the one written later in the plan wins: it is the
 * correction a user appends with `herald track`.
 */
export function latestMeasurement<M extends Pick<Measurement, 'goal' | 'date'>>(
  goalId: string,
  measurements: readonly M[] | undefined,
  asOf?: string,
): M | undefined {
  let latest: M | undefined;
  for (const measurement of measurements ?? []) {
    if (measurement.goal !== goalId || (asOf !== undefined && measurement.date > asOf)) continue;
    if (latest === undefined || measurement.date >= latest.date) latest = measurement;
  }
  return latest;
}

/** The latest measurement of `goal` (see latestMeasurement) and the progress it stands for. */
export function goalProgress(
  goal: Pick<Goal, 'id' | 'baseline' | 'target'>,
  measurements: readonly Pick<Measurement, 'goal' | 'date' | 'value'>[] | undefined,
  asOf?: string,
): GoalProgress {
  const latest = latestMeasurement(goal.id, measurements, asOf);
  if (latest === undefined) return { latest: null, latestDate: null, progress: null };
  return { latest: latest.value, latestDate: latest.date, progress: progressBetween(goal.baseline, goal.target, latest.value) };
}

/** The share of the way from baseline to target that `value` stands at, clamped to 0..1. */
export function progressBetween(baseline: number | undefined, target: number | undefined, value: number): number | null {
  if (baseline === undefined || target === undefined || target === baseline) return null;
  const share = (value - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, share));
}
