/**
 * How a goal is doing against the calendar (on track or not) and where its recent
 * measurements point (its trend). Pure: dates and measurements come in as arguments.
 */
import { daysBetween, type IsoDate } from '../time/dates.js';

/**
 * A goal is on track when its progress is at least the share of time gone between the plan's
 * start and the goal's due date, less this tolerance: measurements are occasional and noisy,
 * so ten points behind a straight line still counts as on track.
 */
export const ON_TRACK_TOLERANCE = 0.1;

export type GoalStatus =
  /** Progress has reached the target. */
  | 'achieved'
  /** Progress is at least the share of time gone, less the tolerance. */
  | 'on-track'
  /** Progress lags the share of time gone by more than the tolerance. */
  | 'behind'
  /** The due date has passed without reaching the target. */
  | 'missed'
  /** Measurable, but not measured yet (as of the report date). */
  | 'not-measured'
  /** No baseline or target (or both equal): progress cannot be computed. */
  | 'not-measurable';

/** The share of the time from `start` to `due` gone by `date`, clamped to 0..1. */
export function elapsedShare(start: IsoDate, due: IsoDate, date: IsoDate): number {
  const span = daysBetween(start, due);
  if (span <= 0) return date >= due ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, date) / span));
}

export function goalStatus(input: {
  measurable: boolean;
  progress: number | null;
  expected: number;
  date: IsoDate;
  due: IsoDate;
}): GoalStatus {
  if (!input.measurable) return 'not-measurable';
  if (input.progress === null) return input.date > input.due ? 'missed' : 'not-measured';
  if (input.progress >= 1) return 'achieved';
  if (input.date > input.due) return 'missed';
  return input.progress >= input.expected - ON_TRACK_TOLERANCE ? 'on-track' : 'behind';
}

export type TrendDirection = 'rising' | 'falling' | 'flat';

export interface GoalTrend {
  direction: TrendDirection;
  /** Whether the movement is towards the target; null when flat or the goal has no direction. */
  improving: boolean | null;
  /** How many measurements the trend is read from (2 or 3). */
  basis: number;
}

/** A change smaller than this share of the baseline-to-target distance counts as flat. */
const FLAT_SHARE = 0.02;

/**
 * The direction of the last two or three measurements (first to last of them), or null with
 * fewer than two. `values` are in date order. A goal whose target is below its baseline
 * (deploy time 42 -> 10) improves when it falls.
 */
export function goalTrend(values: readonly number[], baseline: number | undefined, target: number | undefined): GoalTrend | null {
  const recent = values.slice(-3);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (recent.length < 2 || first === undefined || last === undefined) return null;
  const span = baseline !== undefined && target !== undefined ? Math.abs(target - baseline) : 0;
  const scale = span > 0 ? span : Math.max(Math.abs(first), Math.abs(last));
  const delta = last - first;
  const direction: TrendDirection = Math.abs(delta) <= FLAT_SHARE * scale ? 'flat' : delta > 0 ? 'rising' : 'falling';
  const goesDown = goalGoesDown(baseline, target);
  const improving = direction === 'flat' || goesDown === null ? null : (direction === 'falling') === goesDown;
  return { direction, improving, basis: recent.length };
}

/** True when the target is below the baseline; null when either is missing or they are equal. */
export function goalGoesDown(baseline: number | undefined, target: number | undefined): boolean | null {
  if (baseline === undefined || target === undefined || baseline === target) return null;
  return target < baseline;
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
