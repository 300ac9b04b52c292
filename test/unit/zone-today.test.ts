import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/zoned-time.js';
import { todayInZone } from '../../src/io/zone-today.js';

describe('todayInZone', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/Chicago',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
  ];
  // Every hour across the spring and autumn switches of both hemispheres.
  const instants = [Date.UTC(2027, 2, 27), Date.UTC(2027, 9, 30), Date.UTC(2027, 3, 3), Date.UTC(2026, 11, 31, 12)].flatMap((start) =>
    Array.from({ length: 48 }, (_, hour) => new Date(start + hour * 3_600_000)),
  );

  it('agrees with the Intl-based todayIn, hour by hour, in zones east and west', () => {
    for (const zone of zones) {
      for (const now of instants) expect(todayInZone(zone, now), `${zone} at ${now.toISOString()}`).toBe(todayIn(zone, now));
    }
  });

  it('restores the process time zone', () => {
    const before = process.env.TZ;
    todayInZone('Asia/Tokyo', new Date(0));
    expect(process.env.TZ).toBe(before);
  });
});
