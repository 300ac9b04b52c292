import { scheduledPart } from '../../core/schedule/scheduled-part.js';
import { SCHEDULE_WINDOW } from '../../core/time/window.js';
import { plural } from '../../core/words/values.js';
import { resolveWorkspaceFilters } from '../../core/workspace/workspace-filters.js';
import { buildWorkspaceSchedule, type WorkspaceSchedule } from '../../core/workspace/workspace-schedule.js';
import { cachedZoneOffset } from '../../core/workspace/zone-offset-cache.js';
import { HeraldError } from '../../errors.js';
import type { OutputText } from '../../format/text-pieces.js';
import type { CommandContext } from '../shared/context.js';
import { loadWorkspace } from '../shared/load-workspace.js';
import { windowFromFlags } from '../shared/window-flags.js';
import { textStyle, writeOutput } from '../shared/write-output.js';
import { scheduleAgendaPieces } from './agenda.js';
import type { ScheduleCommandOptions } from './options.js';
import { formatWorkspaceScheduleJson } from './json.js';
import { scheduleMarkdownPieces } from './markdown.js';
import { scheduleMonthPieces } from './month.js';
import { formatLoadMarkdown, formatLoadText, formatOverLimitText } from './workspace-load.js';

/**
 * `herald schedule <folder|files...>`: one schedule across plans, each row naming its plan
 * (its `plan.id`), and the load of each shared audience per week (see "Many plans" in the README).
 */
export async function scheduleWorkspace(
  args: readonly string[],
  options: ScheduleCommandOptions,
  context: CommandContext,
): Promise<number> {
  const loaded = await loadWorkspace(args, context, 'herald schedule path/to/folder', { keep: scheduledPart });
  // Today in the first plan's zone: a workspace's plans are normally in one organisation's zone.
  const today = context.zones.today(loaded.plans[0]?.plan.plan.timezone ?? 'UTC');
  const window = windowFromFlags(options, SCHEDULE_WINDOW, today);
  const filters = resolveWorkspaceFilters(
    loaded.plans.map(({ plan }) => plan),
    { audience: options.audience, channel: options.channel, owner: options.owner, planIds: options.planId },
  );
  if (!filters.ok) throw new HeraldError('unknown-id', filters.message, { hint: filters.hint });
  const organization = [...loaded.orgs.values()].find((org) => org.organization !== undefined)?.organization;
  const name = `${organization ?? 'Workspace'} · ${plural(loaded.plans.length, 'plan')}`;
  const workspace = buildWorkspaceSchedule(
    loaded.plans.map((plan, index) => ({ ...plan, filters: filters.filters[index] })),
    loaded.orgs,
    window,
    name,
  );
  const output = await render(workspace, options, context);
  return writeOutput(output, options, context, (shown) => `Wrote ${plural(workspace.schedule.entries.length, 'touchpoint')} to ${shown}`);
}

async function render(workspace: WorkspaceSchedule, options: ScheduleCommandOptions, context: CommandContext): Promise<OutputText> {
  const { schedule } = workspace;
  switch (options.format) {
    case 'json':
      return formatWorkspaceScheduleJson(workspace);
    case 'md':
      return scheduleMarkdownPieces(schedule, () => formatLoadMarkdown(workspace));
    case 'ics': {
      const { scheduleIcsPieces } = await import('./ics.js');
      // Offsets read a year of weeks at a time: each timed event across plans asked the process
      // clock (a zone switch, ~60 µs) on its own.
      return scheduleIcsPieces(schedule, { now: context.now, zoneOffset: cachedZoneOffset(context.zones.offset) });
    }
    case 'text': {
      const { palette, width } = textStyle(options, context);
      if (options.view === 'load') return formatLoadText(workspace, palette, width);
      const overLimit = (): string => formatOverLimitText(workspace, palette, width);
      // A few weeks or months at a time: a year across many plans is megabytes of text.
      if (options.view === 'month') return scheduleMonthPieces(schedule, palette, width, overLimit);
      return scheduleAgendaPieces(schedule, palette, width, overLimit);
    }
  }
}
