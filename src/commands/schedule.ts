import { resolve } from 'node:path';
import { buildSchedule, type Schedule } from '../core/schedule/build-schedule.js';
import { resolveScheduleFilters } from '../core/schedule/schedule-filters.js';
import { resolveScheduleWindow } from '../core/schedule/schedule-window.js';
import { EXIT, HeraldError } from '../errors.js';
import { plainPalette } from '../format/palette.js';
import { formatScheduleAgenda } from '../format/schedule-agenda.js';
import { formatScheduleJson } from '../format/schedule-json.js';
import { formatScheduleMarkdown } from '../format/schedule-markdown.js';
import { formatScheduleMonth } from '../format/schedule-month.js';
import { plural, warningText } from '../format/schedule-text-parts.js';
import { safeTerminalText } from '../format/safe-text.js';
import { displayPathOf } from '../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../io/terminal.js';
import { writeFileSafely } from '../io/write-file.js';
import type { CommandContext } from './context.js';
import { loadPlan } from './load-plan.js';

export type ScheduleFormat = 'text' | 'json' | 'md' | 'ics';
export type ScheduleView = 'agenda' | 'month';

export interface ScheduleCommandOptions {
  from?: string;
  to?: string;
  weeks?: string;
  audience?: string[];
  channel?: string[];
  owner?: string[];
  view: ScheduleView;
  format: ScheduleFormat;
  /** Write to this file instead of stdout. */
  out?: string;
  force: boolean;
}

/** `herald schedule`: the touchpoints of a window, as an agenda, a month grid, JSON, Markdown or iCalendar. */
export async function scheduleCommand(
  planArgument: string | undefined,
  options: ScheduleCommandOptions,
  context: CommandContext,
): Promise<number> {
  const loaded = await loadPlan(planArgument, context);
  const window = resolveScheduleWindow(options, loaded.today);
  if (!window.ok) throw new HeraldError(window.message, { hint: window.hint });
  const filters = resolveScheduleFilters(loaded.plan, options);
  if (!filters.ok) throw new HeraldError(filters.message, { hint: filters.hint });
  const schedule = buildSchedule(loaded.plan, window.window, filters.filters);

  const output = await render(schedule, options, context);
  // JSON and iCalendar must stay valid documents, so their warnings go to stderr.
  if (options.format === 'json' || options.format === 'ics') {
    for (const warning of schedule.warnings) {
      context.stderr.write(`warning: ${safeTerminalText(warningText(warning, schedule.audienceNames))}\n`);
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
  context.stderr.write(`Wrote ${plural(schedule.entries.length, 'touchpoint')} to ${shown}\n`);
  return EXIT.ok;
}

async function render(schedule: Schedule, options: ScheduleCommandOptions, context: CommandContext): Promise<string> {
  switch (options.format) {
    case 'json':
      return formatScheduleJson(schedule);
    case 'md':
      return formatScheduleMarkdown(schedule);
    case 'ics': {
      // ical-generator comes with this module, loaded only here: the other formats start as fast as validate.
      const { formatScheduleIcs } = await import('../format/schedule-ics.js');
      return formatScheduleIcs(schedule, { now: context.now });
    }
    case 'text': {
      // A file gets no colour and a fixed width; the terminal gets its own.
      const toFile = options.out !== undefined;
      const palette = toFile ? plainPalette : paletteFor(colorLevel(context.stdout, context.env, context.color));
      const width = toFile ? 80 : widthOf(context.stdout, context.env);
      return options.view === 'month' ? formatScheduleMonth(schedule, palette, width) : formatScheduleAgenda(schedule, palette, width);
    }
  }
}
