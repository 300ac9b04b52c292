/**
 * The one window resolver: which days a command covers, from the dates and length the user
 * gave (all optional) and today. `schedule`, `generate` and `report` all read their window
 * here, so they take dates, fill in defaults and refuse the same mistakes the same way.
 *
 * The core knows no flag names: a refusal is a `WindowProblem` naming the part of the window
 * (`from`, `to`, `date`, `weeks`) that is wrong, and the command words it
 * (src/commands/shared/window-flags.ts).
 */
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import { readDate, type DateProblem } from './read-date.js';
import type { DateRange } from '../schedule/touchpoints.js';

/** The window's parts as the user typed them; all optional. */
export interface WindowInput {
  /** One day: the whole window (a span), or the day a period is seen from. */
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The window's length in whole weeks, as typed (spans that count in weeks only). */
  weeks?: string | undefined;
}

export type DatePart = 'date' | 'from' | 'to';

/**
 * A span: a closed window of days. Without an end it runs `days` days from its start (given,
 * else today); a `date` alone is a window of that one day; with `weeks` it is that many
 * weeks from its start, or ending on its end.
 */
export interface SpanShape {
  kind: 'span';
  days: number;
  /** Whether its length may be given in weeks. */
  weeks?: boolean;
  /** The longest window allowed, in days. */
  maxDays?: number;
}

/**
 * A period seen from a day (report): `date` is that day; it and `from` and `to` are left open
 * where not given, for the caller to fill in (report: today, the plan's start, the day), so
 * a period can be checked before the plan, and with it today, is read.
 */
export interface PeriodShape {
  kind: 'period';
}

export type WindowShape = SpanShape | PeriodShape;

/** The longest length in weeks: ten years, little enough that dates stay four-digit years. */
export const MAX_WEEKS = 520;

/** `herald schedule`: the next four weeks by default, in weeks, at most ten years. */
export const SCHEDULE_WINDOW: SpanShape = { kind: 'span', days: 28, weeks: true, maxDays: 7 * MAX_WEEKS };
/** `herald generate`: today and the six days after it by default, or one day. */
export const DRAFT_WINDOW: SpanShape = { kind: 'span', days: 7 };
/** `herald report`: the day reported on, and the period whose highlights it shows. */
export const REPORT_PERIOD: PeriodShape = { kind: 'period' };

export type WindowProblem =
  /** A date that is not one (see DateProblem). */
  | { code: 'bad-date'; part: DatePart; problem: DateProblem }
  /** A length that is not a whole number of weeks from 1 to `max`. */
  | { code: 'bad-weeks'; value: string; max: number }
  /** One day and a range at once. */
  | { code: 'day-and-range' }
  /** A start, an end and a length: one too many. */
  | { code: 'over-determined' }
  /** The window would reach past 9999-12-31 (or before 0000-01-01). */
  | { code: 'beyond-years' }
  /** The end is before the start; `fromToday` when the start is today, not given. */
  | { code: 'empty'; from: IsoDate; to: IsoDate; fromToday: boolean }
  /** Longer than the shape allows. */
  | { code: 'too-long'; from: IsoDate; to: IsoDate; maxDays: number };

export type WindowProblemCode = WindowProblem['code'];

/** A period: the day it is seen from and its bounds, as far as given. */
export interface Period {
  day?: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
}

export type WindowResult<W> = { ok: true; window: W } | { ok: false; problem: WindowProblem };

/** Resolves a window, all bounds inclusive; a span's `today` is today in the plan's time zone. */
export function resolveWindow(input: WindowInput, shape: SpanShape, today: IsoDate): WindowResult<DateRange>;
export function resolveWindow(input: WindowInput, shape: PeriodShape): WindowResult<Period>;
export function resolveWindow(input: WindowInput, shape: WindowShape, today?: IsoDate): WindowResult<DateRange | Period> {
  for (const part of ['date', 'from', 'to'] as const) {
    const value = input[part];
    const read = value === undefined ? undefined : readDate(value);
    if (read !== undefined && !read.ok) return refuse({ code: 'bad-date', part, problem: read.problem });
  }
  const { date, from, to } = input;
  if (shape.kind === 'period') {
    if (from !== undefined && to !== undefined && to < from) return refuse({ code: 'empty', from, to, fromToday: false });
    return {
      ok: true,
      window: {
        ...(date === undefined ? {} : { day: date }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      },
    };
  }

  // The overloads make `today` required for a span.
  const start = today ?? '';
  const weeks = shape.weeks === true ? input.weeks : undefined;
  let weekCount: number | undefined;
  if (weeks !== undefined) {
    weekCount = /^\d{1,4}$/.test(weeks.trim()) ? Number(weeks.trim()) : Number.NaN;
    if (!(weekCount >= 1 && weekCount <= MAX_WEEKS)) return refuse({ code: 'bad-weeks', value: weeks, max: MAX_WEEKS });
  }
  if (date !== undefined) {
    if (from !== undefined || to !== undefined || weekCount !== undefined) return refuse({ code: 'day-and-range' });
    return { ok: true, window: { from: date, to: date } };
  }
  if (from !== undefined && to !== undefined && weekCount !== undefined) return refuse({ code: 'over-determined' });

  const days = weekCount === undefined ? shape.days : 7 * weekCount;
  let window: DateRange;
  if (from !== undefined) window = { from, to: to ?? addDays(from, days - 1) };
  else if (to !== undefined && weekCount !== undefined) window = { from: addDays(to, -(days - 1)), to };
  else window = { from: start, to: to ?? addDays(start, days - 1) };

  if (!isIsoDate(window.from) || !isIsoDate(window.to)) return refuse({ code: 'beyond-years' });
  if (window.to < window.from) return refuse({ code: 'empty', ...window, fromToday: from === undefined });
  // Given ends too: 0001 to 9999 would be minutes of work and a 33 MB month grid.
  if (shape.maxDays !== undefined && daysBetween(window.from, window.to) >= shape.maxDays) {
    return refuse({ code: 'too-long', ...window, maxDays: shape.maxDays });
  }
  return { ok: true, window };
}

function refuse(problem: WindowProblem): { ok: false; problem: WindowProblem } {
  return { ok: false, problem };
}
