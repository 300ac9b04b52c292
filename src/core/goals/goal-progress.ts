/**
 * Where a goal stands on a day: its latest figure, how far that is from baseline to target,
 * whether the target is reached, which way recent figures point (trend) and how that
 * compares with the time gone (status). One model for every view of a goal — report,
 * track's line, the drafts and the brief (PRODUCT.md section 5) — so they never disagree.
 * Pure: the goal, its measurements and the day come in; the words are in goal-words.ts.
 */
import type { Goal, Measurement } from '../plan/schema.js';
import { compareDates, daysBetween, type IsoDate } from '../time/dates.js';

/** A measurement as the views show it. */
export interface GoalMeasurement {
  date: IsoDate;
  value: number;
  note: string | null;
  /** How many answers a survey figure rests on, or null. */
  responses: number | null;
}

export interface GoalProgress {
  /** The value of the goal's latest measurement (on or before the day asked about); null without one. */
  latest: number | null;
  latestDate: IsoDate | null;
  /**
   * (latest − baseline) / (target − baseline), clamped to 0..1, so a goal that goes down
   * (deploy time 42 -> 10) counts the same way as one that goes up. Null without a
   * measurement, without a baseline or target, or when baseline equals target.
   */
  progress: number | null;
  /** The latest measurement itself, with its note; null without one. */
  latestMeasurement: GoalMeasurement | null;
  /** Its measurements up to the day, in date order (of two on a date, the later-written last). */
  measurements: GoalMeasurement[];
  /** It has a baseline and a target that differ: progress can be computed. */
  measurable: boolean;
  /** True when the target is below the baseline; null without a direction. */
  goesDown: boolean | null;
  /** The latest value is at or past the target, going the way the goal goes. */
  reached: boolean;
  /** Where the last two or three measurements point; null with fewer than two. */
  trend: GoalTrend | null;
}

type GoalFields = Pick<Goal, 'id' | 'baseline' | 'target'>;
type MeasurementFields = Pick<Measurement, 'goal' | 'date' | 'value'> & Partial<Pick<Measurement, 'note' | 'responses'>>;

/**
 * The goal's progress from `measurements` (any goal's; others are ignored), counting only
 * those on or before `asOf` when given: a view of a day never shows a figure from its future.
 * Of two on the same date, the one written later in the plan counts as the latest: it is the
 * correction a user appends with `herald track`.
 */
export function goalProgress(goal: GoalFields, measurements: readonly MeasurementFields[] | undefined, asOf?: IsoDate): GoalProgress {
  const own = (measurements ?? [])
    .filter((measurement) => measurement.goal === goal.id && (asOf === undefined || measurement.date <= asOf))
    // A stable sort keeps plan order for equal dates.
    .sort((a, b) => compareDates(a.date, b.date))
    .map((m) => ({ date: m.date, value: m.value, note: m.note ?? null, responses: m.responses ?? null }));
  const last = own.at(-1) ?? null;
  const goesDown = goalGoesDown(goal.baseline, goal.target);
  return {
    latest: last?.value ?? null,
    latestDate: last?.date ?? null,
    progress: last === null ? null : progressBetween(goal.baseline, goal.target, last.value),
    latestMeasurement: last,
    measurements: own,
    measurable: goal.baseline !== undefined && goal.target !== undefined && goal.baseline !== goal.target,
    goesDown,
    reached: last !== null && targetReached(goal, last.value),
    trend: goalTrend(
      own.map((m) => m.value),
      goal.baseline,
      goal.target,
    ),
  };
}

/** The share of the way from baseline to target that `value` stands at, clamped to 0..1. */
export function progressBetween(baseline: number | undefined, target: number | undefined, value: number): number | null {
  if (baseline === undefined || target === undefined || target === baseline) return null;
  const share = Math.min(1, Math.max(0, (value - baseline) / (target - baseline)));
  return Number.isFinite(share) ? share : null;
}

/** True when `value` is at or past the target, going the way the goal goes (up, or down from its baseline). */
export function targetReached(goal: Pick<Goal, 'baseline' | 'target'>, value: number): boolean {
  if (goal.target === undefined) return false;
  return goalGoesDown(goal.baseline, goal.target) === true ? value <= goal.target : value >= goal.target;
}

/** True when the target is below the baseline; null when either is missing or they are equal. */
export function goalGoesDown(baseline: number | undefined, target: number | undefined): boolean | null {
  if (baseline === undefined || target === undefined || baseline === target) return null;
  return target < baseline;
}

// --- Status: the progress against the calendar ---------------------------------------------

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

/** A goal's progress on `date` against its calendar: the plan's start and the goal's due date. */
export function statusOn(
  progress: Pick<GoalProgress, 'measurable' | 'progress'>,
  calendar: { start: IsoDate; due: IsoDate; date: IsoDate },
): { expected: number; status: GoalStatus } {
  const expected = elapsedShare(calendar.start, calendar.due, calendar.date);
  return { expected, status: goalStatus({ ...progress, expected, date: calendar.date, due: calendar.due }) };
}

// --- Trend: where recent measurements point ------------------------------------------------

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
