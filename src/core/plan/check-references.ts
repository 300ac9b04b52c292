import type { Finding } from './diagnostics.js';
import { suggestionHint } from '../words/suggest.js';
import { capitalise } from '../words/text.js';
import { SLUG_PATTERN } from './formats.js';
import { describeOwner, entriesOf, singular, stringAt } from './data-access.js';

const SLUG = new RegExp(SLUG_PATTERN);

/** Sections whose entries have ids, in file order. */
const ID_SECTIONS = ['research', 'goals', 'audiences', 'channels', 'highlights'] as const;
type IdSection = (typeof ID_SECTIONS)[number];

/** Which fields point at which section's ids. */
const REFERENCES: ReadonlyArray<{ from: string; field: string; to: IdSection; list: boolean }> = [
  { from: 'goals', field: 'audiences', to: 'audiences', list: true },
  { from: 'goals', field: 'research', to: 'research', list: true },
  { from: 'audiences', field: 'channels', to: 'channels', list: true },
  { from: 'highlights', field: 'goals', to: 'goals', list: true },
  { from: 'highlights', field: 'audiences', to: 'audiences', list: true },
  { from: 'measurements', field: 'goal', to: 'goals', list: false },
  { from: 'touches', field: 'channel', to: 'channels', list: false },
  { from: 'touches', field: 'audiences', to: 'audiences', list: true },
];

/** Duplicate ids and references to ids that do not exist. Works on unchecked data. */
export function checkReferences(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const known = new Map<IdSection, string[]>();
  for (const section of ID_SECTIONS) {
    const firstIndex = new Map<string, number>();
    for (const { entry, index } of entriesOf(data, section)) {
      const id = stringAt(entry, 'id');
      if (id === undefined) continue;
      const first = firstIndex.get(id);
      if (first === undefined) {
        firstIndex.set(id, index);
      } else {
        findings.push({
          rule: 'duplicate-id',
          severity: 'error',
          message: `Duplicate ${singular(section)} id "${id}"`,
          hint: `Ids must be unique among ${section}; ${singular(section)} #${first + 1} already uses "${id}". Rename one of them.`,
          path: [section, index, 'id'],
        });
      }
    }
    known.set(section, [...firstIndex.keys()]);
  }

  for (const reference of REFERENCES) {
    const ids = known.get(reference.to) ?? [];
    const idSet = new Set(ids);
    for (const { entry, index } of entriesOf(data, reference.from)) {
      const value = Object.prototype.hasOwnProperty.call(entry, reference.field) ? entry[reference.field] : undefined;
      const targets: Array<{ id: unknown; path: Array<string | number> }> = reference.list
        ? Array.isArray(value)
          ? value.map((id: unknown, at) => ({ id, path: [reference.from, index, reference.field, at] }))
          : []
        : [{ id: value, path: [reference.from, index, reference.field] }];
      for (const target of targets) {
        // Ids that are not slugs were reported by the structural check already.
        if (typeof target.id !== 'string' || idSet.has(target.id) || !SLUG.test(target.id)) continue;
        findings.push({
          rule: 'unknown-reference',
          severity: 'error',
          message: `${capitalise(describeOwner(data, target.path))} refers to unknown ${singular(reference.to)} "${target.id}"`,
          hint: suggestionHint(target.id, ids, reference.to),
          path: target.path,
        });
      }
    }
  }
  return findings;
}
