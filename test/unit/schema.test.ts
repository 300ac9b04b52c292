import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderSchemaArtifacts } from '../../src/build/schema-artifacts.js';
import { schemaCommand } from '../../src/commands/schema/index.js';
import { zoneService } from '../../src/io/zone-service.js';

function printedSchema(): Record<string, unknown> {
  let output = '';
  schemaCommand({
    cwd: '/',
    now: new Date(0),
    zones: zoneService(new Date(0), {}),
    env: {},
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: () => true },
  });
  return JSON.parse(output) as Record<string, unknown>;
}

describe('the plan schema', () => {
  it('generated files match schema.ts (run `npm run build` after changing it)', () => {
    // The zone list follows the Node version's ICU: the committed one is rendered with, and not checked here.
    const zones = JSON.parse(readFileSync(new URL('../../src/core/plan/generated/time-zones.json', import.meta.url), 'utf8')) as string[];
    for (const [name, content] of Object.entries(renderSchemaArtifacts(zones)).filter(([name]) => name !== 'time-zones.json')) {
      expect(readFileSync(new URL(`../../src/core/plan/generated/${name}`, import.meta.url), 'utf8'), name).toBe(content);
    }
  });

  it('validates the example plans, as printed by `herald schema`, with ajv', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(printedSchema());
    for (const example of ['herald.yaml', 'warnings.yaml']) {
      const plan = load(readFileSync(new URL(`../../examples/${example}`, import.meta.url), 'utf8'), { schema: CORE_SCHEMA });
      expect(validate(plan), `${example}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what validate rejects as structure', () => {
    const validate = new Ajv({ allErrors: true }).compile(printedSchema());
    expect(validate({ version: 1, plan: { name: 'x', start: '2027-01-01', end: '2027-02-01' }, goals: [{ id: 'A b' }] })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['pattern', 'required']);
  });

  it('lists every planning rule with its description for editors', () => {
    const properties = printedSchema().properties as Record<string, { properties: Record<string, { description?: string }> }>;
    const rules = properties.rules?.properties ?? {};
    expect(Object.keys(rules)).toContain('decision-makers-quiet');
    expect(Object.values(rules).every((rule) => typeof rule.description === 'string')).toBe(true);
  });
});
