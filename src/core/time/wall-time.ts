/**
 * The wall-clock time a touchpoint really happens at. On a spring-forward day a time inside
 * the gap (02:30 in America/Chicago on 2027-03-14) does not exist; RFC 5545 reads it with the
 * offset before the gap, which lands an hour later (03:30). Herald shows that one time in
 * every output (calendar, JSON, Markdown, drafts) and `validate` warns about it
 * (rules/time-skipped.ts), so no two outputs disagree.
 */
import { dateOfDayNumber, dayNumber, dayNumberOf, type IsoDate } from './dates.js';
import { offsetsAt, zonedDateTimeToInstant, type ZoneOffsetSource } from './zoned-time.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export interface WallTime {
  date: IsoDate;
  time: string;
}

/**
 * Wall times of one zone over a range of dates. The zone's offset changes are found once, by
 * weekly samples, then the days of each week where the offset changed (each set read at once:
 * through the process clock a read costs a zone switch, tens of microseconds); only touchpoints on those days are
 * checked exactly. Two changes less than a week apart that cancel out would be missed; no
 * zone's summer time is that short. Asked about a day (its day number) and a time, it gives
 * the wall time on a day near a change, undefined on any other (the date and time stand).
 */
export function wallTimeResolver(
  timeZone: string,
  offsetMs: ZoneOffsetSource,
  range: { from: IsoDate; to: IsoDate },
): (day: number, time: string) => WallTime | undefined {
  if (timeZone === 'UTC') return () => undefined;
  let changeDays: ReadonlySet<number> | undefined;
  return (day, time) => {
    changeDays ??= knownChangeDays(timeZone, offsetMs, dayNumber(range.from), dayNumber(range.to));
    return changeDays.has(day) ? knownWallTime(dateOfDayNumber(day), time, timeZone, offsetMs) : undefined;
  };
}

/**
 * actualWallTime, kept by zone, date and time for each source of offsets: every plan of a
 * workspace asks about the same few days near its zone's changes (533 asks, ~29 µs each,
 * across the 500-plan bench; some twenty different ones).
 */
function knownWallTime(date: IsoDate, time: string, timeZone: string, offsetMs: ZoneOffsetSource): WallTime {
  let known = wallTimesBySource.get(offsetMs);
  if (known === undefined) wallTimesBySource.set(offsetMs, (known = new Map<string, WallTime>()));
  const key = `${timeZone} ${date} ${time}`;
  let wall = known.get(key);
  if (wall === undefined) {
    wall = actualWallTime(date, time, timeZone, offsetMs);
    if (known.size >= 10_000) known.clear();
    known.set(key, wall);
  }
  return wall;
}

const wallTimesBySource = new WeakMap<ZoneOffsetSource, Map<string, WallTime>>();

/**
 * daysNearChanges, worked out once per zone for each source of offsets: the plans of a
 * workspace mostly share a zone, not their ranges, so from the second range in a zone on the
 * whole years around it are worked out, which the next plans' ranges fall inside. A wider range
 * finds the same changes in the narrower one (and only checks a few more days exactly).
 */
function knownChangeDays(timeZone: string, offsetMs: ZoneOffsetSource, first: number, last: number): ReadonlySet<number> {
  let zones = changeDaysBySource.get(offsetMs);
  if (zones === undefined) changeDaysBySource.set(offsetMs, (zones = new Map<string, ChangeDaySpan[]>()));
  let spans = zones.get(timeZone);
  if (spans === undefined) zones.set(timeZone, (spans = []));
  for (const span of spans) if (span.first <= first && span.last >= last) return span.days;
  const wide = spans.length > 0;
  const from = wide ? dayNumberOf(yearOfDayNumber(first), 1, 1) : first;
  const to = wide ? dayNumberOf(yearOfDayNumber(last), 12, 31) : last;
  const days = daysNearChanges(timeZone, offsetMs, from, to);
  // Dropped now and then, so that a long-running process never holds more than this.
  if (spans.length >= 100) spans.length = 0;
  spans.push({ first: from, last: to, days });
  return days;
}

interface ChangeDaySpan {
  first: number;
  last: number;
  days: ReadonlySet<number>;
}

const changeDaysBySource = new WeakMap<ZoneOffsetSource, Map<string, ChangeDaySpan[]>>();

function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Day numbers whose wall clock may see an offset change, between `first` and `last`. */
function daysNearChanges(timeZone: string, offsetMs: ZoneOffsetSource, first: number, last: number): ReadonlySet<number> {
  const changeDays = new Set<number>();
  // Weekly samples, then each day of a week whose ends differ: each set read at once.
  const offsetsOn = (dayNumbers: readonly number[]): number[] =>
    offsetsAt(
      offsetMs,
      timeZone,
      dayNumbers.map((day) => day * MS_PER_DAY),
    );
  const samples: number[] = [];
  for (let day = first - 1; day < last + 2; day += 7) samples.push(day);
  samples.push(last + 2);
  const offsets = offsetsOn(samples);
  for (let index = 1; index < samples.length; index += 1) {
    const before = samples[index - 1] ?? 0;
    if (offsets[index] === offsets[index - 1]) continue;
    // The first midnight (UTC) with the new offset; the change is in the day before it, which
    // is one of two local dates either side.
    const days = Array.from({ length: (samples[index] ?? 0) - before - 1 }, (_, day) => before + 1 + day);
    const changed = offsetsOn(days).findIndex((offset) => offset !== offsets[index - 1]);
    const firstNew = changed === -1 ? (samples[index] ?? 0) : (days[changed] ?? 0);
    for (let day = firstNew - 2; day <= firstNew + 1; day += 1) changeDays.add(day);
  }
  return changeDays;
}

/** The wall clock at the instant RFC 5545 gives `date` `time`: itself, unless it fell in a gap. */
export function actualWallTime(date: IsoDate, time: string, timeZone: string, offsetMs: ZoneOffsetSource): WallTime {
  const instant = zonedDateTimeToInstant(date, time, timeZone, offsetMs).getTime();
  const wall = instant + offsetMs(timeZone, instant);
  const minutes = Math.floor((((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: dateOfDayNumber(Math.floor(wall / MS_PER_DAY)), time: clock };
}
