import type { Diagnostic } from '../../core/plan/diagnostics.js';
import type { PlanModel } from '../../core/plan/plan-model.js';
import type { Plan } from '../../core/plan/schema.js';
import type { Org } from '../../core/workspace/org-schema.js';
import type { SourcePositions } from '../../core/yaml/positions.js';
import { explainSyntaxErrors, validatePlan } from '../../core/plan/validate-plan.js';
import { EXIT, HeraldError } from '../../errors.js';
import { readPlanFile, type PlanFile } from '../../io/read-plan-file.js';
import type { CommandContext } from './context.js';
import { writeErrors } from './write-errors.js';
import { orgForPlan } from './load-org.js';
import { refuseFolder } from '../../io/workspace/refuse-folder.js';

export interface LoadedPlan {
  plan: Plan;
  /** The plan with what is worked out from it once (its schedule): what the core's builders take. */
  model: PlanModel;
  file: PlanFile;
  /** The plan's text as read, for commands that edit it in place (track). */
  text: string;
  /** Where each node of the plan is in `text` (its tables built when first asked), for the same commands. */
  positions: SourcePositions;
  /** Planning-rule warnings: commands other than validate mention them on stderr, briefly (none with `rules: false`). */
  warnings: Diagnostic[];
  /** Today in the plan's time zone. */
  today: string;
  /** The organisation file the plan inherits from (herald.org.yaml above it), if any. */
  org?: { org: Org; file: string } | undefined;
}

/**
 * Reads and checks the plan for every command but validate. A plan with errors stops the
 * command: the errors are printed on stderr as validate prints them, and the exit code is 1.
 */
export async function loadPlan(
  planArgument: string | undefined,
  context: CommandContext,
  options: { rules?: boolean; usage?: string; edits?: string } = {},
): Promise<LoadedPlan> {
  // `usage` is how this command takes a plan, for the hint when there is none; `edits` names
  // a command that edits the plan, which refuses a folder (a workspace) with its own message.
  const { usage, edits, ...checks } = options;
  if (edits !== undefined) refuseFolder(planArgument, context.cwd, edits);
  const file = readPlanFile(planArgument, context.cwd, usage);
  const { zones } = context;
  const org = await orgForPlan(file, context);
  const checked = validatePlan(file.bytes, { today: (zone) => zones.today(zone), zoneOffset: zones.offset, ...checks, org });
  if (checked.model === undefined) {
    const result = await explainSyntaxErrors(checked);
    writeErrors(file.displayPath, result.text, result.diagnostics, context);
    throw new HeraldError('plan-has-errors', `${file.displayPath} has errors; fix them first`, {
      hint: `Run \`herald validate ${file.displayPath}\` for the details.`,
      exitCode: EXIT.problems,
    });
  }
  const { model } = checked;
  return {
    plan: model.plan,
    model,
    file,
    text: checked.text,
    positions: checked.positions,
    warnings: checked.diagnostics,
    today: zones.today(model.plan.plan.timezone ?? 'UTC'),
    org,
  };
}
