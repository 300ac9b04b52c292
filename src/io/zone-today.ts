import { formatDate, type IsoDate } from '../core/dates.js';

/**
 * Today's date in a time zone, for the start of every command.
 *
 * The core's `todayIn` asks Intl, whose first DateTimeFormat costs about as much as starting
 * Node itself (ICU's pattern data), which would double the start-up of a command like
 * `schedule`. Node lets a process change its own time zone through `process.env.TZ`, and
 * reading the local date is then nearly free. The zone is set only for the read and restored
 * at once; a test checks the answer against `todayIn` across zones and DST.
 */
export function todayInZone(timeZone: string, now: Date): IsoDate {
  const saved = process.env.TZ;
  try {
    process.env.TZ = timeZone;
    return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
