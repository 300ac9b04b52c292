import { daysInMonth, isIsoDate, type IsoDate } from './dates.js';

/**
 * What is wrong with a date typed as YYYY-MM-DD, as data: text not in that format, or a date
 * in it that does not exist (2027-02-30, 2027-13-01). Whoever took the text in (a flag, a
 * prompt) words it, naming where it came from.
 */
export type DateProblem =
  | { code: 'not-a-date'; value: string }
  | { code: 'no-such-month'; value: string; year: number; month: number }
  | { code: 'no-such-day'; value: string; year: number; month: number; day: number; lastDay: number };

export type DateReading = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem };

/** Reads a YYYY-MM-DD date, telling text that is not one from a date that does not exist. */
export function readDate(value: string): DateReading {
  if (isIsoDate(value)) return { ok: true, date: value };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return { ok: false, problem: { code: 'not-a-date', value } };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return { ok: false, problem: { code: 'no-such-month', value, year, month } };
  return { ok: false, problem: { code: 'no-such-day', value, year, month, day, lastDay: daysInMonth(year, month) } };
}
