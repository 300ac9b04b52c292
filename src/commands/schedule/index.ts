import { buildSchedule, type Schedule } from '../../core/schedule/build-schedule.js';
import { resolveScheduleFilters } from '../../core/schedule/schedule-filters.js';
import { SCHEDULE_WINDOW } from '../../core/time/window.js';
import { plural } from '../../core/words/values.js';
import { warningText } from '../../format/schedule-text-parts.js';
import { HeraldError } from '../../errors.js';
import { formatScheduleAgenda } from './agenda.js';
import { formatScheduleJson } from './json.js';
import { formatScheduleMarkdown } from './markdown.js';
import { formatScheduleMonth } from './month.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import type { CommandContext } from '../shared/context.js';
import type { ScheduleCommandOptions } from './options.js';
import { loadPlan } from '../shared/load-plan.js';
import { isWorkspaceArguments } from '../../io/workspace/read-workspace.js';
import { windowFromFlags } from '../shared/window-flags.js';
import { noteWarnings, textStyle, writeOutput } from '../shared/write-output.js';

/** `herald schedule`: the touchpoints of a window, as an agenda, a month grid, JSON, Markdown or iCalendar. */
export async function scheduleCommand(
  planArguments: string | readonly string[] | undefined,
  options: ScheduleCommandOptions,
  context: CommandContext,
): Promise<number> {
  const given = planArguments === undefined ? [] : typeof planArguments === 'string' ? [planArguments] : planArguments;
  // A folder, several files, or what only a workspace has (its load, a plan filter): across plans.
  if (isWorkspaceArguments(given, context.cwd) || options.view === 'load' || (options.planId ?? []).length > 0) {
    return (await import('./workspace.js')).scheduleWorkspace(given, options, context);
  }
  const planArgument = given[0];
  const loaded = await loadPlan(planArgument, context, { usage: 'herald schedule path/to/plan.yaml' });
  const window = windowFromFlags(options, SCHEDULE_WINDOW, loaded.today);
  const filters = resolveScheduleFilters(loaded.plan, options);
  if (!filters.ok) throw new HeraldError('unknown-id', filters.message, { hint: filters.hint });
  const schedule = buildSchedule(loaded.model, window, filters.filters);

  const output = await render(schedule, options, context);
  // JSON and iCalendar must stay valid documents, so their warnings go to stderr.
  if (options.format === 'json' || options.format === 'ics') {
    for (const warning of schedule.warnings) {
      context.stderr.write(`warning: ${safeTerminalText(warningText(warning, schedule.audienceNames))}\n`);
    }
  }
  noteWarnings(loaded, context);
  return writeOutput(output, options, context, (shown) => `Wrote ${plural(schedule.entries.length, 'touchpoint')} to ${shown}`);
}

async function render(schedule: Schedule, options: ScheduleCommandOptions, context: CommandContext): Promise<string> {
  switch (options.format) {
    case 'json':
      return formatScheduleJson(schedule);
    case 'md':
      return formatScheduleMarkdown(schedule);
    case 'ics': {
      // ical-generator comes with this module, loaded only here: the other formats start as fast as validate.
      const { formatScheduleIcs } = await import('./ics.js');
      return formatScheduleIcs(schedule, { now: context.now, zoneOffset: context.zones.offset });
    }
    case 'text': {
      const { palette, width } = textStyle(options, context);
      // --view load needs shared audiences: it reads the plan as a workspace of one (see above).
      return options.view === 'month' ? formatScheduleMonth(schedule, palette, width) : formatScheduleAgenda(schedule, palette, width);
    }
  }
}
