import { REPORT_PERIOD } from '../../core/time/window.js';
import { isWorkspaceArguments } from '../../io/workspace/read-workspace.js';
import { buildReport, type PlanReport } from '../../core/report/build-report.js';
import { formatReportText } from './text.js';
import type { CommandContext } from '../shared/context.js';
import type { ReportCommandOptions } from './options.js';
import { loadPlan } from '../shared/load-plan.js';
import { windowFromFlags } from '../shared/window-flags.js';
import { noteWarnings, textStyle, writeOutput } from '../shared/write-output.js';

/** `herald report`: where the plan stands on a day, in the format asked for. */
export async function reportCommand(
  planArguments: string | readonly string[] | undefined,
  options: ReportCommandOptions,
  context: CommandContext,
): Promise<number> {
  const given = planArguments === undefined ? [] : typeof planArguments === 'string' ? [planArguments] : planArguments;
  if (isWorkspaceArguments(given, context.cwd)) return (await import('./portfolio.js')).portfolioCommand(given, options, context);
  const planArgument = given[0];
  // The flags are checked before the plan is read, so a mistyped date is the first thing said.
  const { day, ...period } = windowFromFlags(options, REPORT_PERIOD);
  const loaded = await loadPlan(planArgument, context, { usage: 'herald report path/to/plan.yaml' });
  const report = buildReport(loaded.model, { date: day ?? loaded.today, period });

  noteWarnings(loaded, context);
  return writeOutput(await render(loaded.file.displayPath, report, options, context), options, context);
}

// The other formatters load only when asked for: the terminal report starts faster.
async function render(displayPath: string, report: PlanReport, options: ReportCommandOptions, context: CommandContext): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('./json.js')).formatReportJson(displayPath, report);
    case 'md':
      return (await import('./markdown.js')).formatReportMarkdown(report);
    case 'html':
      return (await import('./html.js')).formatReportHtml(report);
    case 'text': {
      const { palette, width } = textStyle(options, context);
      return formatReportText(report, palette, width);
    }
  }
}
