import type { Finding } from '../plan/diagnostics.js';
import { isRecord } from '../plan/data-access.js';
import { PLANNING_RULES } from '../rules/catalog.js';
import { show } from '../words/text.js';
import type { Org, SharedAudience } from './org-schema.js';

/** The fields of a shared audience a plan inherits, and may state only with the same value. */
const INHERITED = ['name', 'size', 'influence', 'interest'] as const satisfies ReadonlyArray<keyof SharedAudience>;
const PLANNING_RULE_IDS = new Set<string>(PLANNING_RULES.map((rule) => rule.id));

/**
 * Puts what the organisation file says into a plan's data, before the plan's own checks, so
 * every command sees one complete plan: a plan audience whose id is a shared audience's gets
 * the fields it does not state, and the plan's `rules:` gets the organisation's settings it
 * does not state. A field the plan states differently is an error at the plan's own line.
 * Mutates `data`, which is fresh from the YAML reader; nothing else holds it yet.
 */
export function applyOrg(data: unknown, org: Org, orgFile: string): Finding[] {
  if (!isRecord(data)) return [];
  const findings: Finding[] = [];
  const shared = new Map((org.audiences ?? []).map((audience) => [audience.id, audience]));
  const audiences = Array.isArray(data.audiences) ? (data.audiences as unknown[]) : [];
  audiences.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return;
    const sharedAudience = shared.get(entry.id);
    if (sharedAudience === undefined) return;
    for (const key of INHERITED) {
      const theirs = sharedAudience[key];
      if (theirs === undefined) continue;
      if (!(key in entry) || entry[key] === null) entry[key] = theirs;
      else if (entry[key] !== theirs)
        findings.push({
          rule: 'org-contradiction',
          severity: 'error',
          message: `The shared audience "${entry.id}" has ${key} ${show(theirs)} in ${orgFile}; this plan says ${show(entry[key])}`,
          hint: `Remove \`${key}:\` here to inherit it, or change it in ${orgFile} for every plan.`,
          path: ['audiences', index, key],
        });
    }
  });
  const orgRules = Object.entries(org.rules ?? {}).filter(([id]) => PLANNING_RULE_IDS.has(id));
  if (orgRules.length > 0 && (data.rules === undefined || data.rules === null)) data.rules = {};
  if (isRecord(data.rules)) {
    const rules = data.rules;
    for (const [id, setting] of orgRules) if (!(id in rules)) rules[id] = setting;
  }
  return findings;
}
