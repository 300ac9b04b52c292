import { parseDateOption } from '../../core/time/date-option.js';
import { buildReport, type PlanReport } from '../../core/report/build-report.js';
import { HeraldError } from '../../errors.js';
import { formatReportText } from './text.js';
import type { CommandContext } from '../shared/context.js';
import { loadPlan } from '../shared/load-plan.js';
import { noteWarnings, textStyle, writeOutput, type OutputOptions } from '../shared/write-output.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';

export interface ReportCommandOptions extends OutputOptions {
  format: ReportFormat;
  /** The day the report is about (default: today in the plan's time zone). */
  date?: string;
  /** The period of the highlights shown (default: the plan's start to the report date). */
  from?: string;
  to?: string;
}

/** `herald report`: where the plan stands on a day, in the format asked for. */
export async function reportCommand(
  planArgument: string | undefined,
  options: ReportCommandOptions,
  context: CommandContext,
): Promise<number> {
  const date = dateOption('--date', options.date);
  const from = dateOption('--from', options.from);
  const to = dateOption('--to', options.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new HeraldError(`--from ${from} is after --to ${to}`, { hint: 'Give a period whose start is on or before its end.' });
  }
  const loaded = await loadPlan(planArgument, context, { usage: 'herald report path/to/plan.yaml' });
  const report = buildReport(loaded.plan, {
    date: date ?? loaded.today,
    period: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
  });

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

function dateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDateOption(flag, value);
  if (!parsed.ok) throw new HeraldError(parsed.message, { hint: parsed.hint });
  return parsed.date;
}
