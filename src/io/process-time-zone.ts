import { readlinkSync } from 'node:fs';
import { isListedZone } from '../core/time/zone-resolver.js';
import { canonicalTimeZone, intlZoneOffset, isTimeZone, type ZoneOffsetSource } from '../core/time/zoned-time.js';

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

// getTimezoneOffset() is minutes behind UTC, with a fraction for old offsets in seconds.
const localOffset = (instant: number): number => 0 - Math.round(new Date(instant).getTimezoneOffset() * 60_000);

// The zone asked about last, and whether it is listed: a schedule asks about one zone many times.
let lastZone: string | undefined;
let lastListed = false;
const listed = (timeZone: string): boolean => {
  if (timeZone !== lastZone) [lastZone, lastListed] = [timeZone, isListedZone(timeZone)];
  return lastListed;
};

/**
 * The zone's UTC offset at an instant, in milliseconds: the core's ZoneOffsetSource for
 * commands. A TZ the process does not know reads as UTC, silently: only the names listed at
 * build time (which the all-zones test checks against Intl) take this path; links such as
 * Asia/Kolkata ask Intl. `many` switches the zone once for all its instants.
 */
export const processZoneOffset: ZoneOffsetSource = Object.assign(
  (timeZone: string, instant: number): number =>
    listed(timeZone) ? inTimeZone(timeZone, () => localOffset(instant)) : intlZoneOffset(timeZone, instant),
  {
    many: (timeZone: string, instants: readonly number[]): number[] =>
      listed(timeZone)
        ? inTimeZone(timeZone, () => instants.map(localOffset))
        : instants.map((instant) => intlZoneOffset(timeZone, instant)),
  },
);

/**
 * The system's time zone by name, asking ICU (~11 ms of start-up) only when the system does
 * not say it plainly: first TZ when it names a zone, then the zoneinfo file /etc/localtime
 * links to (Linux, macOS), else Intl's answer. UTC's aliases are "UTC", as Intl says.
 */
export function systemTimeZone(env: Readonly<Record<string, string | undefined>>, onUnknown?: () => void): string {
  const named = (name: string | undefined): string | null => {
    if (name === undefined) return null;
    if (/^(Etc\/)?(UTC|UCT|Universal|Zulu)$/.test(name)) return 'UTC';
    return KNOWN_ZONE.test(name) && isTimeZone(name) ? name : null;
  };
  const fromEnv = named(env.TZ?.replace(/^:/, ''));
  if (fromEnv !== null) return fromEnv;
  try {
    const fromLink = named(/zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'))?.[1]);
    if (fromLink !== null) return fromLink;
  } catch {
    // Not a link (or no such file): ask Intl.
  }
  const fromIntl = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  // Never UTC in silence: the caller is told, and says so (init writes a note).
  if (fromIntl === null) onUnknown?.();
  return fromIntl ?? 'UTC';
}

/** Area/Location names as the tz database writes them; anything else is left to Intl. */
const KNOWN_ZONE = /^[A-Z][A-Za-z_-]+(\/[A-Z][A-Za-z0-9_+-]+){1,2}$/;
