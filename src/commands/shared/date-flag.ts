import { formatDate, monthName, type IsoDate } from '../../core/time/dates.js';
import { readDate, type DateProblem } from '../../core/time/read-date.js';
import { show } from '../../core/words/text.js';

export type DateOptionResult = { ok: true; date: IsoDate } | { ok: false; message: string; hint: string };

/**
 * Reads a date flag (`--from 2027-01-04`) for every command, so they all say the same thing:
 * text that is not YYYY-MM-DD gets the format, and a date in that format that does not exist
 * (2027-02-30, 2027-13-01) is told why, rather than "write it as YYYY-MM-DD" when it was.
 */
export function parseDateOption(flag: string, value: string): DateOptionResult {
  const read = readDate(value);
  return read.ok ? read : { ok: false, ...dateProblemText(flag, read.problem) };
}

/** A date problem in words, naming the flag it was given with. */
export function dateProblemText(flag: string, problem: DateProblem): { message: string; hint: string } {
  switch (problem.code) {
    case 'not-a-date':
      return { message: `${flag} ${show(problem.value)} is not a date`, hint: `Write dates as YYYY-MM-DD, e.g. ${flag} 2027-01-04.` };
    case 'no-such-month':
      return {
        message: `${flag} ${problem.value} is not a real date: months go from 01 to 12`,
        hint: `Write dates as YYYY-MM-DD (year, month, day), e.g. ${flag} ${formatDate(problem.year, Math.min(12, Math.max(1, problem.month)), 1)}.`,
      };
    case 'no-such-day':
      return {
        message: `${flag} ${problem.value} is not a real date: ${monthName(problem.month)} ${problem.year} has ${problem.lastDay} days`,
        hint: `Check the day, e.g. ${flag} ${formatDate(problem.year, problem.month, problem.day < 1 ? 1 : problem.lastDay)}.`,
      };
  }
}
