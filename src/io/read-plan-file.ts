import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { HeraldError } from '../errors.js';
import { formatMegabytes } from '../core/words/values.js';

/** Far above any real plan (the 840 KB benchmark plan has 5,000 entries), low enough to answer at once. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PLAN = 'herald.yaml';
/** Found when herald.yaml is not there; both at once is an error (which one is the plan?). */
export const OTHER_DEFAULT_PLAN = 'herald.yml';

export interface PlanFile {
  absolutePath: string;
  /** The path as the user should see it in messages: relative to the working folder when inside it. */
  displayPath: string;
  bytes: Uint8Array;
}

/**
 * Reads the plan named on the command line, else herald.yaml (or herald.yml) in `cwd`.
 * `usage` is how the running command takes a plan, for hints: "herald schedule path/to/plan.yaml".
 */
export function readPlanFile(planArgument: string | undefined, cwd: string, usage = 'herald validate path/to/plan.yaml'): PlanFile {
  const given = planArgument ?? defaultPlanName(cwd, usage);
  const absolutePath = resolve(cwd, given);
  const displayPath = displayPathOf(absolutePath, cwd);
  // Synchronous on purpose: one small file, and node:fs/promises costs start-up time to load.
  let info: Stats;
  try {
    info = statSync(absolutePath);
  } catch (error) {
    throw fileError(error, displayPath, planArgument === undefined, usage);
  }
  if (info.isDirectory()) {
    throw new HeraldError('plan-not-a-file', `${displayPath} is a folder, not a plan file`, {
      hint: `Pass the plan inside it, e.g. ${displayPathOf(resolve(absolutePath, DEFAULT_PLAN), cwd)}.`,
    });
  }
  if (!info.isFile()) {
    throw new HeraldError('plan-not-a-file', `${displayPath} is not a regular file`, { hint: 'Pass the path of a YAML plan file.' });
  }
  if (isOrgFileName(absolutePath)) {
    throw new HeraldError('org-file-not-plan', `${displayPath} is the organisation file, not a plan`, {
      hint: `Every plan below it reads it: name a plan (\`${usage}\`). \`herald validate ${displayPath}\` checks the organisation file itself.`,
    });
  }
  if (info.size > MAX_PLAN_BYTES) {
    throw new HeraldError(
      'plan-too-large',
      `${displayPath} is ${formatMegabytes(info.size)}; Herald reads plans up to ${formatMegabytes(MAX_PLAN_BYTES)}`,
      { hint: 'Check that this is the right file; a plan of thousands of entries is well under 1 MB.' },
    );
  }
  try {
    return { absolutePath, displayPath, bytes: readFileSync(absolutePath) };
  } catch (error) {
    throw fileError(error, displayPath, false, usage);
  }
}

/** The organisation file's name (see io/workspace/find-org-file.ts): Herald finds it by this name. */
export const ORG_FILE = 'herald.org.yaml';

/** Whether a path names an organisation file rather than a plan. */
export function isOrgFileName(path: string): boolean {
  return basename(path) === ORG_FILE;
}

export function displayPathOf(absolutePath: string, cwd: string): string {
  const fromCwd = relative(cwd, absolutePath);
  return fromCwd !== '' && !fromCwd.startsWith('..') ? fromCwd : absolutePath;
}

/** herald.yaml, or herald.yml when only that one is there. */
function defaultPlanName(cwd: string, usage: string): string {
  const yaml = isFile(resolve(cwd, DEFAULT_PLAN));
  const yml = isFile(resolve(cwd, OTHER_DEFAULT_PLAN));
  if (yaml && yml) {
    throw new HeraldError(
      'plan-ambiguous',
      `Both ${DEFAULT_PLAN} and ${OTHER_DEFAULT_PLAN} are here, and Herald cannot tell which is the plan`,
      { hint: `Remove or rename one, or name the plan: \`${usage.replace('path/to/plan.yaml', DEFAULT_PLAN)}\`.` },
    );
  }
  return yml ? OTHER_DEFAULT_PLAN : DEFAULT_PLAN;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileError(error: unknown, displayPath: string, isDefault: boolean, usage: string): HeraldError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new HeraldError('plan-not-found', `No plan at ${displayPath}`, {
      hint: isDefault
        ? `Create one with \`herald init\`, or pass the path of your plan: \`${usage}\`.`
        : 'Check the path, or create a plan with `herald init`.',
    });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new HeraldError('plan-unreadable', `Herald may not read ${displayPath}`, { hint: "Check the file's permissions." });
  }
  return new HeraldError('plan-unreadable', `Could not read ${displayPath}: ${(error as Error).message}`);
}
