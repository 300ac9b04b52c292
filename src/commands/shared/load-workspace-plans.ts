import { PlanModel } from '../../core/plan/plan-model.js';
import type { Plan } from '../../core/plan/schema.js';
import type { Org } from '../../core/workspace/org-schema.js';
import { readOrg } from '../../core/workspace/read-org.js';
import { validateWorkspace } from '../../core/workspace/validate-workspace.js';
import { EXIT, HeraldError } from '../../errors.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import { readWorkspace } from '../../io/workspace/read-workspace.js';
import type { CommandContext } from './context.js';
import { refuseBrokenOrg } from './load-org.js';

export interface WorkspacePlanLoaded {
  /** The plan file as messages show it. */
  file: string;
  plan: Plan;
  /** The plan with its schedule, as the single-plan commands read it. */
  model: PlanModel;
  /** Today in the plan's time zone. */
  today: string;
}

export interface LoadedWorkspacePlans {
  plans: WorkspacePlanLoaded[];
  /** The organisation file the plans share (the first one found, when several), if any. */
  org: { org: Org; file: string } | undefined;
}

/**
 * Reads every plan of a workspace (a folder, or several files) for the commands that read
 * many plans at once (brief --audience, report). Like loadPlan, a plan or organisation file
 * with errors stops the command: its errors go to stderr as validate prints them.
 */
export async function loadWorkspacePlans(
  argumentsGiven: readonly string[],
  context: CommandContext,
  usage: string,
): Promise<LoadedWorkspacePlans> {
  const read = await readWorkspace(argumentsGiven, context.cwd, usage);
  const { zones } = context;
  // Only what each plan needs alone: the rules across plans are validate's job.
  const workspace = await validateWorkspace(read.sources, {
    today: (zone) => zones.today(zone),
    zoneOffset: zones.offset,
    acrossPlans: false,
  });
  refuseBrokenOrg(workspace, context);
  const broken = workspace.files.filter((file) => file.kind === 'plan' && file.plan === undefined);
  if (broken.length > 0) {
    const palette = paletteFor(colorLevel(context.stderr, context.env, context.color));
    for (const file of broken) {
      const errors = file.diagnostics.filter((d) => d.severity === 'error');
      context.stderr.write(
        formatDiagnosticsText(
          { file: file.file, text: file.text, diagnostics: errors, rulesRan: false },
          palette,
          widthOf(context.stderr, context.env),
        ),
      );
    }
    const names = broken.map((file) => file.file).join(', ');
    throw new HeraldError('plan-has-errors', `${names} ${broken.length === 1 ? 'has' : 'have'} errors; fix them first`, {
      hint: `Run \`herald validate ${argumentsGiven.join(' ')}\` for the details.`,
      exitCode: EXIT.problems,
    });
  }
  const plans = workspace.files.flatMap((file) =>
    file.kind === 'plan' && file.plan !== undefined
      ? [
          {
            file: file.file,
            plan: file.plan,
            model: new PlanModel(file.plan, zones.offset),
            today: zones.today(file.plan.plan.timezone ?? 'UTC'),
          },
        ]
      : [],
  );
  const [orgFile] = read.sources.orgs.values();
  const orgResult = orgFile === undefined ? undefined : await readOrg(orgFile.bytes);
  const org = orgFile === undefined || orgResult?.org === undefined ? undefined : { org: orgResult.org, file: orgFile.file };
  return { plans, org };
}
