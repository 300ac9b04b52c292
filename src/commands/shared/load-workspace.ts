import type { Diagnostic } from '../../core/plan/diagnostics.js';
import type { PlanModel } from '../../core/plan/plan-model.js';
import type { Plan } from '../../core/plan/schema.js';
import type { Org } from '../../core/workspace/org-schema.js';
import { validateWorkspace } from '../../core/workspace/validate-workspace.js';
import { EXIT, HeraldError } from '../../errors.js';
import { readWorkspace } from '../../io/workspace/read-workspace.js';
import type { CommandContext } from './context.js';
import { writeErrors } from './write-errors.js';
import { refuseBrokenOrg } from './load-org.js';

export interface WorkspacePlanLoaded {
  /** The plan file as messages show it. */
  file: string;
  /** Where it is, for what sits next to it (templates, the drafts folder). */
  absolutePath: string;
  plan: Plan;
  /** The plan with its schedule, as the single-plan commands read it. */
  model: PlanModel;
  /** The organisation file it sits under, if any. */
  org: string | undefined;
  /** Today in the plan's time zone. */
  today: string;
  /** Its planning-rule warnings (none unless loaded with `rules: true`). */
  warnings: Diagnostic[];
}

export interface LoadedWorkspace {
  /** Every plan, in path order, with what it inherits. */
  plans: WorkspacePlanLoaded[];
  /** The organisation files, by their `file`. */
  orgs: Map<string, Org>;
  /** The first organisation file, for the commands that speak for one organisation (brief, report). */
  org: { org: Org; file: string } | undefined;
}

/**
 * Reads and checks every plan of a workspace for the commands that read many plans (schedule,
 * brief --audience, report). As with one plan, an organisation file with errors stops the
 * command (exit 2), and so does a plan that cannot be read as a model (exit 1), their errors on
 * stderr as validate prints them. The rules across plans are not run, nor the planning rules
 * unless `rules` asks for them (generate mentions a plan's warnings): validate reports those.
 * `keep` picks what a command keeps of each plan, when it reads only part of it (the schedule).
 */
export async function loadWorkspace(
  args: readonly string[],
  context: CommandContext,
  usage: string,
  options: { rules?: boolean; keep?: (plan: Plan) => Plan } = {},
): Promise<LoadedWorkspace> {
  const read = await readWorkspace(args, context.cwd, usage);
  const workspace = await validateWorkspace(read.sources, {
    today: (zone) => context.zones.today(zone),
    zoneOffset: context.zones.offset,
    acrossPlans: false,
    // The rules are validate's to report; reading the plans as models is all a view needs.
    rules: options.rules ?? false,
    keep: options.keep,
  });
  refuseBrokenOrg(workspace, context);
  const broken = workspace.files.filter((file) => file.kind === 'plan' && file.plan === undefined);
  if (broken.length > 0) {
    for (const file of broken) writeErrors(file.file, file.text, file.diagnostics, context);
    const names = broken.map((file) => file.file);
    throw new HeraldError(
      'plan-has-errors',
      `${names.length === 1 ? names[0] : `${names.length} files`} ${names.length === 1 ? 'has' : 'have'} errors; fix them first`,
      {
        hint: `Run \`herald validate ${args.join(' ')}\` for the details.`,
        exitCode: EXIT.problems,
      },
    );
  }
  const orgs = new Map<string, Org>();
  for (const file of workspace.files) if (file.kind === 'org' && file.org !== undefined) orgs.set(file.file, file.org);
  const orgOf = new Map(read.sources.plans.map((plan) => [plan.file, plan.org]));
  const absolutePathOf = new Map(read.planFiles.map((planFile) => [planFile.displayPath, planFile.absolutePath]));
  const plans = workspace.files.flatMap((file) =>
    file.kind !== 'plan' || file.model === undefined
      ? []
      : [
          {
            file: file.file,
            absolutePath: absolutePathOf.get(file.file) ?? file.file,
            plan: file.model.plan,
            model: file.model,
            org: orgOf.get(file.file),
            today: context.zones.today(file.model.plan.plan.timezone ?? 'UTC'),
            warnings: file.diagnostics,
          },
        ],
  );
  const [first] = orgs;
  return { plans, orgs, org: first === undefined ? undefined : { file: first[0], org: first[1] } };
}
