/**
 * Wall-clock times in a named time zone. Offsets come from the runtime's time zone data, by
 * default via Intl (through @date-fns/tz's tzOffset); nothing here knows a zone's rules by
 * heart. Commands pass a cheaper source of the same data (src/io/process-time-zone.ts).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { dateParts, dayNumberOf, dateOfDayNumber, isClockTime, type IsoDate } from './dates.js';
import { isTimeZoneName, zoneForAnswer } from './zone-resolver.js';

const MS_PER_MINUTE = 60_000;

/**
 * A zone's UTC offset at an instant (milliseconds since the epoch), in milliseconds. `many`,
 * where a source has it, answers for several instants of one zone at once: the process clock
 * switches its zone once for all of them rather than once for each.
 */
export type ZoneOffsetSource = ((timeZone: string, instant: number) => number) & {
  many?: (timeZone: string, instants: readonly number[]) => number[];
};

/** Offsets of one zone at several instants, at once where the source can. */
export const offsetsAt = (offsetMs: ZoneOffsetSource, timeZone: string, instants: readonly number[]): number[] =>
  offsetMs.many?.(timeZone, instants) ?? instants.map((instant) => offsetMs(timeZone, instant));

/** Today's date in a zone, as the edge's one clock says (src/io/zone-service.ts): the core reads no clock. */
export type TodayIn = (timeZone: string) => IsoDate;

/** Intl's answer, in whole milliseconds (old LMT offsets have seconds). */
export const intlZoneOffset: ZoneOffsetSource = (timeZone, instant) => Math.round(tzOffset(timeZone, new Date(instant)) * MS_PER_MINUTE);
const MS_PER_DAY = 86_400_000;

/**
 * True for a time zone name Herald takes: an IANA name spelt as the tz database spells it
 * (see time/zone-resolver.ts, which also says what a refused name most likely meant).
 */
export function isTimeZone(name: string): boolean {
  return isTimeZoneName(name);
}

/** The zone to write for a typed answer (case slips, cities and plain abbreviations mended), or null. */
export function canonicalTimeZone(name: string): string | null {
  return zoneForAnswer(name);
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
