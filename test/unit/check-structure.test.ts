import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

async function only(text: string) {
  const result = await validateText(text);
  return result.diagnostics;
}

describe('structure, from the compiled schema', () => {
  it('accepts the clean plan without a single diagnostic', async () => {
    expect(await only(CLEAN_PLAN)).toEqual([]);
  });

  it('reports a missing version and an unsupported one', async () => {
    expect((await only(cleanPlanWith('version: 1\n', '')))[0]).toMatchObject({ rule: 'version', message: 'The plan has no `version`' });
    expect(await only(cleanPlanWith('version: 1', 'version: "1"'))).toEqual([
      expect.objectContaining({
        rule: 'version',
        message: 'Unsupported plan version "1"',
        hint: 'This Herald reads version 1 plans: set `version: 1`.',
      }),
    ]);
    const [unsupported] = await only(cleanPlanWith('version: 1', 'version: 2'));
    expect(unsupported).toMatchObject({ rule: 'version', line: 1, column: 10, message: 'Unsupported plan version 2' });
  });

  it('reports a missing required key at the entry that lacks it', async () => {
    const [d] = await only(cleanPlanWith('    title: Leadership can name our wins\n', ''));
    expect(d).toMatchObject({ rule: 'required-key', line: 13, column: 5 });
    expect(d?.message).toBe('Goal "awareness" has no `title`');
    expect(d?.hint).toMatch(/^Add `title:`/);
  });

  it('reports an unknown key at the key, with did-you-mean', async () => {
    const [d] = await only(cleanPlanWith('    metric: Executives', '    metrc: Executives'));
    expect(d).toMatchObject({ rule: 'unknown-key', line: 15, column: 5, hint: 'Did you mean `metric`?' });
  });

  it('reports wrong types with the value found', async () => {
    const [d] = await only(cleanPlanWith('baseline: 20', 'baseline: "20"'));
    expect(d).toMatchObject({ rule: 'type', line: 17, column: 15 });
    expect(d?.message).toBe('`baseline` in goal "awareness" must be a number, not text ("20")');
  });

  it('reports an enum value with the allowed values and a suggestion', async () => {
    const [d] = await only(cleanPlanWith('influence: high', 'influence: hihg'));
    expect(d?.rule).toBe('enum');
    expect(d?.message).toContain('high, medium, low');
    expect(d?.hint).toBe('Did you mean "high"?');
  });

  it('reports ids that are not slugs, such as a path', async () => {
    const [d] = await only(cleanPlanWith('  - id: pulse\n', '  - id: ../../etc/passwd\n'));
    expect(d).toMatchObject({ rule: 'slug', line: 9, column: 9 });
    expect(d?.hint).toContain('"etc-passwd"');
  });

  it('reports a document that is not a mapping', async () => {
    expect((await only('- a\n- b\n'))[0]).toMatchObject({ rule: 'plan-not-map', line: 1, column: 1 });
    expect((await only('just text\n'))[0]?.rule).toBe('plan-not-map');
    expect((await only(''))[0]?.message).toContain('is empty');
  });

  it('reports an unknown rule name in rules:, with did-you-mean', async () => {
    const [d] = await only(`${CLEAN_PLAN}rules:\n  one-wya: off\n`);
    expect(d).toMatchObject({ rule: 'unknown-rule', hint: 'Did you mean `one-way`?' });
  });

  it('reports a rule setting that is neither a severity nor a number, once', async () => {
    const diagnostics = await only(`${CLEAN_PLAN}rules:\n  over-communication: loud\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.rule).toBe('enum');
  });
});
