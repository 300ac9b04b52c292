import type { DataPath, Finding } from './diagnostics.js';
import { closest, slugify } from '../words/suggest.js';
import { describeOwner, isRecord, valueAt } from './data-access.js';
import checkPlanSchema, { planSchema, type SchemaError } from './generated/check-plan-schema.js';
import { capitalise, lowerFirst, show } from '../words/text.js';
import { DATE_PATTERN, DURATION_PATTERN, SLUG_PATTERN, TIME_PATTERN } from './formats.js';

/**
 * Structural checks: the compiled JSON Schema does the checking; this module only turns its
 * errors into findings a person can act on, with the schema's own descriptions as hints.
 */
export function checkStructure(data: unknown): Finding[] {
  if (!isRecord(data)) return [notAMap(data)];
  if (checkPlanSchema(data)) return [];
  const errors = checkPlanSchema.errors ?? [];
  // A union (a rule's setting) fails in every branch; one message for the value is enough.
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // `version: "1"` fails both its type and its constant; the constant says more.
  const constPaths = new Set(errors.filter((e) => e.keyword === 'const').map((e) => e.instancePath));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (unionPaths.has(error.instancePath) && error.keyword !== 'anyOf') continue;
    if (constPaths.has(error.instancePath) && error.keyword === 'type') continue;
    const finding = describeError(data, error);
    const key = `${finding.rule}|${finding.message}|${(finding.path ?? []).join('/')}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

function notAMap(data: unknown): Finding {
  const found = data === null || data === undefined ? 'is empty' : Array.isArray(data) ? 'is a list' : `is a single value`;
  return {
    rule: 'plan-not-map',
    severity: 'error',
    message: `The plan ${found}; Herald expects a mapping of sections (version, plan, goals, …)`,
    hint: 'Start from `herald init`, or begin the file with `version: 1` and a `plan:` section.',
    path: [],
  };
}

function describeError(data: unknown, error: SchemaError): Finding {
  const path = toPath(data, error.instancePath);
  const owner = describeOwner(data, path);
  const field = path.length > 0 ? String(path[path.length - 1]) : '';
  const value = valueAt(data, path);
  const schema = schemaAt(error.schemaPath);
  const description = typeof schema?.description === 'string' ? schema.description : undefined;
  const base = { severity: 'error' as const, path };
  const params = error.params;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const parent = schemaAt(error.schemaPath.replace(/\/required$/, ''));
      const about = propertyDescription(parent, missing);
      if (missing === 'version') {
        return { ...base, rule: 'version', message: 'The plan has no `version`', hint: 'Add `version: 1` as the first line.' };
      }
      return {
        ...base,
        rule: 'required-key',
        message: `${capitalise(owner)} has no \`${missing}\``,
        hint: `Add \`${missing}:\`${about === undefined ? '' : ` — ${lowerFirst(about)}`}`,
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(propertiesOf(schemaAt(error.schemaPath.replace(/\/additionalProperties$/, ''))));
      const where = path.length === 0 ? 'at the top of the plan' : `in ${owner}`;
      const isRules = path.length === 1 && path[0] === 'rules';
      const match = closest(key, allowed);
      return {
        ...base,
        rule: isRules ? 'unknown-rule' : 'unknown-key',
        path: [...path, key],
        at: 'key',
        message: isRules ? `Unknown rule "${key}" in \`rules\`` : `Unknown key \`${key}\` ${where}`,
        hint: match !== undefined ? `Did you mean \`${match}\`?` : `Allowed ${isRules ? 'rules' : 'keys'}: ${allowed.join(', ')}.`,
      };
    }
    case 'type': {
      const expected = String(params.type);
      return {
        ...base,
        rule: 'type',
        message: `${fieldOf(field, owner, path)} must be ${article(expected)}, not ${kindOf(value)}`,
        hint: typeHint(expected, value, description),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const match = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        ...base,
        rule: 'enum',
        message: `${fieldOf(field, owner, path)} is ${show(value)}; it must be one of ${allowed.join(', ')}`,
        hint: match !== undefined ? `Did you mean "${match}"?` : (description ?? `Use one of: ${allowed.join(', ')}.`),
      };
    }
    case 'anyOf':
      return {
        ...base,
        rule: 'enum',
        message: `Rule setting ${show(value)} for "${field}" is not valid`,
        hint: 'Set a rule to off, warning, error, or for rules with a threshold a whole number of 1 or more.',
      };
    case 'const':
      if (path[0] === 'version' && path.length === 1) {
        return {
          ...base,
          rule: 'version',
          message: `Unsupported plan version ${show(value)}`,
          hint: 'This Herald reads version 1 plans: set `version: 1`.',
        };
      }
      return { ...base, rule: 'type', message: `\`${field}\` must be ${show(params.allowedValue)}`, hint: description ?? '' };
    case 'pattern':
      return patternFinding(base, String(params.pattern), field, owner, value);
    case 'minimum':
      return {
        ...base,
        rule: 'type',
        message: `${fieldOf(field, owner, path)} must be ${String(params.limit)} or more`,
        hint: description ?? '',
      };
    default:
      return {
        ...base,
        rule: 'type',
        message: `${fieldOf(field, owner, path)} ${error.message ?? 'is not valid'}`,
        hint: description ?? '',
      };
  }
}

function patternFinding(
  base: { severity: 'error'; path: DataPath },
  pattern: string,
  field: string,
  owner: string,
  value: unknown,
): Finding {
  const text = String(value);
  switch (pattern) {
    case SLUG_PATTERN: {
      const slug = slugify(text);
      const isId = field === 'id';
      return {
        ...base,
        rule: 'slug',
        message: isId ? `Id ${show(text)} of ${owner} is not a slug` : `Reference ${show(text)} in ${owner} is not an id`,
        hint: `Ids are lowercase letters, digits and dashes, starting with a letter or digit${slug === '' ? '' : `, e.g. "${slug}"`}.`,
      };
    }
    case DATE_PATTERN:
      return {
        ...base,
        rule: 'invalid-date',
        message: `${fieldOf(field, owner, base.path)} is ${show(text)}, not a date`,
        hint: 'Write dates as YYYY-MM-DD, e.g. 2027-01-04.',
      };
    case TIME_PATTERN:
      return {
        ...base,
        rule: 'invalid-time',
        message: `${fieldOf(field, owner, base.path)} is ${show(text)}, not a time`,
        hint: 'Write times as "HH:MM" on a 24-hour clock, in quotes, e.g. "09:00".',
      };
    case DURATION_PATTERN:
      return {
        ...base,
        rule: 'invalid-duration',
        message: `${fieldOf(field, owner, base.path)} is ${show(text)}, not a duration`,
        hint: 'Write durations in hours and minutes, e.g. 10m, 1h, 1h30m.',
      };
    default:
      return { ...base, rule: 'type', message: `${fieldOf(field, owner, base.path)} does not have the expected form`, hint: '' };
  }
}

function typeHint(expected: string, value: unknown, description: string | undefined): string {
  if ((expected === 'number' || expected === 'integer') && typeof value === 'string') {
    return `Write the number without quotes or units${description === undefined ? '' : `: ${lowerFirst(description)}`}`;
  }
  if (expected === 'array') return 'Write a list, e.g. `[a, b]` or one `- item` per line.';
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `Put the value in quotes to keep it as text.`;
  return description ?? '';
}

type SchemaNode = Record<string, unknown>;

/**
 * The schema object at an ajv `schemaPath` such as `#/properties/goals/items/required`, in the
 * schema the validator checked against: the printed one's structure and descriptions.
 */
function schemaAt(schemaPath: string): SchemaNode | undefined {
  let node: unknown = planSchema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return isRecord(node) ? node : undefined;
}

function propertiesOf(schema: SchemaNode | undefined): Record<string, unknown> {
  return schema !== undefined && isRecord(schema.properties) ? schema.properties : {};
}

function propertyDescription(schema: SchemaNode | undefined, key: string): string | undefined {
  const property = propertiesOf(schema)[key];
  return isRecord(property) && typeof property.description === 'string' ? property.description : undefined;
}

/** `/goals/0/title` -> ['goals', 0, 'title'], numbers only where the data is a list. */
function toPath(data: unknown, pointer: string): DataPath {
  const path: Array<string | number> = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text (${show(value)})`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  return 'a value of another kind';
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

/** "`baseline` in goal "x"", or just "`version`" for a key at the top of the plan. */
function fieldOf(field: string, owner: string, path: DataPath): string {
  return path.length <= 1 ? `\`${field}\`` : `\`${field}\` in ${owner}`;
}
