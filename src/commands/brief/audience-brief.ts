import { quarterOf } from '../../core/init/answers.js';
import { REPORT_PERIOD } from '../../core/time/window.js';
import { buildAudienceBrief, type AudienceBrief } from '../../core/workspace/audience-brief.js';
import { suggestionHint } from '../../core/words/suggest.js';
import { show } from '../../core/words/text.js';
import { HeraldError } from '../../errors.js';
import type { CommandContext } from '../shared/context.js';
import { loadWorkspace } from '../shared/load-workspace.js';
import { windowFromFlags } from '../shared/window-flags.js';
import { textStyle, writeOutput } from '../shared/write-output.js';
import type { BriefCommandOptions } from './options.js';
import { formatAudienceBriefText } from './audience-text.js';

/**
 * `herald brief <folder> --audience <id>`: what one audience shared by several plans will hear
 * from all of them, by week or by team, from today to the end of the quarter (or --from/--to).
 */
export async function audienceBriefCommand(
  planArguments: readonly string[],
  options: BriefCommandOptions,
  context: CommandContext,
): Promise<number> {
  if (options.audience === undefined) {
    throw new HeraldError('missing-option', 'A brief of several plans is for one audience: give --audience', {
      hint: `e.g. herald brief ${planArguments.join(' ')} --audience exec-team (an audience of herald.org.yaml); or name one plan file for its whole brief.`,
    });
  }
  // The flags are checked before the plans are read, so a mistyped date is the first thing said.
  const period = windowFromFlags({ from: options.from, to: options.to }, REPORT_PERIOD);
  const loaded = await loadWorkspace(planArguments, context, 'herald brief path/to/folder --audience <id>');
  const wanted = options.audience.trim().toLowerCase();
  const shared = loaded.org?.org.audiences ?? [];
  const known = [...new Set([...shared.map((a) => a.id), ...loaded.plans.flatMap(({ plan }) => (plan.audiences ?? []).map((a) => a.id))])];
  if (!known.includes(wanted)) {
    throw new HeraldError('unknown-id', `No plan here reaches an audience ${show(options.audience)}`, {
      hint: suggestionHint(options.audience.trim(), shared.length > 0 ? shared.map((a) => a.id) : known, 'audiences'),
    });
  }
  const sharedAudience = shared.find((a) => a.id === wanted);
  // Today is the first plan's (the plans of one organisation share a calendar, if not a zone).
  const today = loaded.plans[0]!.today;
  const from = period.from ?? today;
  const to = period.to ?? quarterOf(from).end;
  if (to < from) {
    throw new HeraldError('bad-window', `The window is empty: --to ${to} is before today (${from})`, {
      hint: `Give a --to on or after ${from}, or a --from before it.`,
    });
  }
  const brief = buildAudienceBrief(
    loaded.plans,
    { id: wanted, name: sharedAudience?.name ?? wanted, size: sharedAudience?.size },
    { from, to },
    loaded.org?.org.organization ?? null,
  );
  return writeOutput(await render(brief, options, context), options, context);
}

async function render(brief: AudienceBrief, options: BriefCommandOptions, context: CommandContext): Promise<string> {
  const by = options.by ?? 'week';
  switch (options.format) {
    case 'md':
      return (await import('./audience-markdown.js')).formatAudienceBriefMarkdown(brief, by);
    case 'html':
      return (await import('./audience-html.js')).formatAudienceBriefHtml(brief, by);
    case 'text': {
      const { palette, width } = textStyle(options, context);
      return formatAudienceBriefText(brief, by, palette, width);
    }
  }
}
