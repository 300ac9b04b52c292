import type { DataPath, Finding } from '../plan/diagnostics.js';
import { isRecord } from '../plan/data-access.js';
import { isIsoDate } from '../time/dates.js';
import { LEVELS } from '../plan/formats.js';
import { PLANNING_RULES, RULE_SETTINGS } from '../rules/catalog.js';
import { show } from '../words/text.js';
import type { Org } from './org-schema.js';
import { WORKSPACE_RULES } from './workspace-rules-catalog.js';

/**
 * The checks of an organisation file's data, by hand: the file is small and its shape flat,
 * so a few direct checks give better messages than a compiled schema would. They follow
 * org-schema.ts (a unit test compares the keys).
 */
export function checkOrg(data: unknown): { org: Org | undefined; findings: Finding[] } {
  const findings: Finding[] = [];
  const error = (path: DataPath, message: string, hint?: string, at: 'key' | 'value' = 'value'): void => {
    findings.push({ rule: 'org-file', severity: 'error', message, path, at, ...(hint === undefined ? {} : { hint }) });
  };
  if (!isRecord(data)) {
    error(
      [],
      'The organisation file is not a mapping',
      'Begin herald.org.yaml with `version: 1`, then `audiences:`, `blackouts:` or `rules:`.',
    );
    return { org: undefined, findings };
  }
  unknownKeys(data, [], ['version', 'organization', 'audiences', 'blackouts', 'rules'], error);
  if (data.version !== 1)
    error(['version'], `version is ${show(data.version)}; the organisation file format is version 1`, 'Write `version: 1`.');
  if (data.organization !== undefined && typeof data.organization !== 'string') error(['organization'], 'organization is not text');

  const ids = new Set<string>();
  listOf(data, 'audiences', error).forEach((entry, index) => {
    const at = (key: string): DataPath => ['audiences', index, key];
    unknownKeys(entry, ['audiences', index], ['id', 'name', 'size', 'influence', 'interest', 'weekly_limit'], error);
    if (typeof entry.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(entry.id))
      error(
        entry.id === undefined ? ['audiences', index] : at('id'),
        'A shared audience needs an id: a lowercase slug',
        'e.g. `id: exec-team`.',
      );
    else if (ids.has(entry.id))
      error(at('id'), `The shared audience id "${entry.id}" is used twice`, 'Give each shared audience its own id.');
    else ids.add(entry.id);
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      error(entry.name === undefined ? ['audiences', index] : at('name'), 'A shared audience needs a name', 'e.g. `name: Executive team`.');
    if (entry.size !== undefined && !(Number.isInteger(entry.size) && (entry.size as number) >= 0))
      error(at('size'), `size is ${show(entry.size)}; it is a whole number of people`);
    for (const key of ['influence', 'interest'] as const) {
      if (entry[key] !== undefined && !(LEVELS as readonly unknown[]).includes(entry[key]))
        error(at(key), `${key} is ${show(entry[key])}; it is high, medium or low`);
    }
    if (entry.weekly_limit !== undefined && !(Number.isInteger(entry.weekly_limit) && (entry.weekly_limit as number) >= 1))
      error(at('weekly_limit'), `weekly_limit is ${show(entry.weekly_limit)}; it is a whole number of touches, at least 1`);
  });

  listOf(data, 'blackouts', error).forEach((entry, index) => {
    const at = (key: string): DataPath => ['blackouts', index, key];
    unknownKeys(entry, ['blackouts', index], ['start', 'end', 'reason'], error);
    if (typeof entry.start !== 'string' || !isIsoDate(entry.start))
      error(
        entry.start === undefined ? ['blackouts', index] : at('start'),
        `A blackout needs a start date, YYYY-MM-DD${entry.start === undefined ? '' : ` (not ${show(entry.start)})`}`,
      );
    if (entry.end !== undefined && (typeof entry.end !== 'string' || !isIsoDate(entry.end)))
      error(at('end'), `end is ${show(entry.end)}; it is a date, YYYY-MM-DD`);
    else if (typeof entry.end === 'string' && typeof entry.start === 'string' && entry.end < entry.start)
      error(at('end'), `The blackout ends (${entry.end}) before it starts (${entry.start})`);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      error(
        entry.reason === undefined ? ['blackouts', index] : at('reason'),
        'A blackout needs a reason',
        'e.g. `reason: Results week`: plans that clash are told it.',
      );
  });

  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) error(['rules'], 'rules is not a mapping', 'e.g. `rules: { over-communication: 4, blackout: warning }`.');
    else {
      const known = new Map<string, boolean>([
        ...PLANNING_RULES.map((rule): [string, boolean] => [rule.id, 'threshold' in rule]),
        ...WORKSPACE_RULES.map((rule): [string, boolean] => [rule.id, false]),
      ]);
      for (const [id, setting] of Object.entries(data.rules)) {
        const threshold = known.get(id);
        if (threshold === undefined) error(['rules', id], `There is no rule "${id}"`, `Rules: ${[...known.keys()].join(', ')}.`, 'key');
        else if (
          !(RULE_SETTINGS as readonly unknown[]).includes(setting) &&
          !(threshold && Number.isInteger(setting) && (setting as number) >= 1)
        )
          error(['rules', id], `${id} is ${show(setting)}; it is off, warning or error${threshold ? ', or a whole number' : ''}`);
      }
    }
  }
  return { org: findings.length === 0 ? (data as Org) : undefined, findings };
}

type Report = (path: DataPath, message: string, hint?: string, at?: 'key' | 'value') => void;

function listOf(data: Record<string, unknown>, key: string, error: Report): Array<Record<string, unknown>> {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    error([key], `${key} is not a list`, `Write each entry on its own line, starting with \`- \`.`);
    return [];
  }
  return value.flatMap((entry: unknown, index) => {
    if (isRecord(entry)) return [entry];
    error([key, index], `This entry of ${key} is not a mapping`);
    return [];
  });
}

function unknownKeys(entry: Record<string, unknown>, path: DataPath, allowed: readonly string[], error: Report): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) error([...path, key], `Unknown key "${key}"`, `Allowed here: ${allowed.join(', ')}.`, 'key');
  }
}
