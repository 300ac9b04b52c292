import { buildBrief, type PlanBrief } from '../../core/brief/build-brief.js';
import { suggestionHint } from '../../core/words/suggest.js';
import { show } from '../../core/words/text.js';
import { HeraldError } from '../../errors.js';
import { isWorkspaceArguments } from '../../io/workspace/read-workspace.js';
import { formatBriefText } from './text.js';
import type { CommandContext } from '../shared/context.js';
import type { BriefCommandOptions } from './options.js';
import { loadPlan } from '../shared/load-plan.js';
import { noteWarnings, textStyle, writeOutput } from '../shared/write-output.js';

/** `herald brief`: the plan as a one-page brief for colleagues, whole or for one audience. */
export async function briefCommand(
  planArguments: string | readonly string[] | undefined,
  options: BriefCommandOptions,
  context: CommandContext,
): Promise<number> {
  const given = planArguments === undefined ? [] : typeof planArguments === 'string' ? [planArguments] : planArguments;
  if (isWorkspaceArguments(given, context.cwd)) return (await import('./audience-brief.js')).audienceBriefCommand(given, options, context);
  const flag = options.by !== undefined ? '--by' : options.from !== undefined ? '--from' : options.to !== undefined ? '--to' : undefined;
  if (flag !== undefined) {
    throw new HeraldError('conflicting-options', `${flag} is for the brief of several plans`, {
      hint: 'Name a folder of plans (or several plan files) with --audience, e.g. herald brief teams/ --audience exec-team.',
    });
  }
  const planArgument = given[0];
  const loaded = await loadPlan(planArgument, context, { usage: 'herald brief path/to/plan.yaml' });
  const known = (loaded.plan.audiences ?? []).map((audience) => audience.id);
  // Ids are lowercase slugs, so "Leadership" finds "leadership", as in `schedule --audience`.
  const audience = options.audience === undefined ? undefined : known.find((id) => id === options.audience?.trim().toLowerCase());
  if (options.audience !== undefined && audience === undefined) {
    throw new HeraldError('unknown-id', `${loaded.file.displayPath} has no audience ${show(options.audience)}`, {
      hint: suggestionHint(options.audience.trim(), known, 'audiences'),
    });
  }
  const brief = buildBrief(loaded.model, loaded.today, audience);

  noteWarnings(loaded, context);
  return writeOutput(await render(brief, options, context), options, context);
}

// The Markdown and HTML formatters load only when asked for: the terminal brief starts faster.
async function render(brief: PlanBrief, options: BriefCommandOptions, context: CommandContext): Promise<string> {
  switch (options.format) {
    case 'md':
      return (await import('./markdown.js')).formatBriefMarkdown(brief);
    case 'html':
      return (await import('./html.js')).formatBriefHtml(brief);
    case 'text': {
      const { palette, width } = textStyle(options, context);
      return formatBriefText(brief, palette, width);
    }
  }
}
