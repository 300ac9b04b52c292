import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/core/plan/validate-plan.js';
import { CLEAN_PLAN, cleanPlanWith, rulesOf, validateText } from '../helpers/validate-text.js';

/** Each planning rule: a plan that triggers it, the clean plan that does not, and `rules:` turning it off. */
const CASES: Array<{ rule: string; plan: string; today?: string; line: number }> = [
  { rule: 'goal-measurable', plan: cleanPlanWith('    baseline: 20\n', ''), line: 13 },
  { rule: 'goal-research', plan: cleanPlanWith('    research: [pulse]\n', ''), line: 13 },
  { rule: 'goal-overdue', plan: cleanPlanWith(/measurements:\n.*\n/, ''), today: '2027-04-02', line: 19 },
  {
    rule: 'audience-unreached',
    plan: `${cleanPlanWith('audiences:\n', 'audiences:\n  - id: support\n    name: Support\n    channels: []\n')}`,
    line: 25,
  },
  {
    rule: 'channel-unused',
    plan: cleanPlanWith('channels:\n  - id: digest', 'channels:\n  - id: podcast\n    type: podcast\n    cadence: monthly\n  - id: digest'),
    line: 28,
  },
  {
    rule: 'decision-makers-quiet',
    plan: cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [staff-meeting]').replace(
      'every 2 weeks on thursday',
      'quarterly on the first thursday',
    ),
    line: 26,
  },
  { rule: 'over-communication', plan: cleanPlanWith('cadence: weekly on monday', 'cadence: daily'), line: 26 },
  { rule: 'one-way', plan: cleanPlanWith('    feedback: Reply to the digest.\n', ''), line: 27 },
  { rule: 'highlight-evidence', plan: cleanPlanWith('    evidence: https://crm.example.com/reports/123\n', ''), line: 39 },
  { rule: 'cadence-skips', plan: cleanPlanWith('every 2 weeks on thursday', 'monthly on day 30'), line: 35 },
  // Digest Mondays 18 Jan to 8 Feb unrecorded; the staff meetings of the last 28 days are.
  { rule: 'touch-unrecorded', plan: withTouches(['digest', '2027-01-04', 'sent']), today: '2027-02-15', line: 30 },
];

/** CLEAN_PLAN with touches: the staff meetings of 21 Jan (sent) and 4 Feb (skipped), and these. */
function withTouches(...touches: Array<[string, string, string]>): string {
  const all = [...touches, ['staff-meeting', '2027-01-21', 'sent'], ['staff-meeting', '2027-02-04', 'skipped']];
  return `${CLEAN_PLAN}touches:\n${all.map(([channel, date, status]) => `  - { channel: ${channel}, date: ${date}, status: ${status} }\n`).join('')}`;
}

describe('planning rules', () => {
  it('the clean plan triggers none of them', async () => {
    expect(await rulesOf(CLEAN_PLAN, '2027-04-02')).toEqual([]);
  });

  for (const { rule, plan, today, line } of CASES) {
    describe(rule, () => {
      it('warns, at the line to fix, with a hint', async () => {
        const result = await validateText(plan, today);
        const found = result.diagnostics.filter((d) => d.rule === rule);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'warning', line });
        expect(found[0]?.hint).toBeTruthy();
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });

      it('is turned off, or made an error, in rules:', async () => {
        expect(await rulesOf(`${plan}rules:\n  ${rule}: off\n`, today)).not.toContain(rule);
        const asError = await validateText(`${plan}rules:\n  ${rule}: error\n`, today);
        expect(asError.diagnostics.find((d) => d.rule === rule)?.severity).toBe('error');
      });
    });
  }
});

describe('rule thresholds', () => {
  it('over-communication: a number raises the touches allowed a week', async () => {
    const daily = cleanPlanWith('cadence: weekly on monday', 'cadence: daily');
    const result = await validateText(daily);
    expect(result.diagnostics.find((d) => d.rule === 'over-communication')?.message).toBe(
      'Audience "leadership" gets 6 touches in the week of 2027-01-04 and 5 more weeks; more than 5 a week wears people out',
    );
    expect(await rulesOf(`${daily}rules:\n  over-communication: 6\n`)).not.toContain('over-communication');
  });

  it('decision-makers-quiet: counts from the plan start to the first touch and from the last to the end', async () => {
    const late = cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [digest]').replace(
      'cadence: weekly on monday',
      'cadence: weekly on monday\n    start: 2027-02-15',
    );
    const result = await validateText(late);
    expect(result.diagnostics.find((d) => d.rule === 'decision-makers-quiet')?.message).toBe(
      'Decision-makers "leadership" hear nothing for 42 days, from 2027-01-04 to 2027-02-15',
    );
    expect(await rulesOf(`${late}rules:\n  decision-makers-quiet: 45\n`)).not.toContain('decision-makers-quiet');
  });

  it('goal-overdue: not before the due date, and not once a measurement exists', async () => {
    const unmeasured = cleanPlanWith(/measurements:\n.*\n/, '');
    expect(await rulesOf(unmeasured, '2027-03-31')).not.toContain('goal-overdue');
    expect(await rulesOf(unmeasured, '2027-04-01')).toContain('goal-overdue');
    expect(await rulesOf(CLEAN_PLAN, '2027-04-01')).not.toContain('goal-overdue');
  });

  it('goal-overdue: "today" is the plan time zone\'s date', async () => {
    const unmeasured = cleanPlanWith(/measurements:\n.*\n/, '').replace('timezone: Europe/Berlin', 'timezone: Pacific/Kiritimati');
    // 2027-03-31T12:00Z is already 2027-04-01 in Kiritimati (UTC+14).
    expect(await rulesOf(unmeasured, '2027-03-31')).toContain('goal-overdue');
  });

  it('planning rules wait until the errors are fixed', async () => {
    const result = await validateText(
      cleanPlanWith('    feedback: Reply to the digest.\n', '').replace('influence: high', 'influence: huge'),
    );
    expect(result.rulesRan).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['enum']);
  });
});

describe('validatePlan without the planning rules', () => {
  it('still checks for errors, but reports no warnings and says the rules did not run', async () => {
    const { readFileSync } = await import('node:fs');
    const { validatePlan } = await import('../../src/core/plan/validate-plan.js');
    const bytes = readFileSync(new URL('../../examples/warnings.yaml', import.meta.url));
    const today = '2026-11-23';
    const full = validatePlan(bytes, { today });
    expect(full.diagnostics.length).toBeGreaterThan(5);
    const quick = validatePlan(bytes, { today, rules: false });
    expect(quick.plan).toEqual(full.plan);
    expect(quick.diagnostics).toEqual([]);
    expect(quick.rulesRan).toBe(false);
    const broken = validatePlan(new TextEncoder().encode('version: 2\n'), { today, rules: false });
    expect(broken.plan).toBeUndefined();
    expect(broken.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('recorded touches', () => {
  it('touch-unrecorded: names the open touchpoints of the last 28 days, one warning per channel', async () => {
    const result = await validateText(withTouches(['digest', '2027-01-04', 'sent']), '2027-02-15');
    expect(result.diagnostics.filter((d) => d.rule === 'touch-unrecorded').map((d) => d.message)).toEqual([
      'Channel "digest" has 4 past touchpoints in the last 28 days recorded neither as sent nor as skipped: 2027-01-18, 2027-01-25, 2027-02-01, 2027-02-08',
    ]);
    // 11 January is more than 28 days back: not asked about, so an old plan is not flooded.
    expect(result.diagnostics.find((d) => d.rule === 'touch-unrecorded')?.message).not.toContain('2027-01-11');
    // Nor is anything before the first recorded touch: recording may start half-way.
    const late = await validateText(withTouches(['digest', '2027-02-08', 'sent']).replace('2027-01-21', '2027-02-11'), '2027-02-15');
    expect(late.diagnostics.filter((d) => d.rule === 'touch-unrecorded').map((d) => d.message)).toEqual([]);
  });

  it('touch-unrecorded: a number sets how many days back it looks; a plan without touches is not asked', async () => {
    const plan = withTouches(['digest', '2027-01-04', 'sent']);
    const week = await validateText(`${plan}rules:\n  touch-unrecorded: 7\n`, '2027-02-15');
    expect(week.diagnostics.find((d) => d.rule === 'touch-unrecorded')?.message).toContain('1 past touchpoint in the last 7 days');
    expect(await rulesOf(CLEAN_PLAN, '2027-02-15')).not.toContain('touch-unrecorded');
    const recorded = withTouches(
      ...['2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08'].map((date): [string, string, string] => ['digest', date, 'sent']),
    );
    expect(await rulesOf(recorded, '2027-02-15')).toEqual([]);
  });

  it('decision-makers-quiet: once touches are recorded, skipped touchpoints are silence and sent ones count', async () => {
    const plan = cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [digest]');
    const only = (touches: string) => `${plan}touches:\n${touches}`;
    // Planned: a digest every Monday, never quiet.
    expect(await rulesOf(plan, '2027-03-01')).not.toContain('decision-makers-quiet');
    // Recorded: sent 4 January, then skipped until 15 February; 22 February unrecorded is no touch either.
    const skipped = ['01-11', '01-18', '01-25', '02-01', '02-08', '02-15']
      .map((day) => `  - { channel: digest, date: 2027-${day}, status: skipped }\n`)
      .join('');
    const quiet = await validateText(only(`  - { channel: digest, date: 2027-01-04, status: sent }\n${skipped}`), '2027-03-01');
    expect(quiet.diagnostics.find((d) => d.rule === 'decision-makers-quiet')?.message).toBe(
      'Decision-makers "leadership" hear nothing for 56 days, from 2027-01-04 to 2027-03-01 (by the touches sent, then the schedule)',
    );
    // Before the first recorded touch the schedule still counts: recording from March on is no gap.
    expect(await rulesOf(only('  - { channel: digest, date: 2027-03-01, status: sent }\n'), '2027-03-02')).not.toContain(
      'decision-makers-quiet',
    );
  });

  it('validate --date pins the day the date rules judge by', () => {
    const plan = withTouches(['digest', '2027-01-04', 'sent']);
    const pinned = validatePlan(new TextEncoder().encode(plan), { today: '2027-01-05' });
    expect(pinned.diagnostics.map((d) => d.rule)).toEqual([]);
    const later = validatePlan(new TextEncoder().encode(plan), { today: '2027-02-15' });
    expect(later.diagnostics.map((d) => d.rule)).toEqual(['touch-unrecorded']);
  });
});
