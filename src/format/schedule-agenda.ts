import { isoWeek, maxDate, minDate, type IsoDate } from '../core/dates.js';
import { weekMondays, type Schedule, type ScheduleEntry } from '../core/schedule/build-schedule.js';
import type { Palette } from './palette.js';
import { safeTerminalText } from './safe-text.js';
import {
  audiencesLabel,
  channelLabel,
  emptyNote,
  formatDayRange,
  keepTogether,
  ownerLabel,
  shortDay,
  summaryLine,
  timeLabel,
  truncate,
  visibleLength,
  warningsSection,
  weekHeading,
  wrapText,
} from './schedule-text-parts.js';

const INDENT = '  ';
const GAP = '  ';
const DAY_WIDTH = 10; // "Mon  4 Jan"
const TIME_WIDTH = 7; // "all day"
/** Where the channel starts: indent, day, gap, time, gap. */
const LEAD = INDENT.length + DAY_WIDTH + GAP.length + TIME_WIDTH + GAP.length;
const MAX_OWNER = 20;
const MIN_CHANNEL = 16;

type Layout = { kind: 'table'; channel: number; audiences: number; owner: number } | { kind: 'stacked' };

/**
 * The default view: the touchpoints grouped by ISO week, one line each (date, weekday, time,
 * channel and type, audiences, owner) when the terminal is wide enough, else two lines each,
 * so that nothing runs past `width`. Weeks of the plan without a touchpoint say so: silence
 * is worth seeing. Warnings follow as a marked section.
 */
export function formatScheduleAgenda(schedule: Schedule, palette: Palette, width: number): string {
  const lines = [
    ...wrapText(`${safeTerminalText(schedule.planName)} · ${formatDayRange(schedule.window)}`, width, '', '').map((line) =>
      palette.bold(line),
    ),
    ...wrapText(summaryLine(schedule), width, '', '').map((line) => palette.dim(line)),
  ];
  if (schedule.entries.length === 0) {
    lines.push('', ...wrapText(emptyNote(schedule), width, '', ''));
  } else {
    const layout = chooseLayout(schedule.entries, width);
    const byWeek = new Map<IsoDate, ScheduleEntry[]>();
    for (const entry of schedule.entries) {
      const { monday } = isoWeek(entry.date);
      const list = byWeek.get(monday);
      if (list === undefined) byWeek.set(monday, [entry]);
      else list.push(entry);
    }
    const overlap = {
      from: maxDate(schedule.window.from, schedule.planRange.from),
      to: minDate(schedule.window.to, schedule.planRange.to),
    };
    const mondays = new Set([...weekMondays(overlap), ...byWeek.keys()]);
    for (const monday of [...mondays].sort()) {
      lines.push('', palette.bold(truncate(weekHeading(monday), width)));
      const entries = byWeek.get(monday) ?? [];
      if (entries.length === 0) lines.push(palette.dim(`${INDENT}nothing scheduled`));
      for (const entry of entries) lines.push(...entryLines(entry, layout, palette, width));
    }
  }
  return `${lines.join('\n')}\n${warningsSection(schedule, palette, width)}`;
}

/** One line per entry when the widest audiences fit beside a readable channel name; else two. */
function chooseLayout(entries: readonly ScheduleEntry[], width: number): Layout {
  const widest = (label: (entry: ScheduleEntry) => string): number => Math.max(...entries.map((entry) => visibleLength(label(entry))));
  const channel = widest(channelLabel);
  const audiences = widest(audiencesLabel);
  const owner = Math.min(MAX_OWNER, widest(ownerLabel));
  const room = width - LEAD - audiences - owner - 2 * GAP.length;
  if (room < Math.min(channel, MIN_CHANNEL)) return { kind: 'stacked' };
  return { kind: 'table', channel: Math.min(channel, room), audiences, owner };
}

function entryLines(entry: ScheduleEntry, layout: Layout, palette: Palette, width: number): string[] {
  const lead = `${INDENT}${shortDay(entry.date)}${GAP}${palette.accent(timeLabel(entry).padEnd(TIME_WIDTH))}${GAP}`;
  if (layout.kind === 'table') {
    const channel = truncate(channelLabel(entry), layout.channel).padEnd(layout.channel);
    const audiences = audiencesLabel(entry).padEnd(layout.audiences);
    return [`${lead}${channel}${GAP}${audiences}${GAP}${palette.dim(truncate(ownerLabel(entry), layout.owner))}`.trimEnd()];
  }
  // Narrow: the channel wraps under itself, then audiences and owner, so nothing is cut off.
  const hanging = ' '.repeat(LEAD);
  const [first = '', ...rest] = wrapText(channelLabel(entry), width, hanging, hanging);
  return [
    lead + first.slice(LEAD),
    ...rest,
    ...wrapText(`for ${audiencesLabel(entry)} ${keepTogether(`· ${ownerLabel(entry)}`)}`, width, hanging, hanging).map((line) =>
      palette.dim(line),
    ),
  ];
}
