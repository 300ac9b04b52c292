import { parseDateOption } from './date-option.js';
import { addDays, type IsoDate } from './dates.js';
import type { DateRange } from '../schedule/touchpoints.js';

export interface WindowOptions {
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type WindowResult = { ok: true; window: DateRange } | { ok: false; message: string; hint: string };

/** The default window: today and the six days after it. */
export const DEFAULT_WINDOW_DAYS = 7;

/**
 * The days to draft for: `--date D` alone, or `--from`/`--to` (either may be left out: from
 * defaults to today, to to a week after from), or the next seven days from today.
 */
export function resolveWindow(options: WindowOptions, today: IsoDate): WindowResult {
  const given = (['date', 'from', 'to'] as const).filter((key) => options[key] !== undefined);
  for (const key of given) {
    const parsed = parseDateOption(`--${key}`, options[key] ?? '');
    if (!parsed.ok) return { ok: false, message: parsed.message, hint: parsed.hint };
  }
  if (options.date !== undefined) {
    if (options.from !== undefined || options.to !== undefined) {
      return {
        ok: false,
        message: '--date cannot be combined with --from or --to',
        hint: 'Use --date for one day, or --from and --to for a range.',
      };
    }
    return { ok: true, window: { from: options.date, to: options.date } };
  }
  const from = options.from ?? today;
  const to = options.to ?? addDays(from, DEFAULT_WINDOW_DAYS - 1);
  if (to < from) {
    return {
      ok: false,
      message: `--to ${to} is before ${options.from === undefined ? `today (${from})` : `--from ${from}`}`,
      hint: 'Give a --to on or after --from.',
    };
  }
  return { ok: true, window: { from, to } };
}
