import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceSources } from '../../core/workspace/validate-workspace.js';
import { HeraldError } from '../../errors.js';
import { displayPathOf, isOrgFileName, MAX_PLAN_BYTES, readPlanFile, type PlanFile } from '../read-plan-file.js';
import { findOrgFile, OrgLookupCache } from './find-org-file.js';
import { findPlanFiles } from './find-plans.js';

export interface ReadWorkspace {
  sources: WorkspaceSources;
  /** Only organisation files were named (validate, with `orgFiles`): `sources.plans` is empty. */
  orgFilesOnly: boolean;
  /** A folder or several files were named: the rules across plans apply, and output names each file. */
  isWorkspace: boolean;
  /** The plan files read, in the order of `sources.plans`. */
  planFiles: PlanFile[];
}

/**
 * Reads what the command-line arguments name: no argument is the plan in the working folder
 * (herald.yaml), one file is one plan, a folder or several files a workspace. Each plan's
 * organisation file (find-org-file.ts) is read once, however many plans sit under it.
 *
 * A herald.org.yaml named on the command line is not a plan. With `orgFiles` (validate) it is
 * checked as the organisation file it is, alone or with the plans; otherwise, among plans it is
 * passed over (a glob such as `plans/*.yaml` names it), and alone it is refused (exit 2).
 */
export async function readWorkspace(
  argumentsGiven: readonly string[],
  cwd: string,
  usage: string,
  options: { orgFiles?: boolean } = {},
): Promise<ReadWorkspace> {
  const namedOrgs = argumentsGiven.filter((argument) => isOrgFileName(argument) && !isFolderArgument(argument, cwd));
  const planArguments = argumentsGiven.filter((argument) => !namedOrgs.includes(argument));
  if (namedOrgs.length > 0 && planArguments.length === 0) {
    // readPlanFile says what is wrong with the path, or that it is the organisation file.
    if (options.orgFiles !== true) readPlanFile(namedOrgs[0], cwd, usage);
    return {
      sources: { plans: [], orgs: await readNamedOrgs(namedOrgs, cwd) },
      orgFilesOnly: true,
      isWorkspace: namedOrgs.length > 1,
      planFiles: [],
    };
  }
  const isWorkspace = isWorkspaceArguments(argumentsGiven, cwd);
  const cache = new OrgLookupCache();
  const planFiles = isWorkspace
    ? findPlanFiles(planArguments, cwd, usage, (folder, entries) => cache.learnListing(folder, entries))
    : [readPlanFile(planArguments[0], cwd, usage)];
  if (planFiles.length === 0) {
    throw new HeraldError('no-plans', `No Herald plans in ${argumentsGiven.join(', ')}`, {
      hint: 'Herald reads the *.yaml and *.yml files that have `version:` and `plan:` at the top; see "Many plans" in the README.',
    });
  }
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
  if (options.orgFiles === true) {
    for (const [file, org] of await readNamedOrgs(namedOrgs, cwd)) if (!orgs.has(file)) orgs.set(file, org);
  }
  return { sources: { plans, orgs }, orgFilesOnly: false, isWorkspace, planFiles };
}

/** The organisation files named on the command line, each once. */
async function readNamedOrgs(named: readonly string[], cwd: string): Promise<Map<string, { file: string; bytes: Uint8Array }>> {
  const orgs = new Map<string, { file: string; bytes: Uint8Array }>();
  if (named.length === 0) return orgs;
  const { readBounded } = await import('../read-bounded.js');
  for (const argument of named) {
    const path = resolve(cwd, argument);
    const file = displayPathOf(path, cwd);
    if (orgs.has(file)) continue;
    if (!isFile(path)) {
      throw new HeraldError('file-not-found', `No organisation file at ${file}`, {
        hint: 'Check the path: Herald reads herald.org.yaml in the folder of plans, or above it.',
      });
    }
    orgs.set(file, { file, bytes: await readBounded(path, { displayPath: file, maxBytes: MAX_PLAN_BYTES, what: 'an organisation file' }) });
  }
  return orgs;
}

/** A folder, or several files: a workspace rather than one plan. */
export function isWorkspaceArguments(argumentsGiven: readonly string[], cwd: string): boolean {
  return argumentsGiven.length > 1 || argumentsGiven.some((argument) => isFolderArgument(argument, cwd));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolderArgument(argument: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, argument)).isDirectory();
  } catch {
    return false;
  }
}
