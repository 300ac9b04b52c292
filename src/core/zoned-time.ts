/**
 * Wall-clock times in a named time zone. Offsets come from the runtime's time zone data, by
 * default via Intl (through @date-fns/tz's tzOffset); nothing here knows a zone's rules by
 * heart. Commands pass a cheaper source of the same data (src/io/process-time-zone.ts).
 */
import { tzOffset } from '@date-fns/tz';
import { dateParts, dayNumberOf, dateOfDayNumber, isClockTime, type IsoDate } from './dates.js';
import zoneNames from './plan/generated/time-zones.json' with { type: 'json' };

const MS_PER_MINUTE = 60_000;

/** A zone's UTC offset at an instant (milliseconds since the epoch), in milliseconds. */
export type ZoneOffsetSource = (timeZone: string, instant: number) => number;

/** Intl's answer, in whole milliseconds (old LMT offsets have seconds). */
export const intlZoneOffset: ZoneOffsetSource = (timeZone, instant) => Math.round(tzOffset(timeZone, new Date(instant)) * MS_PER_MINUTE);
const MS_PER_DAY = 86_400_000;

/**
 * True for a time zone name Intl knows: 'Europe/Berlin', 'UTC', also links such as
 * 'US/Eastern'. Intl matches names case-insensitively and so does this. UTC offsets written as
 * '+01:00' are not names and are refused.
 */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '' || /^[+-]?\d/.test(name)) return false;
  // The names listed at build time answer at once; asking Intl costs milliseconds of ICU
  // start-up (its zone list ~2 ms, a first DateTimeFormat ~11 ms), so it is asked only for
  // names the list lacks (links such as US/Eastern, other letter case, a newer tz database).
  if (BUILT_IN_ZONES.has(name) || knownZoneSet().has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const BUILT_IN_ZONES: ReadonlySet<string> = new Set(['UTC', ...zoneNames]);
let knownZoneLookup: ReadonlySet<string> | undefined;

function knownZoneSet(): ReadonlySet<string> {
  knownZoneLookup ??= new Set(knownTimeZones());
  return knownZoneLookup;
}

/** The runtime's spelling of a zone ('europe/berlin' -> 'Europe/Berlin'), or null if unknown. */
export function canonicalTimeZone(name: string): string | null {
  // The build-time list holds canonical names only: no need to ask Intl for their spelling.
  if (BUILT_IN_ZONES.has(name)) return name;
  if (!isTimeZone(name)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

let knownZones: readonly string[] | undefined;

/** Every zone name the runtime lists, plus 'UTC' (which Intl.supportedValuesOf leaves out). */
export function knownTimeZones(): readonly string[] {
  knownZones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return knownZones;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. Follows RFC 5545
 * (and Temporal's default) where the wall clock is odd: a time skipped by a spring-forward
 * gap is read with the offset before the gap (02:30 becomes 03:30), and a time that occurs
 * twice in the autumn means the first of the two.
 */
export function zonedDateTimeToInstant(date: IsoDate, time: string, timeZone: string, offsetMs: ZoneOffsetSource = intlZoneOffset): Date {
  if (!isClockTime(time)) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}`);
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  const { year, month, day } = dateParts(date);
  const wall = dayNumberOf(year, month, day) * MS_PER_DAY + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * MS_PER_MINUTE;
  // Zone transitions are far more than a day apart, so the offsets a day either side are the
  // only two the wall time can be read with.
  const before = offsetMs(timeZone, wall - MS_PER_DAY);
  const after = offsetMs(timeZone, wall + MS_PER_DAY);
  const candidates = [wall - before, wall - after].filter(
    (instant, index) => offsetMs(timeZone, instant) === (index === 0 ? before : after),
  );
  if (candidates.length === 0) return new Date(wall - before); // in a gap
  return new Date(Math.min(...candidates));
}

/** The civil date in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date, offsetMs: ZoneOffsetSource = intlZoneOffset): IsoDate {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  const local = now.getTime() + offsetMs(timeZone, now.getTime());
  return dateOfDayNumber(Math.floor(local / MS_PER_DAY));
}
