/**
 * The rest of generate for one plan whose drafts are decided, alone or in a workspace
 * (workspace.ts): print them, or write them and say what happened.
 */
import { dirname, join } from 'node:path';
import type { DraftJob, DraftPlan, NotDrafted } from '../../core/drafts/draft-data.js';
import type { Diagnostic } from '../../core/plan/diagnostics.js';
import type { PlanModel } from '../../core/plan/plan-model.js';
import type { PlanFile } from '../../io/read-plan-file.js';
import { formatDateWords, plural } from '../../core/words/values.js';
import { formatOf } from '../../core/drafts/kinds.js';
import type { DateRange } from '../../core/schedule/touchpoints.js';
import { EXIT } from '../../errors.js';
import { formatKeptDiffs } from './kept-draft-diff.js';
import type { Palette } from '../../format/palette.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import { formatTouchpointMarks } from '../../format/touchpoint-marks.js';
import type { DraftStatus, DraftWritePlan } from '../../io/drafts/folder.js';
import { colorLevel, paletteFor } from '../../io/terminal.js';
import { loadTemplates } from '../../io/templates/load-templates.js';
import { channelTemplateOf, renderDrafts } from '../../core/drafts/render/render-drafts.js';
import type { CommandContext } from '../shared/context.js';

import type { GenerateOptions } from './options.js';

/** The default output folder, beside the plan file. */
export const DRAFTS_FOLDER = 'drafts';

/** A plan read and checked, as generate drafts it: loaded alone (load-plan.ts) or in a workspace. */
export interface PlanToDraft {
  model: PlanModel;
  file: Pick<PlanFile, 'absolutePath' | 'displayPath'>;
  warnings: readonly Diagnostic[];
}

/** The rest of generate for one plan whose drafts are decided: print them, or write them and report. */
export async function writePlanDrafts(
  { model, file, warnings }: PlanToDraft,
  { jobs, notDrafted }: DraftPlan,
  window: DateRange,
  options: GenerateOptions,
  context: CommandContext,
): Promise<number> {
  const { plan } = model;

  if (options.data) {
    context.stdout.write(`${JSON.stringify(jobs.map(dataEntry), null, 2)}\n`);
    return EXIT.ok;
  }
  if (warnings.length > 0) {
    context.stderr.write(
      `note: ${file.displayPath} has ${plural(warnings.length, 'warning')}; \`herald validate ${file.displayPath}\` lists them\n`,
    );
  }
  if (jobs.length === 0) {
    const why =
      notDrafted.length === 0
        ? `No touchpoints ${describeWindow(window)}: nothing to draft. \`herald schedule\` shows when the next ones are.`
        : `Nothing to draft ${describeWindow(window)}: ${formatNotDrafted(notDrafted)}.`;
    context.stderr.write(`${why}\n`);
    return EXIT.ok;
  }

  const channelTemplates = new Map(
    (plan.channels ?? []).flatMap((channel) => (channel.template === undefined ? [] : [[channel.id, channel.template] as const])),
  );
  const templates = loadTemplates(
    jobs.map((job) => ({ kind: job.template, channelTemplate: channelTemplateOf(job, channelTemplates) })),
    { cwd: context.cwd, planFolder: dirname(file.absolutePath), userFolder: options.templates ?? null },
  );
  for (const name of templates.unknownFiles) {
    context.stderr.write(
      `warning: ${safeTerminalText(name)} in ${safeTerminalText(options.templates ?? '')} is not a template Herald uses\n`,
    );
  }
  const drafts = await renderDrafts(jobs, templates, { channelTemplates, zoneOffset: context.zones.offset });

  if (options.stdout) {
    drafts.forEach((draft, position) => {
      if (drafts.length > 1) context.stdout.write(`${position === 0 ? '' : '\n'}==> ${draft.fileName} <==\n`);
      context.stdout.write(draft.content);
    });
    if (notDrafted.length > 0) context.stderr.write(`Not drafted: ${formatNotDrafted(notDrafted)}.\n`);
    return EXIT.ok;
  }

  // Loaded only to write: hashing and atomic writes cost start-up time that --stdout does not need.
  const { planDraftWrites } = await import('../../io/drafts/folder.js');
  // Drafts belong to the plan: next to it, wherever the command is run from.
  const out = options.out ?? join(dirname(file.absolutePath), DRAFTS_FOLDER);
  const planned = await planDraftWrites(out, drafts, { cwd: context.cwd, force: options.force });
  for (const warning of planned.warnings) context.stderr.write(`warning: ${safeTerminalText(warning)}\n`);
  // Under the folder's lock each draft's fate is decided again: the report says what happened.
  const writePlan = options.dryRun
    ? planned
    : await (await import('../../io/drafts/write.js')).writeDrafts(planned, { fileSystem: context.fileSystem });
  const palette = paletteFor(colorLevel(context.stdout, context.env, context.color));
  context.stdout.write(formatWriteReport(writePlan, window, options.dryRun, palette, notDrafted));
  context.stdout.write(formatTouchpointMarks(model.touchpoints(window), plan.touches, palette));
  if (options.diff === true) context.stdout.write(await formatKeptDiffs(writePlan.drafts, palette));
  return EXIT.ok;
}

const NOT_DRAFTED_WORDS: Record<NotDrafted['reason'], string> = {
  'nothing-new': 'nothing new',
  'recorded-skipped': 'recorded as skipped',
};

/** "2 not drafted: nothing new (--quiet-too drafts them)" and the like, for one summary line. */
function formatNotDrafted(notDrafted: readonly NotDrafted[]): string {
  const reasons = (Object.keys(NOT_DRAFTED_WORDS) as NotDrafted['reason'][]).flatMap((reason) => {
    const count = notDrafted.filter((entry) => entry.reason === reason).length;
    if (count === 0) return [];
    const extra = reason === 'nothing-new' ? ' (--quiet-too drafts them)' : '';
    return [`${count} ${NOT_DRAFTED_WORDS[reason]}${extra}`];
  });
  return `${plural(notDrafted.length, 'touchpoint')} not drafted: ${reasons.join(', ')}`;
}

function notDraftedLines(notDrafted: readonly NotDrafted[], palette: Palette): string[] {
  return notDrafted.map((entry) => {
    const who = entry.broadcast ? '' : `-${entry.audiences[0] ?? ''}`;
    return `  ${palette.dim('not drafted')}  ${entry.date} ${safeTerminalText(`${entry.channel}${who}`)} ${palette.dim(`(${NOT_DRAFTED_WORDS[entry.reason]})`)}`;
  });
}

function dataEntry(job: DraftJob): { file: string; template: string; format: string; data: unknown } {
  return { file: job.fileName, template: job.template, format: formatOf(job.template), data: job.data };
}

function describeWindow(window: DateRange): string {
  return window.from === window.to
    ? `on ${formatDateWords(window.from)}`
    : `from ${formatDateWords(window.from, 'medium')} to ${formatDateWords(window.to, 'medium')}`;
}

/** The word for each file; the summary counts in the same words. */
const LABELS: Record<DraftStatus, { done: string; dry: string }> = {
  new: { done: 'added', dry: 'would add' },
  updated: { done: 'updated', dry: 'would update' },
  overwritten: { done: 'overwritten', dry: 'would overwrite' },
  unchanged: { done: 'unchanged', dry: 'unchanged' },
  kept: { done: 'kept', dry: 'would keep' },
};

/** The same words in the summary: "2 updated", or "2 to update" in a dry run. */
function countLabel(status: DraftStatus, dryRun: boolean): string {
  return dryRun ? LABELS[status].dry.replace(/^would /, 'to ') : LABELS[status].done;
}

export function formatWriteReport(
  plan: DraftWritePlan,
  window: DateRange,
  dryRun: boolean,
  palette: Palette,
  notDrafted: readonly NotDrafted[] = [],
): string {
  const labelOf = (status: DraftStatus): string => (dryRun ? LABELS[status].dry : LABELS[status].done);
  const width = Math.max(...plan.drafts.map((d) => labelOf(d.status).length));
  const lines = plan.drafts.map((draft) => {
    const label = labelOf(draft.status).padEnd(width);
    const coloured =
      draft.status === 'kept' ? palette.warning(label) : draft.status === 'unchanged' ? palette.dim(label) : palette.success(label);
    const edited = draft.kept?.planChanged === true ? 'edited; Herald would now write it differently' : 'edited since Herald wrote it';
    const note = draft.status === 'kept' ? palette.dim(` (${draft.note ?? edited})`) : '';
    return `  ${coloured}  ${safeTerminalText(draft.displayPath)}${note}`;
  });
  const count = (status: DraftStatus): number => plan.drafts.filter((d) => d.status === status).length;
  const part = (status: DraftStatus): string => `${count(status)} ${countLabel(status, dryRun)}`;
  // Written = added + updated + overwritten, each named as in the list when there is any.
  const writes = (['new', 'updated', 'overwritten'] as const).filter((status) => count(status) > 0);
  const written = writes.reduce((sum, status) => sum + count(status), 0);
  const detail = writes.length === 0 ? '' : ` (${writes.map(part).join(', ')})`;
  const parts = [`${written} ${dryRun ? 'to write' : 'written'}${detail}`, part('unchanged'), part('kept')];
  const head = `${plural(plan.drafts.length, 'draft')} ${describeWindow(window)} in ${safeTerminalText(plan.displayFolder)}/`;
  const summary = dryRun
    ? `Dry run, nothing written. ${head}: ${parts.join(', ')}.`
    : `${palette.success('✔')} ${head}: ${parts.join(', ')}.`;
  const changed = plan.drafts.filter((draft) => draft.status === 'kept' && draft.kept?.planChanged === true).length;
  const hints = [
    plan.drafts.some((d) => d.status === 'kept' && d.note === undefined)
      ? 'Kept drafts were edited since Herald wrote them; --force overwrites them.'
      : '',
    // The plan changed what Herald would write: the user's edit may now miss something.
    changed > 0
      ? `${changed === 1 ? 'One of them differs' : `${changed} of them differ`} from what Herald would write now: --diff shows how.`
      : '',
  ].filter((line) => line !== '');
  const hint = hints.length > 0 ? `\n${palette.dim(hints.join(' '))}` : '';
  const left = notDrafted.length === 0 ? '' : `\n${formatNotDrafted(notDrafted)}.`;
  return `${[...lines, ...notDraftedLines(notDrafted, palette)].join('\n')}\n${summary}${left}${hint}\n`;
}
