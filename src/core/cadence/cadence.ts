/**
 * Cadences: the grammar ("weekly on tuesday", "monthly on the first monday", "RRULE:...") and
 * how each form counts. validate uses parseCadence, schedule uses expandCadence: one module,
 * so every user of a plan gets the same calendar. The words live in cadence-grammar.ts, RFC
 * 5545 rules in cadence-rrule.ts; both are private to this module.
 */
import { FORMS_HINT, ORDINAL_WORDS, parseWords, weekdayWord, type Cadence, type CadenceParse } from './grammar.js';
import { checkRrule, describeRrule, expandRrule, nthWeekdayOf } from './rrule.js';
import { adviseOnPhrase } from './natural-phrases.js';
import { boundedMemo } from '../words/bounded-memo.js';
import { show } from '../words/text.js';
import { formatDateWords } from '../words/values.js';
import {
  dateOfDayNumber,
  dateParts,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  formatDate,
  weekdayOfDayNumber,
  type IsoDate,
} from '../time/dates.js';

export { CADENCE_FORMS, type Cadence, type CadenceParse } from './grammar.js';

/** Bounds inclusive: the plan's start..end, or a channel's own, narrowed by the caller. */
export interface CadenceRange {
  start: IsoDate;
  end: IsoDate;
}

/** Safety cap on the dates one expansion returns (about 38 years of working days). */
export const MAX_OCCURRENCES = 10_000;

/**
 * Reads a cadence, case-insensitively and whatever the spacing. Never throws. The answer is
 * shared by every caller asking about the same text (validate asks about each channel's
 * cadence four times, and 500 plans use the same few dozen cadences): read it, never change it.
 */
export const parseCadence: (text: string) => CadenceParse = boundedMemo(readCadence);

function readCadence(text: string): CadenceParse {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return { ok: false, message: 'The cadence is empty', hint: FORMS_HINT };
  // A DTSTART line in front of the rule still goes to the RRULE checks, which explain it.
  if (/^(rrule|dtstart)[:;]/i.test(clean)) {
    const checked = checkRrule(text);
    return checked.ok ? { ok: true, cadence: { kind: 'rrule', rule: checked.rule } } : checked;
  }
  const parsed = parseWords(clean, clean.toLowerCase().split(' '));
  if (parsed.ok) return parsed;
  // A natural phrase ("once a month") gets advice on what to write instead of the generic list.
  const advice = adviseOnPhrase(clean);
  if (advice === null || (advice.meant !== undefined && !parseWords(advice.meant, advice.meant.split(' ')).ok)) return parsed;
  return {
    ok: false,
    message: `${show(clean)} is not a cadence Herald can read${advice.reason === null ? '' : `: ${advice.reason}`}`,
    hint: advice.hint,
  };
}

/**
 * The dates of a cadence inside `range` (and inside `window` when given), in order, all
 * bounds inclusive, at most MAX_OCCURRENCES. Work is proportional to the window, not the
 * range, except for RFC 5545 rules that must count from the start (COUNT, MONTHLY, YEARLY).
 * Throws a RangeError if the range or window holds something that is not an ISO date:
 * validate rejects those before anything is expanded.
 */
export function expandCadence(cadence: Cadence, range: CadenceRange, window?: { from: IsoDate; to: IsoDate }): IsoDate[] {
  return expandCadenceDays(cadence, range, window).map(dateOfDayNumber);
}

/** expandCadence's days as day numbers (see dates.ts), for a caller that works in them. */
export function expandCadenceDays(cadence: Cadence, range: CadenceRange, window?: { from: IsoDate; to: IsoDate }): number[] {
  const start = dayNumber(range.start);
  const lower = window === undefined ? start : Math.max(start, dayNumber(window.from));
  const upper = window === undefined ? dayNumber(range.end) : Math.min(dayNumber(range.end), dayNumber(window.to));
  if (lower > upper) return [];
  const days = expandDays(cadence, start, lower, upper);
  return days.length > MAX_OCCURRENCES ? days.slice(0, MAX_OCCURRENCES) : days;
}

function expandDays(cadence: Cadence, start: number, lower: number, upper: number): number[] {
  const days: number[] = [];
  switch (cadence.kind) {
    case 'once': {
      const day = dayNumber(cadence.date);
      return day >= lower && day <= upper ? [day] : [];
    }
    case 'daily':
      for (let day = lower; day <= upper && days.length < MAX_OCCURRENCES; day++) if (weekdayOfDayNumber(day) <= 5) days.push(day);
      return days;
    case 'weekly': {
      // The first matching day on or after the start, then every `interval` weeks from it.
      const weekday = cadence.weekday ?? weekdayOfDayNumber(start);
      const first = start + ((weekday - weekdayOfDayNumber(start) + 7) % 7);
      const step = 7 * Math.max(1, cadence.interval);
      const skip = lower > first ? Math.ceil((lower - first) / step) : 0;
      for (let day = first + skip * step; day <= upper && days.length < MAX_OCCURRENCES; day += step) days.push(day);
      return days;
    }
    case 'monthly':
      return expandMonthly(cadence, start, lower, upper);
    case 'rrule': {
      // The n-th weekday of a month (the common rule) counts as "monthly on the second tuesday"
      // does, to the same days (the RFC 5545 tests check both ways): no library year tables.
      const nth = nthWeekdayOf(cadence.rule);
      if (nth !== null) return expandMonthly({ ...nth, day: null }, start, lower, upper);
      return expandRrule(cadence.rule, start, lower, upper, MAX_OCCURRENCES);
    }
  }
}

/** Months are counted from the start's month; a month's match before the start is dropped. */
function expandMonthly(cadence: MonthlyDays, start: number, lower: number, upper: number): number[] {
  const days: number[] = [];
  const from = dateParts(dateOfDayNumber(start));
  const startMonth = from.year * 12 + from.month - 1;
  const low = monthIndexOf(lower);
  let month = startMonth + Math.max(0, Math.ceil((low - startMonth) / cadence.interval)) * cadence.interval;
  for (; month <= monthIndexOf(upper) && days.length < MAX_OCCURRENCES; month += cadence.interval) {
    const day = dayInMonth(cadence, Math.floor(month / 12), (month % 12) + 1, from.day);
    if (day !== null && day >= lower && day <= upper) days.push(day);
  }
  return days;
}

/** What counting months needs of a monthly cadence, or of a rule for the n-th weekday of a month. */
type MonthlyDays = Pick<Extract<Cadence, { kind: 'monthly' }>, 'day' | 'ordinal' | 'weekday'> & { interval: number };

function monthIndexOf(day: number): number {
  const { year, month } = dateParts(dateOfDayNumber(day));
  return year * 12 + month - 1;
}

/** The day number of a monthly cadence's date in one month, or null when that month lacks it. */
function dayInMonth(cadence: MonthlyDays, year: number, month: number, startDay: number): number | null {
  const length = daysInMonth(year, month);
  if (cadence.ordinal !== null && cadence.weekday !== null) {
    if (cadence.ordinal === -1) {
      const last = dayNumberOf(year, month, length);
      return last - ((weekdayOfDayNumber(last) - cadence.weekday + 7) % 7);
    }
    const first = dayNumberOf(year, month, 1);
    return first + ((cadence.weekday - weekdayOfDayNumber(first) + 7) % 7) + 7 * (cadence.ordinal - 1);
  }
  const day = cadence.day ?? startDay;
  return day <= length ? dayNumberOf(year, month, day) : null; // no clamping, as RFC 5545
}

/**
 * The months in `range` (first day of each, e.g. '2027-04-01') where a monthly or quarterly
 * cadence asks for a day the month does not have, so validate can warn. A month counts when
 * its would-be date falls inside the range: with day 31 and a range ending 2027-06-30, June is
 * listed; ending 2027-06-15, it is not. Weekly forms, ordinals and RFC 5545 rules never skip here.
 */
export function cadenceSkips(cadence: Cadence, range: CadenceRange): IsoDate[] {
  if (cadence.kind !== 'monthly' || (cadence.ordinal !== null && cadence.weekday !== null)) return [];
  const start = dateParts(range.start);
  const wanted = cadence.day ?? start.day;
  const startDay = dayNumber(range.start);
  const endDay = dayNumber(range.end);
  const skipped: IsoDate[] = [];
  for (let month = start.year * 12 + start.month - 1; skipped.length < MAX_OCCURRENCES; month += cadence.interval) {
    const year = Math.floor(month / 12);
    const monthOfYear = (month % 12) + 1;
    const last = dayNumberOf(year, monthOfYear, daysInMonth(year, monthOfYear));
    if (last > endDay) break;
    if (wanted > daysInMonth(year, monthOfYear) && last >= startDay) skipped.push(formatDate(year, monthOfYear, 1));
  }
  return skipped;
}

/** A short plain-English reading, for schedules and briefs. */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'once':
      return `once on ${formatDateWords(cadence.date, 'medium')}`;
    case 'daily':
      return 'every weekday';
    case 'weekly': {
      const day = cadence.weekday === null ? null : weekdayWord(cadence.weekday);
      if (cadence.interval === 1) return day === null ? 'weekly' : `weekly on ${day}`;
      if (cadence.interval === 2) return day === null ? 'every other week' : `every other ${day}`;
      return day === null ? `every ${cadence.interval} weeks` : `every ${cadence.interval} weeks on ${day}`;
    }
    case 'monthly': {
      const every = cadence.interval === 3 ? 'quarterly' : 'monthly';
      if (cadence.ordinal !== null && cadence.weekday !== null) {
        return `${every} on the ${ORDINAL_WORDS[cadence.ordinal === -1 ? 4 : cadence.ordinal - 1] ?? ''} ${weekdayWord(cadence.weekday)}`;
      }
      return cadence.day === null ? every : `${every} on day ${cadence.day}`;
    }
    case 'rrule':
      return describeRrule(cadence.rule);
  }
}
