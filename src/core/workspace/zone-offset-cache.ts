import { offsetsAt, type ZoneOffsetSource } from '../time/zoned-time.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;
/** Weeks (or days) whose offsets are read together, aligned: a year of weeks. */
const SPANS_AT_ONCE = 64;

/** What is known of one zone: its offset over whole weeks and days (null: not constant), and at single instants. */
interface ZoneAnswers {
  weeks: Map<number, number | null>;
  days: Map<number, number | null>;
  instants: Map<number, number>;
}

/**
 * A zone offset source that asks `source` about each zone twice per UTC week in most weeks.
 *
 * Asking the process for an offset switches its time zone (io/process-time-zone.ts), a
 * fraction of a millisecond each time: nothing for one plan, seconds for the timed
 * touchpoints of 500. A zone's offset changes at most once in a week (transitions are at
 * least weeks apart), so when a week's first and last millisecond have the same offset,
 * every instant between has it too. In the week of a change the same holds per day, and only
 * on the day of the change is each instant asked about, once: the plans of a workspace ask
 * about the same few instants (their touchpoints' times on that day). Exact, not approximate.
 */
export function cachedZoneOffset(source: ZoneOffsetSource): ZoneOffsetSource {
  const zones = new Map<string, ZoneAnswers>();
  const constantOver = (timeZone: string, spans: Map<number, number | null>, length: number, instant: number): number | null => {
    const index = Math.floor(instant / length);
    let offset = spans.get(index);
    if (offset === undefined) {
      // The spans around it too, each span's first and last millisecond read in one set: one
      // zone switch for a year of weeks, where a plan's schedule asks about each in turn.
      const from = index - (((index % SPANS_AT_ONCE) + SPANS_AT_ONCE) % SPANS_AT_ONCE);
      const ends: number[] = [];
      for (let span = from; span < from + SPANS_AT_ONCE; span += 1) ends.push(span * length, (span + 1) * length - 1);
      const offsets = offsetsAt(source, timeZone, ends);
      for (let at = 0; at < SPANS_AT_ONCE; at += 1) {
        const first = offsets[2 * at]!;
        if (!spans.has(from + at)) spans.set(from + at, first === offsets[2 * at + 1] ? first : null);
      }
      offset = spans.get(index)!;
    }
    return offset;
  };
  return (timeZone, instant) => {
    let zone = zones.get(timeZone);
    if (zone === undefined) {
      zone = { weeks: new Map(), days: new Map(), instants: new Map() };
      zones.set(timeZone, zone);
    }
    const constant = constantOver(timeZone, zone.weeks, MS_PER_WEEK, instant) ?? constantOver(timeZone, zone.days, MS_PER_DAY, instant);
    if (constant !== null) return constant;
    let offset = zone.instants.get(instant);
    if (offset === undefined) {
      offset = source(timeZone, instant);
      zone.instants.set(instant, offset);
    }
    return offset;
  };
}
