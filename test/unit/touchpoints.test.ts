import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildTouchpoints } from '../../src/core/schedule/touchpoints.js';

function examplePlan(): Plan {
  return load(readFileSync(new URL('../../examples/herald.yaml', import.meta.url), 'utf8'), { schema: CORE_SCHEMA }) as Plan;
}

describe('buildTouchpoints', () => {
  const window = { from: '2027-02-10', to: '2027-03-20' };

  it('gives the same window whether the whole schedule was built before or not', () => {
    const fresh = buildTouchpoints(examplePlan(), window);
    const plan = examplePlan();
    const whole = buildTouchpoints(plan);
    const reused = buildTouchpoints(plan, window);
    expect(reused).toEqual(fresh);
    expect(reused).toEqual(whole.filter((t) => t.date >= window.from && t.date <= window.to));
    expect(fresh.length).toBeGreaterThan(5);
  });

  it('hands out a copy, so a caller cannot change what the next one gets', () => {
    const plan = examplePlan();
    const first = buildTouchpoints(plan);
    first.length = 0;
    expect(buildTouchpoints(plan).length).toBeGreaterThan(0);
  });
});
