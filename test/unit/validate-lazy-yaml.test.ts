import { describe, expect, it, vi } from 'vitest';
import { explainSyntaxErrors, validatePlan } from '../../src/core/plan/validate-plan.js';
import { CLEAN_PLAN } from '../helpers/validate-text.js';

// `yaml` is a vendor bundle: start-up must not load it for a plan that parses. The mock
// records whether anything imported it, and otherwise passes it through.
const loaded = vi.hoisted(() => ({ yaml: false }));
vi.mock('yaml', async (importOriginal) => {
  loaded.yaml = true;
  return importOriginal();
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('validatePlan and `yaml`', () => {
  it('checks a valid plan, and one with errors that parses, without loading `yaml`', async () => {
    const valid = await explainSyntaxErrors(validatePlan(bytes(CLEAN_PLAN), { today: '2026-11-23' }));
    expect(valid.plan).toBeDefined();
    const wrong = await explainSyntaxErrors(validatePlan(bytes(CLEAN_PLAN.replace('version: 1', 'version: one')), { today: '2026-11-23' }));
    expect(wrong.plan).toBeUndefined();
    expect(wrong.syntaxError).toBeUndefined();
    expect(loaded.yaml).toBe(false);
  });

  it('reports the first syntax error at once, and loads `yaml` only to list them all', async () => {
    const text = 'version: 1\nplan: [1, 2\n  name: "open\n';
    const first = validatePlan(bytes(text), { today: '2026-11-23' });
    expect(first.diagnostics).toHaveLength(1);
    expect(first.syntaxError).toBeDefined();
    expect(loaded.yaml).toBe(false);
    const all = await explainSyntaxErrors(first);
    expect(loaded.yaml).toBe(true);
    expect(all.diagnostics.length).toBeGreaterThan(1);
    expect(all.diagnostics.every((d) => d.rule === 'yaml-syntax')).toBe(true);
  });
});
