/**
 * Civil dates as ISO strings ('YYYY-MM-DD'), with no time and no zone, never shifted by the
 * process time zone (which Herald switches, see io/process-time-zone.ts) or DST. Day numbers,
 * ISO weeks and month lengths are hand-written: cadence expansion and the rules call them tens
 * of thousands of times on a large plan, where date-fns (a Date built per call) made `validate`
 * ~9% slower. Month arithmetic is date-fns on a UTC date, and the English names are date-fns's.
 */
import type { UTCDate } from '@date-fns/utc';
// The mini class only: the full one makes three Intl.DateTimeFormat objects when it loads.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths as addCalendarMonths, type Day, type Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface DateParts {
  year: number;
  /** 1 = January .. 12 = December. */
  month: number;
  day: number;
}

/** True for 'YYYY-MM-DD' naming a day that exists: 2028-02-29 yes, 2027-02-29 no. */
export function isIsoDate(text: string): boolean {
  // The same test as the shape /^\d{4}-\d{2}-\d{2}$/ and the day's range, without a match made
  // for each of a plan's dates.
  return plainDayNumber(text) !== null;
}

/** True for a 24-hour 'HH:MM' from 00:00 to 23:59. */
export function isClockTime(text: string): boolean {
  return CLOCK_SHAPE.test(text);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1..12) of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of an ISO date; throws a RangeError on anything that is not one (a bug upstream). */
export function dateParts(date: IsoDate): DateParts {
  const match = ISO_SHAPE.exec(date);
  if (match === null || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${JSON.stringify(date)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Days since 1970-01-01 (negative before). Built with setUTCFullYear because Date.UTC reads
 * years 0..99 as 1900..1999.
 */
export function dayNumber(date: IsoDate): number {
  // The hot path of every schedule (hundreds of thousands of calls across a workspace): read
  // the digits straight from the text, without a match or a Date.
  const fast = plainDayNumber(date);
  if (fast !== null) return fast;
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

/** The day number of a 'YYYY-MM-DD' that exists, by arithmetic (days_from_civil); null for anything else. */
function plainDayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d) return null;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Years from March, so that the leap day ends a year (Howard Hinnant's days_from_civil).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number the ASCII digits from `start` to `end` spell, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Day number of a year/month/day; day may overflow the month (it rolls into the next). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return Math.round(at.getTime() / MS_PER_DAY);
}

/**
 * The ISO date of a day number. Years outside 0000..9999 come out in the expanded form
 * ('+010000-01-01'), which is not an IsoDate: Herald's plan dates never get there.
 */
export function dateOfDayNumber(days: number): IsoDate {
  // Schedules name the same few hundred days again and again (every touchpoint's date): each
  // day's text is made once and shared, which also keeps one string per day in memory.
  let date = datesByDayNumber.get(days);
  if (date === undefined) {
    const at = new Date(days * MS_PER_DAY);
    date = formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
    // Dropped whole now and then, as isoWeeks below.
    if (datesByDayNumber.size >= 10_000) datesByDayNumber.clear();
    datesByDayNumber.set(days, date);
  }
  return date;
}

const datesByDayNumber = new Map<number, IsoDate>();

export function formatDate(year: number, month: number, day: number): IsoDate {
  const yyyy =
    year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO date as UTC midnight for date-fns (built from a day number: `new UTCDateMini(50, 0, 1)` would be 1950). */
export function utcDate(date: IsoDate): UTCDate {
  return new UTCDateMini(dayNumber(date) * MS_PER_DAY);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/**
 * The same day of the month `months` later (or earlier when negative). When that month is
 * shorter, the result is clamped to its last day: 2027-01-31 + 1 month = 2027-02-28, as
 * date-fns and Temporal do. Cadences do not use this: a monthly touchpoint on day 31 has no
 * occurrence in April rather than moving to the 30th (see cadence.ts).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return dateOfDayNumber(addCalendarMonths(utcDate(date), months).getTime() / MS_PER_DAY);
}

/** `to` minus `from` in days: daysBetween('2027-01-01', '2027-01-08') = 7. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday .. 7 = Sunday, as ISO 8601 counts. */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(date));
}

/** ISO weekday (1..7) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * The ISO 8601 week of a date: weeks start on Monday and week 1 is the week with the year's
 * first Thursday, so 2027-01-01 (a Friday) is in week 53 of 2026.
 */
export function isoWeek(date: IsoDate): IsoWeek {
  let week = isoWeeks.get(date);
  if (week === undefined) {
    week = Object.freeze(computeIsoWeek(date));
    // A schedule asks about the same few hundred days again and again (each touchpoint's week);
    // dropped whole now and then, so that a long-running process never holds more than this.
    if (isoWeeks.size >= 10_000) isoWeeks.clear();
    isoWeeks.set(date, week);
  }
  return week;
}

export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  readonly monday: IsoDate;
}

const isoWeeks = new Map<IsoDate, IsoWeek>();

function computeIsoWeek(date: IsoDate): IsoWeek {
  const days = dayNumber(date);
  const monday = days - (weekdayOfDayNumber(days) - 1);
  const thursday = monday + 3;
  // The week belongs to the year its Thursday falls in.
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1;
  return { year, week, monday: dateOfDayNumber(monday) };
}

/** Negative, zero or positive, for sorting. Valid ISO dates sort as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** English weekday names, ISO order, for reading rules (rrule.ts). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * 1 -> 'January' (or 'Jan' when short); '' outside 1..12. Names from date-fns's en-US locale,
 * read directly rather than through `format`, whose token parsing cost start-up more.
 */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return '';
  return enUS.localize.month((month - 1) as Month, { width: style === 'short' ? 'abbreviated' : 'wide' });
}

/** '2027-01-04' -> 'Monday' (or 'Mon' when short). */
export function weekdayName(date: IsoDate, style: 'long' | 'short' = 'long'): string {
  // date-fns counts from Sunday = 0, ISO from Monday = 1.
  return enUS.localize.day((isoWeekday(date) % 7) as Day, { width: style === 'short' ? 'abbreviated' : 'wide' });
}
