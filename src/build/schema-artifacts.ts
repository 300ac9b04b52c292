import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { PlanSchema } from '../core/plan/schema.js';

const BANNER = '// Generated from src/core/plan/schema.ts by `npm run build`: do not edit.\n';

/** The JSON Schema as plain JSON, without TypeBox's private symbols. */
export function planJsonSchema(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(PlanSchema)) as Record<string, unknown>) };
}

/** The generated files, by name: the schema and its ajv standalone validator. */
export function renderSchemaArtifacts(): Record<string, string> {
  const schema = planJsonSchema();
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true, optimize: true } });
  const validate = ajv.compile(schema);
  return {
    // A fast path for checking `timezone` without ICU's start-up cost; names missing here
    // (a newer tz database at run time) are still asked of Intl.
    'time-zones.json': `${JSON.stringify(Intl.supportedValuesOf('timeZone'))}\n`,
    'plan-schema.json': `${JSON.stringify(schema, null, 2)}\n`,
    'check-plan-schema.js': BANNER + `/* eslint-disable */\n` + standalone.default(ajv, validate),
  };
}
