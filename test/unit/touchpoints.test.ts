import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import { PlanModel } from '../../src/core/plan/plan-model.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildTouchpoints } from '../../src/core/schedule/touchpoints.js';
import { intlZoneOffset, type ZoneOffsetSource } from '../../src/core/time/zoned-time.js';

function examplePlan(): Plan {
  return load(readFileSync(new URL('../../examples/herald.yaml', import.meta.url), 'utf8'), { schema: CORE_SCHEMA }) as Plan;
}

/** Intl's offsets, counting the calls: each expansion of the example plan asks at least once. */
function countingZoneOffset(): { source: ZoneOffsetSource; calls: () => number } {
  let calls = 0;
  return {
    source: (timeZone, instant) => {
      calls += 1;
      return intlZoneOffset(timeZone, instant);
    },
    calls: () => calls,
  };
}

describe('PlanModel touchpoints', () => {
  const window = { from: '2027-02-10', to: '2027-03-20' };

  it('gives the same window whether the whole schedule was built before or not', () => {
    const fresh = buildTouchpoints(examplePlan(), window);
    const model = new PlanModel(examplePlan());
    const before = model.touchpoints(window);
    const whole = model.touchpoints();
    const after = model.touchpoints(window);
    expect(before).toEqual(fresh);
    expect(after).toEqual(fresh);
    expect(after).toEqual(whole.filter((t) => t.date >= window.from && t.date <= window.to));
    expect(fresh.length).toBeGreaterThan(5);
  });

  it('expands the whole schedule once per model, and keeps it on the model alone', () => {
    const plan = examplePlan();
    const zone = countingZoneOffset();
    const model = new PlanModel(plan, zone.source);
    const first = model.touchpoints();
    const expanded = zone.calls();
    expect(expanded).toBeGreaterThan(0);
    expect(model.touchpoints()).toBe(first);
    model.touchpoints(window);
    expect(zone.calls()).toBe(expanded);
    // Another model of the same plan shares nothing with the first: no cache outside it.
    const other = countingZoneOffset();
    expect(new PlanModel(plan, other.source).touchpoints()).toEqual(first);
    expect(other.calls()).toBe(expanded);
  });

  it('hands out read-only touchpoints, so a caller cannot change what the next one gets', () => {
    const model = new PlanModel(examplePlan());
    const whole = model.touchpoints();
    expect(Object.isFrozen(whole)).toBe(true);
    const shared = whole.filter((t) => t.channel === whole[0]?.channel);
    expect(shared.length).toBeGreaterThan(1);
    expect(shared.every((t) => Object.isFrozen(t.audiences))).toBe(true);
    expect(() => ((whole as unknown as { length: number }).length = 0)).toThrow(TypeError);
  });
});
