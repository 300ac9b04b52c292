import { resolve } from 'node:path';
import { isIsoDate } from '../core/dates.js';
import { show } from '../core/text.js';
import { buildReport } from '../core/report/build-report.js';
import { EXIT, HeraldError } from '../errors.js';
import { formatReportHtml } from '../format/report-html.js';
import { formatReportJson } from '../format/report-json.js';
import { formatReportMarkdown } from '../format/report-markdown.js';
import { formatReportText } from '../format/report-text.js';
import { plainPalette } from '../format/palette.js';
import { displayPathOf } from '../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../io/terminal.js';
import { writeFileSafely } from '../io/write-file.js';
import type { CommandContext } from './context.js';
import { loadPlan } from './load-plan.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';

export interface ReportCommandOptions {
  format: ReportFormat;
  /** The day the report is about (default: today in the plan's time zone). */
  date?: string;
  /** The period of the highlights shown (default: the plan's start to the report date). */
  from?: string;
  to?: string;
  /** Write to this file instead of stdout. */
  out?: string;
  force: boolean;
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
  const loaded = await loadPlan(planArgument, context);
  const report = buildReport(loaded.plan, {
    date: date ?? loaded.today,
    period: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) },
  });

  const toFile = options.out !== undefined;
  let output: string;
  switch (options.format) {
    case 'json':
      output = formatReportJson(loaded.file.displayPath, report);
      break;
    case 'md':
      output = formatReportMarkdown(report);
      break;
    case 'html':
      output = formatReportHtml(report);
      break;
    case 'text': {
      const palette = toFile ? plainPalette : paletteFor(colorLevel(context.stdout, context.env, context.color));
      output = formatReportText(report, palette, toFile ? 80 : widthOf(context.stdout, context.env));
      break;
    }
  }

  if (loaded.warnings.length > 0) {
    context.stderr.write(
      `note: ${loaded.file.displayPath} has ${plural(loaded.warnings.length, 'warning')}; \`herald validate\` shows them\n`,
    );
  }
  if (options.out === undefined) {
    context.stdout.write(output);
    return EXIT.ok;
  }
  const path = resolve(context.cwd, options.out);
  const shown = displayPathOf(path, context.cwd);
  await writeFileSafely(path, output, { force: options.force, displayPath: shown });
  context.stderr.write(`Wrote ${shown}\n`);
  return EXIT.ok;
}

function dateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new HeraldError(`${flag} ${show(value)} is not a date`, { hint: `Write it as YYYY-MM-DD, e.g. ${flag} 2027-03-31.` });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
