import type { ZoneOffsetSource } from '../core/zoned-time.js';

/**
 * Time zone answers from the process's own clock rather than Intl.
 *
 * The core asks Intl (zoned-time.ts), whose first DateTimeFormat costs about a fifth of
 * Node's own start (ICU's pattern data): enough to make a command like `schedule` or
 * `generate` feel slow. Node lets a process change its time zone through `process.env.TZ`,
 * and V8 then reads the same ICU zone data for local dates without the formatting machinery.
 * The zone is set only for the read and restored at once; tests check every answer against
 * the Intl-based core across zones and DST switches.
 */
function inTimeZone<T>(timeZone: string, read: () => T): T {
  const saved = process.env.TZ;
  try {
    process.env.TZ = timeZone;
    return read();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** The zone's UTC offset at an instant, in milliseconds: the core's ZoneOffsetSource for commands. */
export const processZoneOffset: ZoneOffsetSource = (timeZone, instant) =>
  // getTimezoneOffset() is minutes behind UTC, with a fraction for old offsets in seconds.
  inTimeZone(timeZone, () => 0 - Math.round(new Date(instant).getTimezoneOffset() * 60_000));
