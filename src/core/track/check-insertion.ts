/**
 * The safety net under the text surgery of `herald track`, `win`, `sent` and `skipped`: the
 * plan as it will be written must have no errors and say exactly what it said before plus
 * the one new entry in its section. Only the
 * structural checks run (the planning rules, which expand every cadence, add nothing here).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic, Finding } from '../plan/diagnostics.js';
import { checkReferences } from '../plan/check-references.js';
import { checkStructure } from '../plan/check-structure.js';
import { checkValues } from '../plan/check-values.js';
import type { Measurement, Plan } from '../plan/schema.js';
import { placeFindings } from '../plan/validate-plan.js';
import { SourcePositions } from '../yaml/positions.js';
import { readYaml } from '../yaml/read-yaml.js';
import type { ListSection } from './sections.js';
import { applyOrg } from '../workspace/apply-org.js';
import type { Org } from '../workspace/org-schema.js';

/**
 * `errors` is empty when the text has no errors but says something else than it should;
 * `syntaxError` is set when it is not valid YAML (errors then hold that first one alone:
 * placeSyntaxErrors lists them all).
 */
export type InsertionCheck = { ok: true; plan: Plan } | { ok: false; errors: Diagnostic[]; syntaxError?: Finding | undefined };

export function checkInsertion(text: string, before: Plan, entry: Measurement): InsertionCheck {
  return checkEntryInsertion(text, before, 'measurements', entry);
}

/** `entry` as it reads back: no undefined fields. `org`: the organisation file the plan inherits from, as it was loaded. */
export function checkEntryInsertion(
  text: string,
  before: Plan,
  section: ListSection,
  entry: unknown,
  org?: { org: Org; file: string },
): InsertionCheck {
  const read = readYaml(text);
  if (!read.ok) return { ok: false, errors: placeFindings(read.findings, new SourcePositions(text)), syntaxError: read.syntaxError };
  const inherited = org === undefined ? [] : applyOrg(read.data, org.org, org.file);
  const structure = [...inherited, ...checkStructure(read.data)];
  const findings = structure.some((finding) => finding.rule === 'plan-not-map')
    ? structure
    : [...structure, ...checkReferences(read.data), ...checkValues(read.data)];
  if (findings.length > 0) return { ok: false, errors: placeFindings(findings, read.positions) };
  // Everything the plan said before, plus the one entry: nothing else may have moved.
  const expected = { ...before, [section]: [...(before[section] ?? []), entry] };
  return isDeepStrictEqual(read.data, expected) ? { ok: true, plan: read.data as Plan } : { ok: false, errors: [] };
}
