import { REPORT_PERIOD } from '../../core/time/window.js';
import { buildPortfolio, type Portfolio } from '../../core/workspace/portfolio.js';
import type { CommandContext } from '../shared/context.js';
import { loadWorkspace } from '../shared/load-workspace.js';
import { windowFromFlags } from '../shared/window-flags.js';
import { textStyle, writeOutput } from '../shared/write-output.js';
import type { ReportCommandOptions } from './options.js';
import { formatPortfolioText } from './portfolio-text.js';

/** `herald report <folder>`: each plan's goals and where they stand, and the shared audiences' weeks. */
export async function portfolioCommand(
  planArguments: readonly string[],
  options: ReportCommandOptions,
  context: CommandContext,
): Promise<number> {
  // The flags are checked before the plans are read, so a mistyped date is the first thing said.
  const { day, ...period } = windowFromFlags(options, REPORT_PERIOD);
  const loaded = await loadWorkspace(planArguments, context, 'herald report path/to/folder');
  const portfolio = buildPortfolio({
    plans: loaded.plans,
    org: loaded.org?.org,
    // Today is the first plan's (the plans of one organisation share a calendar, if not a zone).
    date: day ?? loaded.plans[0]!.today,
    period,
  });
  return writeOutput(await render(portfolio, options, context), options, context);
}

async function render(portfolio: Portfolio, options: ReportCommandOptions, context: CommandContext): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('./portfolio-json.js')).formatPortfolioJson(portfolio);
    case 'md':
      return (await import('./portfolio-markdown.js')).formatPortfolioMarkdown(portfolio);
    case 'html':
      return (await import('./portfolio-html.js')).formatPortfolioHtml(portfolio);
    case 'text': {
      const { palette, width } = textStyle(options, context);
      return formatPortfolioText(portfolio, palette, width);
    }
  }
}
