/**
 * The window flags of schedule, generate and report (--date, --from, --to, --weeks): the core
 * resolves the window (src/core/time/window.ts) and says what is wrong as data; this is where
 * those problems get the flags' names, in one set of messages for all three commands.
 */
import { show } from '../../core/words/text.js';
import { plural } from '../../core/words/values.js';
import type { IsoDate } from '../../core/time/dates.js';
import type { DateRange } from '../../core/schedule/touchpoints.js';
import {
  MAX_WEEKS,
  resolveWindow,
  type PeriodShape,
  type Period,
  type SpanShape,
  type WindowInput,
  type WindowProblem,
} from '../../core/time/window.js';
import { HeraldError } from '../../errors.js';
import { dateProblemText } from './date-flag.js';

/** The window the flags give, or a usage error (exit 2) naming the flag that is wrong. */
export function windowFromFlags(flags: WindowInput, shape: SpanShape, today: IsoDate): DateRange;
export function windowFromFlags(flags: WindowInput, shape: PeriodShape): Period;
export function windowFromFlags(flags: WindowInput, shape: SpanShape | PeriodShape, today?: IsoDate): DateRange | Period {
  const resolved = shape.kind === 'span' ? resolveWindow(flags, shape, today ?? '') : resolveWindow(flags, shape);
  if (!resolved.ok) {
    const { message, hint } = windowProblemText(resolved.problem, shape);
    throw new HeraldError(resolved.problem.code === 'bad-date' ? 'bad-date-option' : 'bad-window', message, { hint });
  }
  return resolved.window;
}

/** A window problem in words, with the flags that fix it. */
export function windowProblemText(problem: WindowProblem, shape: SpanShape | PeriodShape): { message: string; hint: string } {
  const inWeeks = shape.kind === 'span' && shape.weeks === true;
  switch (problem.code) {
    case 'bad-date':
      return dateProblemText(`--${problem.part}`, problem.problem);
    case 'bad-weeks':
      return {
        message: `--weeks ${show(problem.value)} is not a number of weeks`,
        hint: `Give a whole number from 1 to ${problem.max}, e.g. --weeks 6.`,
      };
    case 'day-and-range':
      return {
        message: '--date cannot be combined with --from or --to',
        hint: 'Use --date for one day, or --from and --to for a range.',
      };
    case 'over-determined':
      return { message: '--from, --to and --weeks cannot all be given', hint: 'Give --from and --to, or one of them with --weeks.' };
    case 'beyond-years':
      return {
        message: 'The window reaches beyond the years 0000 to 9999',
        hint: `Choose a window within the plan, e.g. --from 2027-01-04 ${inWeeks ? '--weeks 6' : '--to 2027-02-14'}.`,
      };
    case 'empty': {
      const start = problem.fromToday ? `today (${problem.from})` : `--from ${problem.from}`;
      return {
        message: `The window is empty: --to ${problem.to} is before ${start}`,
        hint: `Give a --to on or after ${problem.from}, or a --from before it.`,
      };
    }
    case 'too-long': {
      const weeks = Math.floor(problem.maxDays / 7);
      const length = weeks === MAX_WEEKS ? 'ten years' : plural(weeks, 'week');
      const example = inWeeks ? `--from ${problem.from} --weeks 52` : `--from ${problem.from} --to ${problem.from.slice(0, 4)}-12-31`;
      return {
        message: `The window ${problem.from} to ${problem.to} is longer than ${length}`,
        hint: `Herald shows at most ${weeks} weeks at once: narrow --from and --to, e.g. ${example}.`,
      };
    }
  }
}
