import { isoWeek, maxDate, minDate, type IsoDate } from '../../core/time/dates.js';
import { weekMondays, type Schedule, type ScheduleEntry } from '../../core/schedule/build-schedule.js';
import type { Palette } from '../../format/palette.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import {
  audiencesLabel,
  channelLabel,
  emptyNote,
  ownerLabel,
  summaryLine,
  timeLabel,
  warningsSection,
  weekHeading,
} from '../../format/schedule-text-parts.js';
import { formatDayRange, shortDay } from '../../core/words/values.js';
import { keepTogether, wrapText } from '../../format/text/wrap.js';
import { displayWidth, padEndToWidth } from '../../format/text/width.js';
import { batchedThen, type TextPieces } from '../../format/text-pieces.js';

const INDENT = '  ';
const GAP = '  ';
const DAY_WIDTH = 10; // "Mon  4 Jan"
const TIME_WIDTH = 7; // "all day"
/** Where the channel starts: indent, day, gap, time, gap. */
const LEAD = INDENT.length + DAY_WIDTH + GAP.length + TIME_WIDTH + GAP.length;
const MAX_OWNER = 20;
const MIN_CHANNEL = 16;
/** More lines than this for one touchpoint, and the table gives way to stacked entries. */
const MAX_TABLE_LINES = 3;

type Layout = { kind: 'table'; channel: number; audiences: number; owner: number } | { kind: 'stacked' };

/**
 * The default view: the touchpoints grouped by ISO week, as a table (date, weekday, time,
 * channel and type, audiences, owner) when the terminal is wide enough, else stacked, each
 * entry wrapped so that nothing runs past `width` and nothing is cut off. Weeks of the plan
 * without a touchpoint say so: silence is worth seeing. Warnings follow as a marked section.
 */
export function formatScheduleAgenda(schedule: Schedule, palette: Palette, width: number): string {
  return [...agendaTexts(schedule, palette, width)].join('');
}

/**
 * formatScheduleAgenda's text a week at a time, for a schedule too long to hold as one string
 * (a year across 500 plans is some 12 MB of text): see TextPieces.
 */
export function scheduleAgendaPieces(schedule: Schedule, palette: Palette, width: number, after: () => string = () => ''): TextPieces {
  return batchedThen(() => agendaTexts(schedule, palette, width), after);
}

/** The agenda's lines, each with its line feed, then the warnings section. */
function* agendaTexts(schedule: Schedule, palette: Palette, width: number): Generator<string> {
  const line = (text: string): string => `${text}\n`;
  for (const text of wrapText(`${safeTerminalText(schedule.planName)} · ${formatDayRange(schedule.window)}`, width, '', ''))
    yield line(palette.bold(text));
  for (const text of wrapText(summaryLine(schedule), width, '', '')) yield line(palette.dim(text));
  if (schedule.entries.length === 0) {
    yield line('');
    for (const text of wrapText(emptyNote(schedule), width, '', '')) yield line(text);
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
      yield line('');
      for (const text of wrapText(weekHeading(monday), width, '', '')) yield line(palette.bold(text));
      const entries = byWeek.get(monday) ?? [];
      if (entries.length === 0) yield line(palette.dim(`${INDENT}nothing scheduled`));
      for (const entry of entries) for (const text of entryLines(entry, layout, palette, width)) yield line(text);
    }
  }
  yield warningsSection(schedule, palette, width);
}

/**
 * A table when the widest audiences fit beside a readable channel column: a channel name (and
 * a long owner) wraps inside its column, so an entry may take a few lines but nothing is cut
 * off. When some entry would need more than MAX_TABLE_LINES, or the channel column would be
 * too narrow to read, each entry is stacked instead.
 */
function chooseLayout(entries: readonly ScheduleEntry[], width: number): Layout {
  const widest = (label: (entry: ScheduleEntry) => string): number => Math.max(...entries.map((entry) => displayWidth(label(entry))));
  const channel = widest(channelLabel);
  const audiences = widest(audiencesLabel);
  const owner = Math.min(MAX_OWNER, widest(ownerLabel));
  const room = width - LEAD - audiences - owner - 2 * GAP.length;
  if (room < Math.min(channel, MIN_CHANNEL)) return { kind: 'stacked' };
  const layout: Layout = { kind: 'table', channel: Math.min(channel, room), audiences, owner };
  const fits = entries.every((entry) => tableCells(entry, layout).height <= MAX_TABLE_LINES);
  return fits ? layout : { kind: 'stacked' };
}

/** An entry's channel and owner, each wrapped to its column of the table. */
function tableCells(
  entry: ScheduleEntry,
  layout: Extract<Layout, { kind: 'table' }>,
): { channel: string[]; owner: string[]; height: number } {
  const channel = wrapText(channelLabel(entry), layout.channel, '', '');
  const owner = wrapText(ownerLabel(entry), layout.owner, '', '');
  return { channel, owner, height: Math.max(channel.length, owner.length) };
}

function entryLines(entry: ScheduleEntry, layout: Layout, palette: Palette, width: number): string[] {
  const lead = `${INDENT}${shortDay(entry.date)}${GAP}${palette.accent(timeLabel(entry).padEnd(TIME_WIDTH))}${GAP}`;
  const hanging = ' '.repeat(LEAD);
  if (layout.kind === 'table') {
    const cells = tableCells(entry, layout);
    const lines: string[] = [];
    for (let row = 0; row < cells.height; row += 1) {
      const channel = padEndToWidth(cells.channel[row] ?? '', layout.channel);
      const audiences = padEndToWidth(row === 0 ? audiencesLabel(entry) : '', layout.audiences);
      const owner = cells.owner[row] ?? '';
      const line = `${row === 0 ? lead : hanging}${channel}${GAP}${audiences}${GAP}${owner === '' ? '' : palette.dim(owner)}`;
      lines.push(line.trimEnd());
    }
    return lines;
  }
  // Narrow: the channel wraps under itself, then audiences and owner, so nothing is cut off.
  const [first = '', ...rest] = wrapText(channelLabel(entry), width, hanging, hanging);
  return [
    lead + first.slice(LEAD),
    ...rest,
    ...wrapText(`for ${audiencesLabel(entry)} ${keepTogether(`· ${ownerLabel(entry)}`)}`, width, hanging, hanging).map((line) =>
      palette.dim(line),
    ),
  ];
}
