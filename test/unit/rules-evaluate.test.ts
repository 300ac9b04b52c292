/** The rules about what a plan measures: outputs only, and survey figures on too few answers. */
import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, cleanPlanWith, rulesOf, validateText } from '../helpers/validate-text.js';

const FEW = cleanPlanWith(
  '{ goal: awareness, date: 2027-02-01, value: 45 }',
  '{ goal: awareness, date: 2027-02-01, value: 45, responses: 3 }',
);
const OUTPUTS = cleanPlanWith('    due: 2027-03-31\n', '    due: 2027-03-31\n    level: output\n');

describe('survey-responses', () => {
  it('warns at the responses of a measurement resting on fewer than 5 answers', async () => {
    const found = (await validateText(FEW)).diagnostics.filter((d) => d.rule === 'survey-responses');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 45,
        message: 'The measurement of "awareness" on 2027-02-01 rests on 3 responses: too few to report, and no longer anonymous',
      }),
    ]);
  });

  it('is quiet at 5 responses and without `responses`, and takes a threshold or off in rules:', async () => {
    expect(await rulesOf(FEW.replace('responses: 3', 'responses: 5'))).not.toContain('survey-responses');
    expect(await rulesOf(CLEAN_PLAN)).not.toContain('survey-responses');
    expect(await rulesOf(`${FEW}rules:\n  survey-responses: 3\n`)).not.toContain('survey-responses');
    expect(await rulesOf(`${FEW.replace('responses: 3', 'responses: 9')}rules:\n  survey-responses: 10\n`)).toContain('survey-responses');
    expect(await rulesOf(`${FEW}rules:\n  survey-responses: off\n`)).not.toContain('survey-responses');
    const asError = await validateText(`${FEW}rules:\n  survey-responses: error\n`);
    expect(asError.diagnostics.find((d) => d.rule === 'survey-responses')?.severity).toBe('error');
  });
});

describe('outputs-only', () => {
  it('warns when every goal is an output goal, at the first goal level', async () => {
    const found = (await validateText(OUTPUTS)).diagnostics.filter((d) => d.rule === 'outputs-only');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 20 });
    expect(found[0]?.message).toContain('measures activity, not its effect');
    expect(found[0]?.hint).toContain('outcome goal');
  });

  it('is quiet when one goal is an outtake or outcome (the default), and off in rules:', async () => {
    const mixed = OUTPUTS.replace(
      'goals:\n',
      'goals:\n  - id: understood\n    title: Leaders understand the plan\n    metric: Share who agree\n    unit: "%"\n    baseline: 30\n    target: 70\n    level: outtake\n    research: [pulse]\n',
    );
    expect(await rulesOf(mixed)).not.toContain('outputs-only');
    expect(await rulesOf(CLEAN_PLAN)).not.toContain('outputs-only');
    expect(await rulesOf(`${OUTPUTS}rules:\n  outputs-only: off\n`)).not.toContain('outputs-only');
  });
});
