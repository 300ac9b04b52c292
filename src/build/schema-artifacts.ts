import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { CADENCE_PATTERN } from '../core/cadence/schema-pattern.js';
import { DATE_PATTERN, EXACT_DATE_PATTERN, EXACT_TIME_PATTERN, TIME_PATTERN } from '../core/plan/formats.js';
import { PlanSchema } from '../core/plan/schema.js';
import { OrgSchema } from '../core/workspace/org-schema.js';

const BANNER = '// Generated from src/core/plan/schema.ts by `npm run build`: do not edit.\n';

type Node = Record<string, unknown>;

/**
 * The JSON Schema as plain JSON, without TypeBox's private symbols, as `herald schema` prints
 * it: `plan.timezone` takes the zone names given (this Node's, and UTC) as an enum.
 */
export function planJsonSchema(zones: readonly string[]): Node {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(PlanSchema)) as Node) };
  const timezone = timezoneNode(schema);
  timezone.enum = [...new Set(['UTC', ...zones])];
  return schema;
}

/**
 * validate's own copy: the same structure (so its errors' schema paths find the descriptions
 * in the printed schema), with dates and times checked for their shape only and no zone list
 * or cadence pattern. check-values then checks those values with messages a schema cannot
 * give: "not a real date", a did-you-mean for a zone, the cadence grammar's own hint. It also
 * keeps the compiled validator small.
 */
export function runtimeSchema(schema: Node): Node {
  const loose = JSON.parse(JSON.stringify(schema)) as Node;
  delete timezoneNode(loose).enum;
  const swap: Record<string, string | undefined> = {
    [EXACT_DATE_PATTERN]: DATE_PATTERN,
    [EXACT_TIME_PATTERN]: TIME_PATTERN,
    [CADENCE_PATTERN]: undefined,
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Node;
      if (typeof record.pattern === 'string' && record.pattern in swap) {
        const replacement = swap[record.pattern];
        if (replacement === undefined) delete record.pattern;
        else record.pattern = replacement;
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(loose);
  return loose;
}

function timezoneNode(schema: Node): Node {
  const plan = (schema.properties as Record<string, Node>).plan;
  return (plan?.properties as Record<string, Node>).timezone as Node;
}

/**
 * The generated files, by name: the zone names of this Node's ICU, the printed schema and
 * validate's ajv standalone validator. `zones` defaults to this Node's list; the staleness test
 * passes the committed one, since the list changes between Node releases.
 */
export function renderSchemaArtifacts(zones: readonly string[] = Intl.supportedValuesOf('timeZone')): Record<string, string> {
  const schema = planJsonSchema(zones);
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true, optimize: true } });
  const validate = ajv.compile(runtimeSchema(schema));
  return {
    // A fast path for checking `timezone` without ICU's start-up cost; names missing here
    // (a newer tz database at run time) are still asked of Intl.
    'time-zones.json': `${JSON.stringify(zones)}\n`,
    'plan-schema.json': `${JSON.stringify(schema, null, 2)}\n`,
    // The same text as a string for the bundle: an imported JSON file becomes an object literal
    // that every start builds, while validate needs the schema only to explain a mistake.
    'plan-schema-text.ts': `${BANNER}export const PLAN_SCHEMA_TEXT = ${JSON.stringify(`${JSON.stringify(schema, null, 2)}\n`)};\n`,
    'check-plan-schema.js': BANNER + `/* eslint-disable */\n` + withSchemaExport(standalone.default(ajv, validate)),
  };
}

/**
 * The validator's module also gives the schema it embeds, as `planSchema`: validate explains a
 * mistake with its descriptions (check-structure.ts) without a second copy of the schema in
 * the bundle. The embedded schema is the one whose `$schema` names the draft.
 */
function withSchemaExport(code: string): string {
  const roots = [...code.matchAll(/\bconst (schema\d+) = \{"\$schema":/g)].map((match) => match[1]);
  if (roots.length !== 1) throw new Error(`expected one embedded root schema in ajv's standalone code, found ${roots.length}`);
  return `${code}\nexport const planSchema = ${roots[0]};\n`;
}

/**
 * The organisation file's JSON Schema, as `herald schema --org` prints it. No compiled
 * validator: the file is small and check-org.ts checks it by hand.
 */
export function renderOrgSchemaArtifacts(): Record<string, string> {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(OrgSchema)) as Node) };
  return { 'org-schema.json': `${JSON.stringify(schema, null, 2)}\n` };
}
