/**
 * A window resolved by the core and worded as the commands word it: for tests that check
 * both what is refused and what the user reads.
 */
import type { DateRange } from '../../src/core/schedule/touchpoints.js';
import { DRAFT_WINDOW, resolveWindow, SCHEDULE_WINDOW, type SpanShape, type WindowInput } from '../../src/core/time/window.js';
import { windowProblemText } from '../../src/commands/shared/window-flags.js';

export type WordedWindow = { ok: true; window: DateRange } | { ok: false; message: string; hint: string };

function worded(shape: SpanShape): (flags: WindowInput, today: string) => WordedWindow {
  return (flags, today) => {
    const resolved = resolveWindow(flags, shape, today);
    return resolved.ok ? resolved : { ok: false, ...windowProblemText(resolved.problem, shape) };
  };
}

/** `herald schedule`'s window. */
export const scheduleWindow = worded(SCHEDULE_WINDOW);
/** `herald generate`'s window. */
export const draftWindow = worded(DRAFT_WINDOW);
