import type { Finding } from './diagnostics.js';
import { suggestionHint } from '../words/suggest.js';
import { capitalise } from '../words/text.js';
import { SLUG_PATTERN } from './formats.js';
import { describeOwner, isRecord, listAt, singular, stringAt } from './data-access.js';

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
  // Each section's ids, in file order, with the index of the entry that has each first.
  const known = new Map<IdSection, Map<string, number>>();
  for (const section of ID_SECTIONS) {
    const firstIndex = new Map<string, number>();
    const entries = listAt(data, section);
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index];
      if (!isRecord(entry)) continue;
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
    known.set(section, firstIndex);
  }

  for (const reference of REFERENCES) {
    const idSet = known.get(reference.to) ?? new Map<string, number>();
    // Ids that are not slugs were reported by the structural check already.
    const unknown = (id: unknown): id is string => typeof id === 'string' && !idSet.has(id) && SLUG.test(id);
    const report = (id: string, path: Array<string | number>): void => {
      findings.push({
        rule: 'unknown-reference',
        severity: 'error',
        message: `${capitalise(describeOwner(data, path))} refers to unknown ${singular(reference.to)} "${id}"`,
        hint: suggestionHint(id, [...idSet.keys()], reference.to),
        path,
      });
    };
    // Each reference checked where it is; a path is made only for a finding (most plans have none).
    // Indexed: a {entry, index} for each entry of each section, for each plan, was most of what this allocated.
    const entries = listAt(data, reference.from);
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index];
      if (!isRecord(entry)) continue;
      const value = Object.prototype.hasOwnProperty.call(entry, reference.field) ? entry[reference.field] : undefined;
      if (!reference.list) {
        if (unknown(value)) report(value, [reference.from, index, reference.field]);
      } else if (Array.isArray(value)) {
        for (let at = 0; at < value.length; at += 1) {
          const id: unknown = value[at];
          if (unknown(id)) report(id, [reference.from, index, reference.field, at]);
        }
      }
    }
  }
  return findings;
}
