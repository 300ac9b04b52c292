import type { IsoDate } from '../time/dates.js';
import type { Touch } from '../plan/schema.js';

/** What became of a touchpoint: `sent` or `skipped` as the plan's `touches:` record it, else `open`. */
export type TouchpointStatus = 'sent' | 'skipped' | 'open';

export type TouchStatusOf = (touchpoint: { channel: string; date: IsoDate }) => TouchpointStatus;

/**
 * Looks a touchpoint up in the recorded touches (same channel, same day). When one day holds
 * both a `sent` and a `skipped` line, `sent` wins: something did go out.
 */
export function touchStatusOf(touches: readonly Touch[] | undefined): TouchStatusOf {
  const recorded = new Map<string, TouchpointStatus>();
  for (const touch of touches ?? []) {
    const key = `${touch.channel} ${touch.date}`;
    if (recorded.get(key) !== 'sent') recorded.set(key, touch.status);
  }
  return ({ channel, date }) => recorded.get(`${channel} ${date}`) ?? 'open';
}
