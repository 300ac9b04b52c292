import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceSources } from '../../core/workspace/validate-workspace.js';
import { HeraldError } from '../../errors.js';
import { displayPathOf, MAX_PLAN_BYTES, readPlanFile, type PlanFile } from '../read-plan-file.js';
import { findOrgFile, OrgLookupCache } from './find-org-file.js';
import { findPlanFiles } from './find-plans.js';

export interface ReadWorkspace {
  sources: WorkspaceSources;
  /** A folder or several files were named: the rules across plans apply, and output names each file. */
  isWorkspace: boolean;
  /** The plan files read, in the order of `sources.plans`. */
  planFiles: PlanFile[];
}

/**
 * Reads what the command-line arguments name: no argument is the plan in the working folder
 * (herald.yaml), one file is one plan, a folder or several files a workspace. Each plan's
 * organisation file (find-org-file.ts) is read once, however many plans sit under it.
 */
export async function readWorkspace(argumentsGiven: readonly string[], cwd: string, usage: string): Promise<ReadWorkspace> {
  const isWorkspace = isWorkspaceArguments(argumentsGiven, cwd);
  const planFiles = isWorkspace ? findPlanFiles(argumentsGiven, cwd, usage) : [readPlanFile(argumentsGiven[0], cwd, usage)];
  if (planFiles.length === 0) {
    throw new HeraldError('no-plans', `No Herald plans in ${argumentsGiven.join(', ')}`, {
      hint: 'Herald reads the *.yaml and *.yml files that have `version:` and `plan:` at the top; see "Many plans" in the README.',
    });
  }
  const cache = new OrgLookupCache();
  const orgs = new Map<string, { file: string; bytes: Uint8Array }>();
  const plans: Array<{ file: string; bytes: Uint8Array; org: string | undefined }> = [];
  for (const planFile of planFiles) {
    const orgPath = findOrgFile(planFile.absolutePath, cwd, cache);
    const org = orgPath === undefined ? undefined : displayPathOf(orgPath, cwd);
    if (orgPath !== undefined && org !== undefined && !orgs.has(org)) {
      orgs.set(org, {
        file: org,
        // Loaded only when there is an organisation file: it brings node:fs/promises, which a plan alone need not load.
        bytes: await (
          await import('../read-bounded.js')
        ).readBounded(orgPath, { displayPath: org, maxBytes: MAX_PLAN_BYTES, what: 'an organisation file' }),
      });
    }
    plans.push({ file: planFile.displayPath, bytes: planFile.bytes, org });
  }
  return { sources: { plans, orgs }, isWorkspace, planFiles };
}

/** A folder, or several files: a workspace rather than one plan. */
export function isWorkspaceArguments(argumentsGiven: readonly string[], cwd: string): boolean {
  return argumentsGiven.length > 1 || argumentsGiven.some((argument) => isFolderArgument(argument, cwd));
}

function isFolderArgument(argument: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, argument)).isDirectory();
  } catch {
    return false;
  }
}
