import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, type IsoDate } from '../../src/core/time/dates.js';
import { actualWallTime, wallTimeResolver } from '../../src/core/time/wall-time.js';
import { intlZoneOffset, type ZoneOffsetSource } from '../../src/core/time/zoned-time.js';
import { processZoneOffset } from '../../src/io/process-time-zone.js';

const range = { from: '2027-01-01' as IsoDate, to: '2027-12-31' as IsoDate };
const everyDay = Array.from({ length: 365 }, (_, day) => addDays(range.from, day));

describe('wallTimeResolver', () => {
  it.each(['America/Chicago', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns'])(
    'finds every day whose times move in %s: 02:30 each day of a year as the exact reading gives it',
    (zone) => {
      for (const source of [intlZoneOffset, processZoneOffset]) {
        const resolve = wallTimeResolver(zone, source, range);
        // Undefined on a day far from a change: the date and time stand as they are.
        for (const date of everyDay)
          expect(resolve(dayNumber(date), '02:30') ?? { date, time: '02:30' }, `${zone} ${date}`).toEqual(
            actualWallTime(date, '02:30', zone, intlZoneOffset),
          );
      }
    },
  );

  it("reads a year's weekly samples at once where the source can", () => {
    const single: number[] = [];
    const batched: number[] = [];
    const counting: ZoneOffsetSource = Object.assign(
      (zone: string, instant: number) => (single.push(instant), intlZoneOffset(zone, instant)),
      {
        many: (zone: string, instants: readonly number[]) => (
          batched.push(instants.length),
          instants.map((instant) => intlZoneOffset(zone, instant))
        ),
      },
    );
    const march14 = dayNumber('2027-03-14');
    expect(wallTimeResolver('America/Chicago', counting, range)(march14, '02:30')).toEqual({ date: '2027-03-14', time: '03:30' });
    // The weekly samples, then the six days inside each of the two weeks with a change.
    expect(batched).toEqual([54, 6, 6]);
    // Only the exact reading of 14 March, a day of change, reads instants one at a time (five).
    expect(single.length).toBe(5);
    // Another plan in the zone asking the same: the changes and that day's reading are known.
    expect(wallTimeResolver('America/Chicago', counting, range)(march14, '02:30')).toEqual({ date: '2027-03-14', time: '03:30' });
    expect(batched).toEqual([54, 6, 6]);
    expect(single.length).toBe(5);
  });
});
