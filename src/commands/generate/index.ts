import { isWorkspaceArguments } from '../../io/workspace/read-workspace.js';
import { planDrafts } from '../../core/drafts/build-drafts.js';
import { DRAFT_WINDOW } from '../../core/time/window.js';
import { HeraldError } from '../../errors.js';
import type { CommandContext } from '../shared/context.js';
import { refuseFormatFlag } from '../shared/format-flag.js';
import { loadPlan } from '../shared/load-plan.js';
import type { GenerateOptions } from './options.js';
import { writePlanDrafts } from './write-plan-drafts.js';
import { windowFromFlags } from '../shared/window-flags.js';

export async function generateCommand(
  planArguments: string | readonly string[] | undefined,
  options: GenerateOptions,
  context: CommandContext,
): Promise<number> {
  refuseFormatFlag('generate', options.format);
  refuseConflicts(options);
  const given = planArguments === undefined ? [] : typeof planArguments === 'string' ? [planArguments] : planArguments;
  if (isWorkspaceArguments(given, context.cwd)) return (await import('./workspace.js')).generateWorkspace(given, options, context);
  const planArgument = given[0];
  const { model, file, today, warnings } = await loadPlan(planArgument, context, { usage: 'herald generate path/to/plan.yaml' });
  const window = windowFromFlags(options, DRAFT_WINDOW, today);
  const drafted = planDrafts(model, window, { quietToo: options.quietToo ?? false });
  return writePlanDrafts({ model, file, warnings }, drafted, window, options, context);
}

function refuseConflicts(options: GenerateOptions): void {
  const modes = (['data', 'stdout', 'dryRun'] as const).filter((mode) => options[mode]);
  if (modes.length > 1) {
    const flag = (mode: string): string => `--${mode === 'dryRun' ? 'dry-run' : mode}`;
    throw new HeraldError('conflicting-options', `${modes.map(flag).join(' and ')} do not go together`, {
      hint: '--data prints the template data, --stdout prints the drafts, --dry-run lists the files: choose one.',
    });
  }
}
