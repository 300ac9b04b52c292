import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

async function diagnostics(text: string) {
  return (await validateText(text)).diagnostics;
}

describe('references', () => {
  it('reports a duplicate id at the second one', async () => {
    const text = cleanPlanWith(
      'highlights:\n',
      'highlights:\n  - id: webinar\n    date: 2027-01-10\n    title: Earlier webinar\n    evidence: x\n',
    );
    const [d] = await diagnostics(text);
    expect(d).toMatchObject({ rule: 'duplicate-id', line: 43, column: 9, message: 'Duplicate highlight id "webinar"' });
  });

  it('reports an unknown reference inside a flow list at its own column, with did-you-mean', async () => {
    const [d] = await diagnostics(cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [digest, staff-meetnig]'));
    expect(d).toMatchObject({ rule: 'unknown-reference', line: 26, column: 24, hint: 'Did you mean "staff-meeting"?' });
    expect(d?.message).toBe('Audience "leadership" refers to unknown channel "staff-meetnig"');
  });

  it('lists the known ids when nothing is close', async () => {
    const [d] = await diagnostics(cleanPlanWith('research: [pulse]', 'research: [interviews-2026]'));
    expect(d?.hint).toBe('Known research: "pulse".');
  });

  it('checks measurement goals and highlight references', async () => {
    const text = cleanPlanWith('{ goal: awareness,', '{ goal: awarenes,').replace('goals: [awareness]', 'goals: [reach]');
    expect((await diagnostics(text)).map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual([
      'unknown-reference@42:13',
      'unknown-reference@45:13',
    ]);
  });
});

describe('values', () => {
  it('reports a date that is not real and a time that is not a time of day', async () => {
    const text = cleanPlanWith('due: 2027-03-31', 'due: 2027-02-29').replace('time: "10:00"', 'time: "24:30"');
    expect((await diagnostics(text)).map((d) => `${d.rule}@${d.line}`)).toEqual(['invalid-date@19', 'invalid-time@36']);
  });

  it('reports a channel that ends before it starts, or runs outside the plan', async () => {
    const backwards = cleanPlanWith('    duration: 10m\n', '    duration: 10m\n    start: 2027-02-01\n    end: 2027-01-15\n');
    expect((await diagnostics(backwards))[0]).toMatchObject({ rule: 'date-order', line: 39 });
    const outside = cleanPlanWith('    duration: 10m\n', '    duration: 10m\n    start: 2027-05-01\n');
    expect((await diagnostics(outside))[0]?.message).toContain('runs entirely outside the plan');
  });

  it('reports an unknown time zone with a suggestion', async () => {
    const [d] = await diagnostics(cleanPlanWith('timezone: Europe/Berlin', 'timezone: Europe/Berln'));
    expect(d).toMatchObject({ rule: 'timezone', line: 7, column: 13, hint: 'Did you mean "Europe/Berlin"?' });
  });

  it('reports a cadence Herald cannot read, with the accepted forms', async () => {
    const [d] = await diagnostics(cleanPlanWith('cadence: weekly on monday', 'cadence: when the moon is blue'));
    expect(d).toMatchObject({ rule: 'cadence', line: 30, column: 14 });
    expect(d?.message).toBe('Channel "digest": "when the moon is blue" is not a cadence Herald can read');
    expect(d?.hint).toMatch(/weekly on tuesday/);
    const [fortnight] = await diagnostics(cleanPlanWith('cadence: weekly on monday', 'cadence: every fortnight'));
    expect(fortnight?.hint).toContain('"every 2 weeks"');
  });

  it('accepts the clean plan', async () => {
    expect(await diagnostics(CLEAN_PLAN)).toEqual([]);
  });
});
