import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import planSchema from '../../src/core/plan/generated/plan-schema.json' with { type: 'json' };
import { PLAN_CHECKS } from '../../src/core/rules/catalog.js';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The table of "The plan file": each top-level key's row, by key. */
function referenceRows(): Map<string, string[]> {
  const section = readme.slice(readme.indexOf('\n## The plan file\n'));
  const body = section.slice(0, section.indexOf('\n## ', 1));
  const rows = new Map<string, string[]>();
  for (const line of body.split('\n')) {
    const match = /^\| `([a-z_]+)` \|(.*)\|\s*$/.exec(line);
    if (match !== null) rows.set(match[1]!, match[2]!.split(' | '));
  }
  return rows;
}

/** The README is the plan file's reference for its users: it must name every field of the schema. */
describe('the README plan file reference', () => {
  const rows = referenceRows();
  const sections = Object.entries((planSchema as SchemaNode).properties ?? {});

  it('has a row for every top-level key, in the schema order', () => {
    expect([...rows.keys()]).toEqual(sections.map(([key]) => key));
  });

  it('names every field of every section, and which are required', () => {
    for (const [key, node] of sections) {
      if (key === 'rules') continue; // the rules are listed with `validate`, checked below
      const entry = node.type === 'array' ? node.items : node;
      const [fields = '', required = ''] = rows.get(key) ?? [];
      for (const field of Object.keys(entry?.properties ?? {})) expect(fields, `${key}.${field}`).toContain(`\`${field}\``);
      for (const field of entry?.required ?? []) expect(required, `${key}: required ${field}`).toContain(`\`${field}\``);
    }
  });

  it('lists every planning rule', () => {
    for (const rule of Object.keys((planSchema as SchemaNode).properties?.rules?.properties ?? {})) {
      expect(readme, rule).toMatch(new RegExp(`^\\| \`${rule}\` \\|`, 'm'));
    }
  });

  it('names every check that makes a plan unusable', () => {
    for (const check of PLAN_CHECKS) expect(readme, check).toContain(`\`${check}\``);
  });
});
