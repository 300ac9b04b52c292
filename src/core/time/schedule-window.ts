import { parseDateOption } from './date-option.js';
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import { show } from '../words/text.js';
import type { DateRange } from '../schedule/touchpoints.js';

/** The window flags as the user typed them; all optional. */
export interface ScheduleWindowFlags {
  from?: string | undefined;
  to?: string | undefined;
  weeks?: string | undefined;
}

export type ScheduleWindowResult = { ok: true; window: DateRange } | { ok: false; message: string; hint: string };

/** The default window: today and the 27 days after it. */
export const DEFAULT_WEEKS = 4;
/** Ten years: more than any plan needs, little enough that dates stay four-digit years. */
export const MAX_WEEKS = 520;

/**
 * The days `herald schedule` shows, all bounds inclusive: `--from`/`--to`, or one of them with
 * `--weeks N` (N whole weeks from --from, or ending on --to), or N weeks from today. Without
 * anything: the next four weeks, today included.
 */
export function resolveScheduleWindow(flags: ScheduleWindowFlags, today: IsoDate): ScheduleWindowResult {
  const fail = (message: string, hint: string): ScheduleWindowResult => ({ ok: false, message, hint });
  for (const key of ['from', 'to'] as const) {
    const value = flags[key];
    const parsed = value === undefined ? undefined : parseDateOption(`--${key}`, value);
    if (parsed !== undefined && !parsed.ok) return fail(parsed.message, parsed.hint);
  }
  let weeks: number | undefined;
  if (flags.weeks !== undefined) {
    weeks = /^\d{1,4}$/.test(flags.weeks.trim()) ? Number(flags.weeks.trim()) : Number.NaN;
    if (!(weeks >= 1 && weeks <= MAX_WEEKS)) {
      return fail(`--weeks ${show(flags.weeks)} is not a number of weeks`, `Give a whole number from 1 to ${MAX_WEEKS}, e.g. --weeks 6.`);
    }
  }
  const { from, to } = flags;
  if (from !== undefined && to !== undefined && weeks !== undefined) {
    return fail('--from, --to and --weeks cannot all be given', 'Give --from and --to, or one of them with --weeks.');
  }
  const days = 7 * (weeks ?? DEFAULT_WEEKS);
  let window: DateRange;
  if (from !== undefined) window = { from, to: to ?? addDays(from, days - 1) };
  else if (to !== undefined && weeks !== undefined) window = { from: addDays(to, -(days - 1)), to };
  else window = { from: today, to: to ?? addDays(today, days - 1) };

  if (!isIsoDate(window.from) || !isIsoDate(window.to)) {
    return fail('The window reaches beyond the years 0000 to 9999', 'Choose a window within the plan, e.g. --from 2027-01-04 --weeks 6.');
  }
  if (window.to < window.from) {
    const start = from === undefined ? `today (${window.from})` : `--from ${window.from}`;
    return fail(
      `The window is empty: --to ${window.to} is before ${start}`,
      `Give a --to on or after ${window.from}, or a --from before it.`,
    );
  }
  // --from/--to too: 0001 to 9999 would be minutes of work and a 33 MB month grid.
  if (daysBetween(window.from, window.to) >= 7 * MAX_WEEKS) {
    return fail(
      `The window ${window.from} to ${window.to} is longer than ten years`,
      `Herald shows at most ${MAX_WEEKS} weeks at once: narrow --from and --to, e.g. --from ${window.from} --weeks 52.`,
    );
  }
  return { ok: true, window };
}
