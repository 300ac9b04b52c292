import { validatePlan } from '../../core/plan/validate-plan.js';
import { parseDateOption } from '../shared/date-flag.js';
import { EXIT, HeraldError } from '../../errors.js';
import { formatDiagnosticsGithub, formatDiagnosticsJson } from './diagnostics-machine.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import type { CommandContext } from '../shared/context.js';

export interface ValidateOptions {
  format: 'text' | 'json' | 'github';
  /** Warnings fail the check too. */
  strict: boolean;
  /** Report errors only. */
  quiet: boolean;
  /** The day the date-dependent rules judge by, YYYY-MM-DD (default: today in the plan's time zone). */
  date?: string | undefined;
}

export async function validateCommand(
  planArgument: string | undefined,
  options: ValidateOptions,
  context: CommandContext,
): Promise<number> {
  // Usage first: a mistyped date should not wait for the plan to be read.
  const today = options.date === undefined ? undefined : parseDateOption('--date', options.date);
  if (today?.ok === false) throw new HeraldError('bad-date-option', today.message, { hint: today.hint });
  const file = readPlanFile(planArgument, context.cwd, 'herald validate path/to/plan.yaml');
  const result = await validatePlan(file.bytes, {
    today: today?.ok === true ? today.date : (zone) => context.zones.today(zone),
    zoneOffset: context.zones.offset,
  });
  const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
  const failed = hasErrors || (options.strict && result.diagnostics.length > 0);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;

  if (options.format === 'json') {
    context.stdout.write(formatDiagnosticsJson(file.displayPath, !failed, shown));
  } else if (options.format === 'github') {
    context.stdout.write(formatDiagnosticsGithub(file.displayPath, shown));
  } else {
    const palette = paletteFor(colorLevel(context.stdout, context.env, context.color));
    const plan = result.plan;
    const counts =
      plan === undefined
        ? undefined
        : {
            goals: plan.goals?.length ?? 0,
            audiences: plan.audiences?.length ?? 0,
            channels: plan.channels?.length ?? 0,
            highlights: plan.highlights?.length ?? 0,
          };
    const report = {
      file: file.displayPath,
      text: result.text,
      diagnostics: shown,
      rulesRan: result.rulesRan,
      hiddenWarnings: result.diagnostics.length - shown.length,
      ...(counts === undefined ? {} : { counts }),
    };
    context.stdout.write(formatDiagnosticsText(report, palette, widthOf(context.stdout, context.env)));
  }
  return failed ? EXIT.problems : EXIT.ok;
}
