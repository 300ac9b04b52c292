/**
 * Civil dates as ISO strings ('YYYY-MM-DD'), with no time and no zone. Two ways in, both in
 * UTC so that the process time zone (which Herald switches, see io/process-time-zone.ts) and
 * DST never shift a date: UTC day numbers, hand-written, for the tight loops of cadence
 * expansion and rules; date-fns on a UTC date for calendar arithmetic and for names.
 */
import type { UTCDate } from '@date-fns/utc';
// The mini class only: the full one makes three Intl.DateTimeFormat objects when it loads.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths as addCalendarMonths, format, getDaysInMonth, getISOWeek, getISOWeekYear } from 'date-fns';

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
  const match = ISO_SHAPE.exec(text);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Every date read passes here: days up to the 28th exist in every month and need no calendar.
  return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(Number(match[1]), month));
}

/** True for a 24-hour 'HH:MM' from 00:00 to 23:59. */
export function isClockTime(text: string): boolean {
  return CLOCK_SHAPE.test(text);
}

/**
 * The Gregorian leap-year rule. Written out rather than date-fns's isLeapYear, which takes a
 * date: rrule's calendarShift asks it for thousands of years in a loop.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1..12) of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDateOfDayNumber(dayNumberOf(year, month, 1)));
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
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
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
  const at = new Date(days * MS_PER_DAY);
  return formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export function formatDate(year: number, month: number, day: number): IsoDate {
  const yyyy =
    year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The UTC midnight starting a day number, for date-fns: its getters then read UTC fields. */
export function utcDateOfDayNumber(days: number): UTCDate {
  return new UTCDateMini(days * MS_PER_DAY);
}

/** An ISO date as a UTC date for date-fns (built from a day number: `new UTCDateMini(50, 0, 1)` would be 1950). */
export function utcDate(date: IsoDate): UTCDate {
  return utcDateOfDayNumber(dayNumber(date));
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

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year in early January and late December. */
  readonly year: number;
  /** 1..53. */
  readonly week: number;
  readonly monday: IsoDate;
}

/**
 * The ISO 8601 week of a date: weeks start on Monday and week 1 is the week with the year's
 * first Thursday, so 2027-01-01 (a Friday) is in week 53 of 2026. The Monday comes from day
 * numbers; the year and the week from date-fns, worked out only when read, since most callers
 * group every touchpoint of a plan by its Monday and want nothing else.
 */
export function isoWeek(date: IsoDate): IsoWeek {
  const days = dayNumber(date);
  return {
    get year() {
      return getISOWeekYear(utcDateOfDayNumber(days));
    },
    get week() {
      return getISOWeek(utcDateOfDayNumber(days));
    },
    monday: dateOfDayNumber(days - (weekdayOfDayNumber(days) - 1)),
  };
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

/** English weekday names, ISO order, for reading rules (rrule.ts); dates are written with date-fns (words/values.ts). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * 1 -> 'January' (or 'Jan' when short); '' outside 1..12. From date-fns's en-US names (no
 * Intl), the ones every date in words uses.
 */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return '';
  return format(utcDateOfDayNumber(dayNumberOf(2000, month, 1)), style === 'short' ? 'MMM' : 'MMMM');
}
