import type { Schedule } from '../../core/schedule/build-schedule.js';

/** One touchpoint of `schedule --format json`; the shape is documented in docs/json-output.md and kept stable. */
export interface ScheduleJsonEntry {
  date: string;
  /** HH:MM in the plan's time zone, or null for an all-day touchpoint. */
  time: string | null;
  /** The channel's `duration` in minutes, or null when it has none. */
  duration: number | null;
  channel: string;
  /** The channel's name, or its id made readable when it has none (channelDisplayName). */
  name: string;
  type: string;
  audiences: string[];
  owner: string | null;
  /** What became of it by the plan's `touches:`: sent, skipped, or open (neither recorded). */
  status: 'sent' | 'skipped' | 'open';
}

/** The touchpoints in date order, as a JSON array (PRODUCT.md section 5). Warnings go to stderr. */
export function formatScheduleJson(schedule: Schedule): string {
  const entries: ScheduleJsonEntry[] = schedule.entries.map((entry) => ({
    date: entry.date,
    time: entry.time,
    duration: entry.minutes,
    channel: entry.channel,
    name: entry.name,
    type: entry.type,
    audiences: [...entry.audiences],
    owner: entry.owner,
    status: entry.status ?? 'open',
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
