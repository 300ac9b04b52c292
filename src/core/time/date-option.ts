import { daysInMonth, formatDate, isIsoDate, monthName, type IsoDate } from './dates.js';
import { show } from '../words/text.js';

export type DateOptionResult = { ok: true; date: IsoDate } | { ok: false; message: string; hint: string };

/**
 * Reads a date flag (`--from 2027-01-04`) for every command, so they all say the same thing:
 * text that is not YYYY-MM-DD gets the format, and a date in that format that does not exist
 * (2027-02-30, 2027-13-01) is told why, rather than "write it as YYYY-MM-DD" when it was.
 */
export function parseDateOption(flag: string, value: string): DateOptionResult {
  if (isIsoDate(value)) return { ok: true, date: value };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) {
    return { ok: false, message: `${flag} ${show(value)} is not a date`, hint: `Write dates as YYYY-MM-DD, e.g. ${flag} 2027-01-04.` };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const notReal = `${flag} ${value} is not a real date`;
  if (month < 1 || month > 12) {
    return {
      ok: false,
      message: `${notReal}: months go from 01 to 12`,
      hint: `Write dates as YYYY-MM-DD (year, month, day), e.g. ${flag} ${formatDate(year, Math.min(12, Math.max(1, month)), 1)}.`,
    };
  }
  const last = daysInMonth(year, month);
  return {
    ok: false,
    message: `${notReal}: ${monthName(month)} ${year} has ${last} days`,
    hint: `Check the day, e.g. ${flag} ${formatDate(year, month, day < 1 ? 1 : last)}.`,
  };
}
