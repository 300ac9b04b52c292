import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/time/zoned-time.js';
import { zoneService } from '../../src/io/zone-service.js';
import { cleanPlanWith, validateText } from '../helpers/validate-text.js';

describe('zoneService: the one path to "today"', () => {
  const now = new Date('2027-01-01T12:30:00Z');

  it('gives today in each zone as Intl does, from the clock it was built with', () => {
    const zones = zoneService(now, {});
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'Asia/Kolkata']) {
      expect(zones.today(zone), zone).toBe(todayIn(zone, now));
    }
    expect(zones.today('Pacific/Kiritimati')).toBe('2027-01-02');
    expect(zones.today('Pacific/Pago_Pago')).toBe('2027-01-01');
  });

  it('answers the same all run long, however often it is asked', () => {
    const zones = zoneService(now, {});
    expect(new Set([1, 2, 3].map(() => zones.today('Europe/Berlin')))).toEqual(new Set(['2027-01-01']));
  });

  it('is the today the planning rules judge by', async () => {
    // goal-overdue fires once the plan's today is past the goal's due date (2027-03-31 in the
    // clean plan): at noon UTC on 31 March, Kiritimati (UTC+14) is already on 1 April.
    const plan = cleanPlanWith(/measurements:\n.*\n/, '');
    const east = plan.replace('timezone: Europe/Berlin', 'timezone: Pacific/Kiritimati');
    const rules = async (text: string) => (await validateText(text, '2027-03-31')).diagnostics.map((d) => d.rule);
    expect(await rules(east)).toContain('goal-overdue');
    expect(await rules(plan)).not.toContain('goal-overdue');
  });

  it('reads the system zone once, and says when it fell back to UTC', () => {
    expect(zoneService(now, { TZ: 'Europe/Berlin' }).system()).toEqual({ zone: 'Europe/Berlin', known: true });
  });
});
