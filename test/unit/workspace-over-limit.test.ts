import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Touchpoint } from '../../src/core/schedule/touchpoints.js';
import type { Org } from '../../src/core/workspace/org-schema.js';
import { MAX_PLANS_NAMED, planForRules, runWorkspaceRules } from '../../src/core/workspace/workspace-rules.js';

const org = {
  version: 1,
  audiences: [{ id: 'exec-team', name: 'Executive team', influence: 'high', weekly_limit: 3 }],
  rules: { 'same-day-send': 'off' },
} as unknown as Org;

/** Team `n`'s plan, sending `touches` emails to the executives in the week of 2027-03-08. */
function team(n: number, touches: number) {
  const plan = {
    version: 1,
    plan: { id: `team-${n}`, name: `Team ${n}`, start: '2027-01-04', end: '2027-12-23' },
    channels: [{ id: 'update', type: 'email', cadence: 'weekly' }],
  } as unknown as Plan;
  const touchpoints: Touchpoint[] = Array.from({ length: touches }, (_, day) => ({
    date: `2027-03-${String(8 + day).padStart(2, '0')}`,
    time: null,
    channel: 'update',
    type: 'email',
    audiences: ['exec-team'],
    owner: null,
  }));
  return planForRules(`teams/${n}.yaml`, plan, touchpoints, org);
}

function overLimitMessages(plans: ReturnType<typeof team>[]) {
  return runWorkspaceRules(plans, org)
    .filter(({ finding }) => finding.rule === 'shared-audience-limit')
    .map(({ finding }) => finding);
}

describe('a shared audience over its weekly limit', () => {
  it('names every plan and its touches when a few plans make it up, the busiest first', () => {
    const [finding] = overLimitMessages([team(1, 1), team(2, 3)]);
    expect(finding!.message).toBe(
      'Executive team (exec-team) gets 4 touches in the week of 2027-03-08, over its limit of 3: team-2 3 (update 03-08, update 03-09, update 03-10); team-1 1 (update 03-08)',
    );
    expect(finding!.hint).not.toContain('--view load');
  });

  it(`names the ${MAX_PLANS_NAMED} busiest plans of many and counts the others, pointing at the load view`, () => {
    const plans = Array.from({ length: 40 }, (_, n) => team(n + 1, n < 5 ? 2 : 1));
    const [finding] = overLimitMessages(plans);
    expect(finding!.message).toContain(
      'gets 45 touches in the week of 2027-03-08, over its limit of 3: team-1 2 (update 03-08, update 03-09);',
    );
    const named = finding!.message.match(/team-\d+ \d+ \(/g) ?? [];
    expect(named).toHaveLength(MAX_PLANS_NAMED);
    // 40 plans, 12 named: the other 28 have one touch each.
    expect(finding!.message).toMatch(/; and 28 more plans with 28 touches$/);
    expect(finding!.hint).toBe(
      'Agree between 40 plans which touches can move to another week or merge, or raise weekly_limit here. `herald schedule <folder> --view load` lists every plan’s touches by week.',
    );
  });
});
