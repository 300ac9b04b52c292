import type { Touch } from '../core/plan/schema.js';
import { touchStatusOf, type TouchpointStatus } from '../core/schedule/touch-status.js';
import type { Touchpoint } from '../core/schedule/touchpoints.js';
import type { Palette } from './palette.js';
import { safeTerminalText } from './text/safe-text.js';
import { shortDay } from '../core/words/values.js';

/**
 * The touchpoints of generate's window, each marked sent, skipped or open by the plan's
 * `touches:`, for the summary after the drafts. Nothing when the plan records no touches
 * (every mark would be "open") or the window has no touchpoint.
 */
export function formatTouchpointMarks(
  touchpoints: readonly Pick<Touchpoint, 'channel' | 'date'>[],
  touches: readonly Touch[] | undefined,
  palette: Palette,
): string {
  if ((touches ?? []).length === 0 || touchpoints.length === 0) return '';
  const statusOf = touchStatusOf(touches);
  const colour: Record<TouchpointStatus, (text: string) => string> = {
    sent: (text) => palette.success(text),
    skipped: (text) => palette.dim(text),
    open: (text) => palette.warning(text),
  };
  const lines = touchpoints.map((touchpoint) => {
    const status = statusOf(touchpoint);
    return `  ${colour[status](status.padEnd(7))}  ${shortDay(touchpoint.date)}  ${safeTerminalText(touchpoint.channel)}`;
  });
  return `Touchpoints in this window:\n${lines.join('\n')}\n`;
}
