import type { ZoneOffsetSource } from '../time/zoned-time.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;

/**
 * A zone offset source that asks `source` about each zone twice per UTC week in most weeks.
 *
 * Asking the process for an offset switches its time zone (io/process-time-zone.ts), a
 * fraction of a millisecond each time: nothing for one plan, seconds for the timed
 * touchpoints of 500. A zone's offset changes at most once in a week (transitions are at
 * least weeks apart), so when a week's first and last millisecond have the same offset,
 * every instant between has it too. In the week of a change the same holds per day, and only
 * on the day of the change is each instant asked about. Exact, not approximate.
 */
export function cachedZoneOffset(source: ZoneOffsetSource): ZoneOffsetSource {
  const spans = new Map<string, number | null>();
  const constantOver = (timeZone: string, length: number, instant: number): number | null => {
    const index = Math.floor(instant / length);
    const key = `${timeZone}|${length}|${index}`;
    let offset = spans.get(key);
    if (offset === undefined) {
      const first = source(timeZone, index * length);
      offset = first === source(timeZone, (index + 1) * length - 1) ? first : null;
      spans.set(key, offset);
    }
    return offset;
  };
  return (timeZone, instant) =>
    constantOver(timeZone, MS_PER_WEEK, instant) ?? constantOver(timeZone, MS_PER_DAY, instant) ?? source(timeZone, instant);
}
