import { validateWorkspace, type FileValidation, type WorkspaceValidation } from '../../core/workspace/validate-workspace.js';
import { parseDateOption } from '../shared/date-flag.js';
import { EXIT, HeraldError } from '../../errors.js';
import { formatDiagnosticsGithub, formatDiagnosticsJson } from './diagnostics-machine.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { readWorkspace } from '../../io/workspace/read-workspace.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import type { CommandContext } from '../shared/context.js';
import { refuseBrokenOrg } from '../shared/load-org.js';
import { printOutput } from '../shared/write-output.js';
import { formatWorkspaceGithub, formatWorkspaceJson, formatWorkspaceText, type ShownFile } from './workspace-output.js';

export interface ValidateOptions {
  format: 'text' | 'json' | 'github';
  /** Warnings fail the check too. */
  strict: boolean;
  /** Report errors only. */
  quiet: boolean;
  /** The day the date-dependent rules judge by, YYYY-MM-DD (default: today in the plan's time zone). */
  date?: string | undefined;
}

/** One plan file (or herald.yaml), or a workspace: a folder, or several files (see "Many plans" in the README). */
export async function validateCommand(
  planArguments: string | readonly string[] | undefined,
  options: ValidateOptions,
  context: CommandContext,
): Promise<number> {
  // Usage first: a mistyped date should not wait for the plan to be read.
  const today = options.date === undefined ? undefined : parseDateOption('--date', options.date);
  if (today?.ok === false) throw new HeraldError('bad-date-option', today.message, { hint: today.hint });
  const given = planArguments === undefined ? [] : typeof planArguments === 'string' ? [planArguments] : planArguments;
  const read = await readWorkspace(given, context.cwd, 'herald validate path/to/plan.yaml', { orgFiles: true });
  const workspace = await validateWorkspace(read.sources, {
    today: today?.ok === true ? today.date : (zone) => context.zones.today(zone),
    zoneOffset: context.zones.offset,
    acrossPlans: read.isWorkspace,
    // Many plans print their diagnostics only; one plan's text output counts its parts.
    keepPlans: !read.isWorkspace,
  });
  if (read.orgFilesOnly && !read.isWorkspace) return writeOrgFile(workspace.files[0]!, options, context);
  if (read.isWorkspace) return writeWorkspace(workspace, options, context);
  refuseBrokenOrg(workspace, context);
  const result = workspace.files.find((entry) => entry.kind === 'plan')!;
  const file = { displayPath: result.file };
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

/** `validate herald.org.yaml`: the organisation file alone, checked as validate checks one plan. */
function writeOrgFile(result: FileValidation, options: ValidateOptions, context: CommandContext): number {
  const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
  const failed = hasErrors || (options.strict && result.diagnostics.length > 0);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (options.format === 'json') context.stdout.write(formatDiagnosticsJson(result.file, !failed, shown));
  else if (options.format === 'github') context.stdout.write(formatDiagnosticsGithub(result.file, shown));
  else {
    const palette = paletteFor(colorLevel(context.stdout, context.env, context.color));
    const { org } = result;
    const report = {
      file: result.file,
      text: result.text,
      diagnostics: shown,
      rulesRan: true,
      hiddenWarnings: result.diagnostics.length - shown.length,
      valid: 'a valid organisation file',
      ...(org === undefined
        ? {}
        : {
            counts: {
              'shared audiences': org.audiences?.length ?? 0,
              blackouts: org.blackouts?.length ?? 0,
              'rule settings': Object.keys(org.rules ?? {}).length,
            },
          }),
    };
    context.stdout.write(formatDiagnosticsText(report, palette, widthOf(context.stdout, context.env)));
  }
  return failed ? EXIT.problems : EXIT.ok;
}

function writeWorkspace(workspace: WorkspaceValidation, options: ValidateOptions, context: CommandContext): number {
  const files: ShownFile[] = workspace.files.map((file) => {
    const hasErrors = file.diagnostics.some((d) => d.severity === 'error');
    return {
      file,
      shown: options.quiet ? file.diagnostics.filter((d) => d.severity === 'error') : file.diagnostics,
      failed: hasErrors || (options.strict && file.diagnostics.length > 0),
    };
  });
  if (options.format === 'json') printOutput(formatWorkspaceJson(files), context);
  else if (options.format === 'github') printOutput(formatWorkspaceGithub(files), context);
  else {
    const palette = paletteFor(colorLevel(context.stdout, context.env, context.color));
    context.stdout.write(formatWorkspaceText(files, palette, widthOf(context.stdout, context.env)));
  }
  return files.some(({ failed }) => failed) ? EXIT.problems : EXIT.ok;
}
