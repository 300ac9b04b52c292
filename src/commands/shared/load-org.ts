import type { Org } from '../../core/workspace/org-schema.js';
import { readOrg } from '../../core/workspace/read-org.js';
import type { WorkspaceValidation } from '../../core/workspace/validate-workspace.js';
import { EXIT, HeraldError } from '../../errors.js';
import { displayPathOf, MAX_PLAN_BYTES, type PlanFile } from '../../io/read-plan-file.js';
import { findOrgFile } from '../../io/workspace/find-org-file.js';
import type { CommandContext } from './context.js';
import { writeErrors } from './write-errors.js';

/**
 * With one plan, an organisation file with errors stops the command (exit 2, as a broken
 * setting would): its errors go to stderr as validate prints them. In a workspace they are
 * reported with the other files instead.
 */
export function refuseBrokenOrg(workspace: WorkspaceValidation, context: CommandContext): void {
  for (const file of workspace.files) {
    if (file.kind !== 'org') continue;
    if (!file.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) continue;
    writeErrors(file.file, file.text, file.diagnostics, context);
    throw new HeraldError('org-has-errors', `${file.file}, the organisation file above this plan, has errors; fix them first`, {
      hint: 'Fix the lines above: every plan under it inherits from it.',
      exitCode: EXIT.cannotRun,
    });
  }
}

/**
 * The organisation file above one plan, read and checked, for the commands that load one plan
 * (schedule, generate, report, brief, track, …): they see the plan with what it inherits.
 */
export async function orgForPlan(planFile: PlanFile, context: CommandContext): Promise<{ org: Org; file: string } | undefined> {
  const path = findOrgFile(planFile.absolutePath, context.cwd);
  if (path === undefined) return undefined;
  const file = displayPathOf(path, context.cwd);
  // Loaded only when there is an organisation file: it brings node:fs/promises, which a plan alone need not load.
  const { readBounded } = await import('../../io/read-bounded.js');
  const result = await readOrg(await readBounded(path, { displayPath: file, maxBytes: MAX_PLAN_BYTES, what: 'an organisation file' }));
  if (result.org === undefined) {
    refuseBrokenOrg({ files: [{ file, kind: 'org', text: result.text, diagnostics: result.diagnostics, rulesRan: false }] }, context);
  }
  return result.org === undefined ? undefined : { org: result.org, file };
}
