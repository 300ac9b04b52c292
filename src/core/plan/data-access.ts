import type { DataPath } from './diagnostics.js';

/** Read-only helpers for walking plan data that has not been checked yet. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function entriesOf(data: unknown, section: string): Array<{ entry: Record<string, unknown>; index: number }> {
  const list = isRecord(data) ? data[section] : undefined;
  if (!Array.isArray(list)) return [];
  const result: Array<{ entry: Record<string, unknown>; index: number }> = [];
  list.forEach((entry: unknown, index) => {
    if (isRecord(entry)) result.push({ entry, index });
  });
  return result;
}

/** The list at a top-level key of unchecked data, or none: walked by index, without an object per entry (entriesOf). */
export function listAt(data: unknown, key: string): readonly unknown[] {
  const list = isRecord(data) ? data[key] : undefined;
  return Array.isArray(list) ? list : [];
}

export function stringAt(record: Record<string, unknown>, key: string): string | undefined {
  const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

const SINGULAR: Record<string, string> = {
  research: 'research entry',
  goals: 'goal',
  audiences: 'audience',
  channels: 'channel',
  highlights: 'highlight',
  measurements: 'measurement',
  touches: 'touch',
};

export function singular(section: string): string {
  return SINGULAR[section] ?? section;
}

/** Names the thing a path points into, the way a user thinks of it: `goal "leadership-awareness"`. */
export function describeOwner(data: unknown, path: DataPath): string {
  const [section, index] = path;
  if (typeof section !== 'string') return 'the plan';
  if (section === 'plan') return '`plan`';
  if (section === 'rules') return '`rules`';
  if (typeof index !== 'number') return `\`${section}\``;
  const entry = valueAt(data, [section, index]);
  const id = isRecord(entry) ? stringAt(entry, 'id') : undefined;
  return id !== undefined && id.length <= 60 ? `${singular(section)} "${id}"` : `${singular(section)} #${index + 1}`;
}
