import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, intlZoneOffset, isTimeZone, todayIn, zonedDateTimeToInstant } from '../../src/core/time/zoned-time.js';
import { processZoneOffset, systemTimeZone } from '../../src/io/process-time-zone.js';

describe('processZoneOffset', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/Chicago',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/St_Johns',
  ];
  // Every hour across the spring and autumn switches of both hemispheres.
  const instants = [Date.UTC(2027, 2, 27), Date.UTC(2027, 9, 30), Date.UTC(2027, 3, 3), Date.UTC(2026, 11, 31, 12)].flatMap((start) =>
    Array.from({ length: 48 }, (_, hour) => start + hour * 3_600_000),
  );

  it('agrees with Intl, hour by hour, in zones east and west', () => {
    for (const zone of zones) {
      for (const instant of instants) {
        expect(processZoneOffset(zone, instant), `${zone} at ${new Date(instant).toISOString()}`).toBe(intlZoneOffset(zone, instant));
      }
    }
  });

  it('answers many instants of a zone at once as it answers each, and restores the zone', () => {
    const before = process.env.TZ;
    for (const zone of zones) {
      expect(processZoneOffset.many?.(zone, instants), zone).toEqual(instants.map((instant) => intlZoneOffset(zone, instant)));
    }
    expect(process.env.TZ).toBe(before);
  });

  it('gives the same today and the same wall-clock instants as Intl', () => {
    for (const zone of zones) {
      for (const instant of instants) {
        const now = new Date(instant);
        expect(todayIn(zone, now, processZoneOffset), `${zone} at ${now.toISOString()}`).toBe(todayIn(zone, now));
      }
      for (const [date, time] of [
        ['2027-03-28', '02:30'],
        ['2027-10-31', '02:30'],
        ['2027-03-14', '02:30'],
        ['2027-11-07', '01:30'],
        ['2027-04-04', '01:45'],
      ] as const) {
        expect(zonedDateTimeToInstant(date, time, zone, processZoneOffset), `${zone} ${date} ${time}`).toEqual(
          zonedDateTimeToInstant(date, time, zone),
        );
      }
    }
  });

  it('restores the process time zone', () => {
    const before = process.env.TZ;
    processZoneOffset('Asia/Tokyo', 0);
    expect(process.env.TZ).toBe(before);
  });
});

describe('systemTimeZone', () => {
  it('takes a zone named in TZ, with or without the leading colon, and UTC by any of its names', () => {
    expect(systemTimeZone({ TZ: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(systemTimeZone({ TZ: ':America/Argentina/Buenos_Aires' })).toBe('America/Argentina/Buenos_Aires');
    expect(systemTimeZone({ TZ: 'Etc/UTC' })).toBe('UTC');
  });

  it('otherwise agrees with Intl, and names a real zone whatever TZ holds', () => {
    const intl = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
    expect(systemTimeZone(process.env)).toBe(intl);
    expect(isTimeZone(systemTimeZone({ TZ: 'Not/AZone' }))).toBe(true);
    expect(isTimeZone(systemTimeZone({ TZ: '' }))).toBe(true);
  });
});
