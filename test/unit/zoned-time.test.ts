import { describe, expect, it } from 'vitest';
import { expandCadence, parseCadence } from '../../src/core/cadence/cadence.js';
import { canonicalTimeZone, isTimeZone, knownTimeZones, todayIn, zonedDateTimeToInstant } from '../../src/core/time/zoned-time.js';

const iso = (date: Date): string => date.toISOString();

describe('isTimeZone', () => {
  it('accepts IANA names Intl knows', () => {
    for (const zone of ['Europe/Berlin', 'America/Chicago', 'Asia/Kolkata', 'UTC', 'Etc/UTC', 'America/Argentina/Buenos_Aires']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('rejects names that are not zones, and raw offsets', () => {
    for (const zone of ['Mars/Olympus', 'Europe/Berlinn', 'Berlin', '', ' ', '+01:00', '-05:00', '0'])
      expect(isTimeZone(zone), zone).toBe(false);
  });

  it('gives the runtime spelling of a zone', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
  });

  it('lists known zones, UTC included, for suggestions', () => {
    const zones = knownTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones.every(isTimeZone)).toBe(true);
  });
});

describe('zonedDateTimeToInstant', () => {
  it('reads the wall clock in the zone, winter and summer', () => {
    expect(iso(zonedDateTimeToInstant('2027-01-15', '09:00', 'Europe/Berlin'))).toBe('2027-01-15T08:00:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-07-15', '09:00', 'Europe/Berlin'))).toBe('2027-07-15T07:00:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-01-15', '09:00', 'UTC'))).toBe('2027-01-15T09:00:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-01-15', '09:00', 'Asia/Kolkata'))).toBe('2027-01-15T03:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-01-15', '23:59', 'America/Chicago'))).toBe('2027-01-16T05:59:00.000Z');
  });

  it('keeps a weekly 09:00 meeting at 09:00 in Berlin across both DST switches', () => {
    const parsed = parseCadence('weekly on friday');
    if (!parsed.ok) throw new Error(parsed.message);
    const dates = expandCadence(parsed.cadence, { start: '2027-03-19', end: '2027-11-05' }, { from: '2027-03-19', to: '2027-04-02' });
    expect(dates).toEqual(['2027-03-19', '2027-03-26', '2027-04-02']); // Berlin springs forward on Sunday 28 March
    expect(dates.map((date) => iso(zonedDateTimeToInstant(date, '09:00', 'Europe/Berlin')))).toEqual([
      '2027-03-19T08:00:00.000Z',
      '2027-03-26T08:00:00.000Z',
      '2027-04-02T07:00:00.000Z',
    ]);
    // ...and falls back on Sunday 31 October.
    expect(['2027-10-29', '2027-11-05'].map((date) => iso(zonedDateTimeToInstant(date, '09:00', 'Europe/Berlin')))).toEqual([
      '2027-10-29T07:00:00.000Z',
      '2027-11-05T08:00:00.000Z',
    ]);
  });

  it('keeps a weekly 09:00 meeting at 09:00 in Chicago across both DST switches', () => {
    // Chicago springs forward on 14 March 2027 and falls back on 7 November 2027.
    expect(['2027-03-08', '2027-03-15'].map((date) => iso(zonedDateTimeToInstant(date, '09:00', 'America/Chicago')))).toEqual([
      '2027-03-08T15:00:00.000Z',
      '2027-03-15T14:00:00.000Z',
    ]);
    expect(['2027-11-01', '2027-11-08'].map((date) => iso(zonedDateTimeToInstant(date, '09:00', 'America/Chicago')))).toEqual([
      '2027-11-01T14:00:00.000Z',
      '2027-11-08T15:00:00.000Z',
    ]);
  });

  it('reads a time skipped by spring-forward with the offset before the gap (RFC 5545)', () => {
    // 02:30 does not exist in Berlin on 28 March 2027; it means 03:30 summer time.
    expect(iso(zonedDateTimeToInstant('2027-03-28', '02:30', 'Europe/Berlin'))).toBe('2027-03-28T01:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-03-14', '02:30', 'America/Chicago'))).toBe('2027-03-14T08:30:00.000Z');
  });

  it('reads a time that happens twice at fall-back as the first of the two (RFC 5545)', () => {
    expect(iso(zonedDateTimeToInstant('2027-10-31', '02:30', 'Europe/Berlin'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(zonedDateTimeToInstant('2027-11-07', '01:30', 'America/Chicago'))).toBe('2027-11-07T06:30:00.000Z');
  });

  it('refuses bad input instead of returning an Invalid Date', () => {
    expect(() => zonedDateTimeToInstant('2027-01-15', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant('2027-02-30', '09:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant('2027-01-15', '09:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  const now = new Date('2027-01-01T23:30:00Z');

  it('gives the civil date in the zone at that instant', () => {
    expect(todayIn('UTC', now)).toBe('2027-01-01');
    expect(todayIn('Asia/Tokyo', now)).toBe('2027-01-02');
    expect(todayIn('Europe/Berlin', now)).toBe('2027-01-02');
    expect(todayIn('America/Chicago', now)).toBe('2027-01-01');
    expect(todayIn('Pacific/Kiritimati', new Date('2027-01-01T09:59:00Z'))).toBe('2027-01-01');
    expect(todayIn('Pacific/Kiritimati', new Date('2027-01-01T10:00:00Z'))).toBe('2027-01-02');
  });

  it('handles the day of a DST switch', () => {
    expect(todayIn('Europe/Berlin', new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-28');
    expect(todayIn('Europe/Berlin', new Date('2027-10-30T22:30:00Z'))).toBe('2027-10-31');
    expect(todayIn('Europe/Berlin', new Date('2027-10-30T21:30:00Z'))).toBe('2027-10-30');
  });

  it('refuses an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus', now)).toThrow(RangeError);
  });
});

describe('canonicalTimeZone', () => {
  it('answers names of the build-time list as they are, which is how Intl spells them', async () => {
    const { default: listed } = await import('../../src/core/plan/generated/time-zones.json', { with: { type: 'json' } });
    for (const name of listed) expect(new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone).toBe(name);
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Nowhere/Land')).toBeNull();
  });
});
