import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zoneNames from '../../src/core/plan/generated/time-zones.json' with { type: 'json' };
import { actualWallTime } from '../../src/core/time/wall-time.js';
import { resolveTimeZone, zoneForAnswer } from '../../src/core/time/zone-resolver.js';
import { intlZoneOffset, zonedDateTimeToInstant } from '../../src/core/time/zoned-time.js';
import { processZoneOffset } from '../../src/io/process-time-zone.js';
import { runMain } from '../helpers/run-main.js';
import { cleanPlanWith, validateText } from '../helpers/validate-text.js';

describe('resolveTimeZone', () => {
  it('takes IANA names as the tz database spells them, and links such as Asia/Kolkata', () => {
    for (const zone of [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Argentina/Buenos_Aires',
      'Asia/Kolkata',
      'US/Eastern',
      'Etc/GMT+5',
    ]) {
      expect(resolveTimeZone(zone), zone).toEqual({ ok: true, zone });
    }
  });

  it('refuses an unambiguous abbreviation and names the zone it means', () => {
    for (const [abbreviation, zone] of [
      ['PST', 'America/Los_Angeles'],
      ['pdt', 'America/Los_Angeles'],
      ['EST', 'America/New_York'],
      ['HST', 'Pacific/Honolulu'],
      ['JST', 'Asia/Tokyo'],
    ] as const) {
      const resolved = resolveTimeZone(abbreviation);
      expect(resolved.ok, abbreviation).toBe(false);
      if (resolved.ok) continue;
      expect(resolved.message).toContain('is an abbreviation');
      expect(resolved.hint).toContain(`Did you mean "${zone}"?`);
    }
  });

  it('says an ambiguous abbreviation is ambiguous and lists the options', () => {
    const cst = resolveTimeZone('CST');
    expect(cst).toMatchObject({ ok: false, meant: null });
    if (cst.ok) return;
    expect(cst.message).toContain('ambiguous');
    expect(cst.hint).toBe('Write the IANA name you mean: America/Chicago, Asia/Shanghai or America/Havana.');
    for (const [name, zones] of [
      ['IST', ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']],
      ['BST', ['Europe/London', 'Asia/Dhaka']],
      ['GMT', ['UTC', 'Europe/London']],
    ] as const) {
      const resolved = resolveTimeZone(name);
      expect(resolved.ok).toBe(false);
      for (const zone of zones) expect(resolved.ok ? '' : resolved.hint, name).toContain(zone);
    }
  });

  it('mends case slips, cities and old aliases with a did-you-mean', () => {
    expect(resolveTimeZone('europe/berlin')).toMatchObject({ ok: false, meant: 'Europe/Berlin' });
    expect(resolveTimeZone('New York')).toMatchObject({
      ok: false,
      meant: 'America/New_York',
      message: '"New York" is a city, not a time zone',
    });
    expect(resolveTimeZone('new_york')).toMatchObject({ ok: false, meant: 'America/New_York' });
    expect(resolveTimeZone('San Francisco')).toMatchObject({ ok: false, meant: 'America/Los_Angeles' });
    expect(resolveTimeZone('Japan')).toMatchObject({ ok: false, meant: 'Asia/Tokyo' });
    expect(resolveTimeZone('Europe/Berln')).toMatchObject({ ok: false, hint: 'Did you mean "Europe/Berlin"?' });
    expect(resolveTimeZone('+01:00')).toMatchObject({ ok: false, message: '"+01:00" is a UTC offset, not a time zone' });
    expect(resolveTimeZone('UTC+2')).toMatchObject({ ok: false });
  });

  it('gives init the zone to write when one is surely meant, and nothing when it is not', () => {
    expect(zoneForAnswer('PST')).toBe('America/Los_Angeles');
    expect(zoneForAnswer('europe/berlin')).toBe('Europe/Berlin');
    expect(zoneForAnswer('CST')).toBeNull();
    expect(zoneForAnswer('Mars/Olympus_Mons')).toBeNull();
  });
});

describe('validate and the time zone', () => {
  it('makes `timezone: PST` an error at its line, with the hint', async () => {
    const result = await validateText(cleanPlanWith('timezone: Europe/Berlin', 'timezone: PST'));
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'timezone',
        severity: 'error',
        line: 7,
        hint: 'Did you mean "America/Los_Angeles"? Write the place\'s IANA name: it knows both summer and winter time.',
      }),
    ]);
  });

  it('lists the options for CST, IST and BST, and refuses europe/berlin and EST', async () => {
    for (const zone of ['CST', 'IST', 'BST', 'EST', 'europe/berlin', 'New York']) {
      const result = await validateText(cleanPlanWith('timezone: Europe/Berlin', `timezone: ${zone}`));
      expect(
        result.diagnostics.map((d) => d.rule),
        zone,
      ).toEqual(['timezone']);
    }
  });
});

/** The instants at which a zone's offset changes in `year`, found by bisection of monthly samples. */
function transitions(zone: string, year: number): number[] {
  const found: number[] = [];
  const samples = Array.from({ length: 13 }, (_, month) => Date.UTC(year, month, 1));
  for (let i = 0; i + 1 < samples.length; i += 1) {
    // Weekly steps inside each month: two changes a month apart (Ramadan pauses) are both seen.
    for (let low = samples[i] ?? 0, high = low + 7 * 86_400_000; low < (samples[i + 1] ?? 0); low = high, high += 7 * 86_400_000) {
      if (intlZoneOffset(zone, low) === intlZoneOffset(zone, high)) continue;
      let a = low;
      let b = high;
      while (b - a > 60_000) {
        const mid = a + Math.floor((b - a) / 120_000) * 60_000;
        if (intlZoneOffset(zone, mid) === intlZoneOffset(zone, a)) a = mid;
        else b = mid;
      }
      found.push(b);
    }
  }
  return found;
}

describe('every listed zone, at its transitions of 2024, on this Node', () => {
  it('has the same offsets from the process clock as from Intl, and puts gap times after the gap', () => {
    const zones = ['UTC', ...zoneNames];
    let checked = 0;
    for (const zone of zones) {
      expect(resolveTimeZone(zone), zone).toEqual({ ok: true, zone });
      for (const change of transitions(zone, 2024)) {
        for (const instant of [change - 60_000, change, change + 3_600_000]) {
          expect(processZoneOffset(zone, instant), `${zone} at ${new Date(instant).toISOString()}`).toBe(intlZoneOffset(zone, instant));
        }
        const before = intlZoneOffset(zone, change - 60_000);
        const after = intlZoneOffset(zone, change);
        // The wall clock a minute into the change, read in the zone: a gap when clocks go forward.
        const wall = new Date(change + before + 60_000);
        const date = wall.toISOString().slice(0, 10);
        const time = wall.toISOString().slice(11, 16);
        if (after > before && wall.getUTCSeconds() === 0) {
          const expected = new Date(wall.getTime() + (after - before)).toISOString();
          const happens = actualWallTime(date, time, zone, processZoneOffset);
          expect(`${happens.date}T${happens.time}`, `${zone} ${date} ${time}`).toBe(expected.slice(0, 16));
          expect(zonedDateTimeToInstant(date, time, zone, processZoneOffset).getTime()).toBe(change + 60_000);
        }
        checked += 1;
      }
    }
    // Many zones keep one offset all year; the northern and southern summer times give the rest.
    expect(checked).toBeGreaterThan(100);
  });
});

describe('init and the time zone', () => {
  it('writes the zone an unambiguous abbreviation means, and refuses an ambiguous one with the options', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'herald-zone-'));
    try {
      expect((await runMain(['init', '--yes', '--timezone', 'PST'], cwd)).code).toBe(0);
      expect(await readFile(join(cwd, 'herald.yaml'), 'utf8')).toMatch(/timezone: "America\/Los_Angeles"/);
      const cst = await runMain(['init', 'cst.yaml', '--yes', '--timezone', 'CST'], cwd);
      expect(cst.code).toBe(2);
      expect(cst.stderr).toContain('America/Chicago, Asia/Shanghai or America/Havana');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
