import type { Org } from '../../core/workspace/org-schema.js';
import { readOrg } from '../../core/workspace/read-org.js';
import type { WorkspaceValidation } from '../../core/workspace/validate-workspace.js';
import { EXIT, HeraldError } from '../../errors.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { readBounded } from '../../io/read-bounded.js';
import { displayPathOf, MAX_PLAN_BYTES, type PlanFile } from '../../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import { findOrgFile } from '../../io/workspace/find-org-file.js';
import type { CommandContext } from './context.js';

/**
 * With one plan, an organisation file with errors stops the command (exit 2, as a broken
 * setting would): its errors go to stderr as validate prints them. In a workspace they are
 * reported with the other files instead.
 */
export function refuseBrokenOrg(workspace: WorkspaceValidation, context: CommandContext): void {
  for (const file of workspace.files) {
    if (file.kind !== 'org') continue;
    const errors = file.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) continue;
    const palette = paletteFor(colorLevel(context.stderr, context.env, context.color));
    context.stderr.write(
      formatDiagnosticsText(
        { file: file.file, text: file.text, diagnostics: errors, rulesRan: false },
        palette,
        widthOf(context.stderr, context.env),
      ),
    );
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
  const result = await readOrg(await readBounded(path, { displayPath: file, maxBytes: MAX_PLAN_BYTES, what: 'an organisation file' }));
  if (result.org === undefined) {
    refuseBrokenOrg({ files: [{ file, kind: 'org', text: result.text, diagnostics: result.diagnostics, rulesRan: false }] }, context);
  }
  return result.org === undefined ? undefined : { org: result.org, file };
}
