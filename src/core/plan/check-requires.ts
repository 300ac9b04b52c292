import type { Finding } from './diagnostics.js';
import { show } from '../words/text.js';
import pkg from '../../../package.json' with { type: 'json' };

/** The version of this Herald, the one a plan's `requires` is held against. */
export const HERALD_VERSION: string = pkg.version;

const REQUIRES_PATTERN = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/;

/**
 * A plan's `requires: ">=0.3"`, checked before anything else: a plan written for a newer
 * Herald would otherwise fail here with unknown keys, which sends its reader the wrong way.
 * Only `>=` is read (the field names the oldest Herald that reads the plan), so a tiny
 * comparison does, and the `semver` package is not loaded for a plan that rarely has the key.
 * Returns the findings (none when it is absent or satisfied) and whether the Herald is too old.
 */
export function checkRequires(data: unknown, version: string = HERALD_VERSION): { findings: Finding[]; tooOld: boolean } {
  if (typeof data !== 'object' || data === null || !('requires' in data)) return { findings: [], tooOld: false };
  const requires: unknown = data.requires;
  // A value of another type is the structural check's to report.
  if (typeof requires !== 'string') return { findings: [], tooOld: false };
  const match = REQUIRES_PATTERN.exec(requires);
  if (match === null) {
    const finding: Finding = {
      rule: 'requires',
      severity: 'error',
      message: `Cannot read \`requires: ${show(requires)}\``,
      hint: 'Name the oldest Herald that reads this plan, quoted, e.g. `requires: ">=0.3"`.',
      path: ['requires'],
    };
    return { findings: [finding], tooOld: false };
  }
  const needed = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  if (compareVersions(parseVersion(version), needed) >= 0) return { findings: [], tooOld: false };
  const shown = [match[1], match[2], match[3]].filter((part) => part !== undefined).join('.');
  const finding: Finding = {
    rule: 'requires',
    severity: 'error',
    message: `This plan needs Herald ${shown} or later; this is Herald ${version}`,
    hint: 'Update Herald: `npm install --save-dev @herald-plan/herald@latest` in the plan repository, or `npm install --global @herald-plan/herald@latest`.',
    path: ['requires'],
  };
  return { findings: [finding], tooOld: true };
}

function parseVersion(version: string): number[] {
  // A pre-release (0.3.0-beta.1) counts as its release: good enough for "the oldest that reads it".
  return version
    .split('-')[0]!
    .split('.')
    .map((part) => Number(part) || 0);
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
