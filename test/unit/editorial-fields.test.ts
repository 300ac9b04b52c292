/** The editorial fields of the plan format (PRODUCT.md section 2): optional, and checked at their line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateText } from '../helpers/validate-text.js';

const PLAN = readFileSync(new URL('../fixtures/editorial/onboarding.yaml', import.meta.url), 'utf8');

async function errors(text: string) {
  return (await validateText(text)).diagnostics.filter((d) => d.severity === 'error');
}

describe('editorial fields', () => {
  it('accepts message, ask, impact, dated next, level and responses', async () => {
    expect(await errors(PLAN)).toEqual([]);
  });

  it('reports a bad impact, a bad level and a next step on no real date at their line', async () => {
    const bad = PLAN.replace('    impact: high\n    goals: [coaching-cost', '    impact: huge\n    goals: [coaching-cost')
      .replace('    level: output', '    level: outputs')
      .replace('by: 2027-03-19', 'by: 2027-02-30');
    const found = await errors(bad);
    const at = (text: string) => found.find((d) => d.message.includes(text));
    expect(at('huge')).toMatchObject({ rule: 'enum', line: 93 });
    expect(at('outputs')).toMatchObject({ line: 27 });
    expect(at('2027-02-30')).toMatchObject({ rule: 'invalid-date', line: 99 });
  });

  it('checks touches: a known channel, a status, a real date', async () => {
    const text = `${PLAN}touches:\n  - { channel: exec-mail, date: 2027-03-01, status: sent, reach: 8 }\n  - { channel: exec-email, date: 2027-03-15, status: done }\n`;
    const found = await errors(text);
    expect(found.find((d) => d.rule === 'unknown-reference')?.message).toBe('Touch #1 refers to unknown channel "exec-mail"');
    expect(found.some((d) => d.message.includes('done'))).toBe(true);
  });
});
