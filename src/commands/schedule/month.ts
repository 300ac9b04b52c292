import { dateParts, daysInMonth, formatDate, isoWeekday, monthName, type IsoDate } from '../../core/time/dates.js';
import type { Schedule, ScheduleEntry } from '../../core/schedule/build-schedule.js';
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
} from '../../format/schedule-text-parts.js';
import { formatDayRange, weekdayShort } from '../../core/words/values.js';
import { keepTogether, wrapText } from '../../format/text/wrap.js';
import { batchedThen, type TextPieces } from '../../format/text-pieces.js';

const HEADER = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTH_GAP = '   ';
const LEGEND_LEAD = 19; // "   4 Mon  09:00    "
/** The compact mark's width: "*" or "*2". */
const COMPACT = 2;
const MARKER_KEYS = {
  count: '(n) touchpoints that day · "·" outside the window',
  compact: '* one touchpoint that day, *2 two, and so on · "·" outside the window',
  star: '* touchpoints that day · "·" outside the window',
};

interface Month {
  year: number;
  month: number;
}

/**
 * A month grid like `cal` (weeks start on Monday, as ISO weeks do) for every month the window
 * touches, with the number of touchpoints on each day, "(2)", and "·" for days outside the
 * window; as many months side by side as the width allows. Below each row of months, a legend
 * lists their touchpoints. Marks are characters, not colours, so it reads without colour.
 */
export function formatScheduleMonth(schedule: Schedule, palette: Palette, width: number): string {
  return [...monthTexts(schedule, palette, width)].join('');
}

/** formatScheduleMonth's text a few months at a time, then what follows it: see TextPieces. */
export function scheduleMonthPieces(schedule: Schedule, palette: Palette, width: number, after: () => string = () => ''): TextPieces {
  return batchedThen(() => monthTexts(schedule, palette, width), after);
}

/** The view's lines, each with its line feed, then the warnings section. */
function* monthTexts(schedule: Schedule, palette: Palette, width: number): Generator<string> {
  const counts = new Map<IsoDate, number>();
  for (const entry of schedule.entries) counts.set(entry.date, (counts.get(entry.date) ?? 0) + 1);
  const mostInADay = Math.max(0, ...counts.values());
  const marker = chooseMarker(mostInADay, width);
  const perRow = monthsPerRow(marker, width);
  const line = (text: string): string => `${text}\n`;

  for (const text of wrapText(`${safeTerminalText(schedule.planName)} · ${formatDayRange(schedule.window)}`, width, '', ''))
    yield line(palette.bold(text));
  for (const text of wrapText(summaryLine(schedule), width, '', '')) yield line(palette.dim(text));
  for (const text of wrapText(MARKER_KEYS[marker === 1 ? 'star' : marker === COMPACT ? 'compact' : 'count'], width, '', ''))
    yield line(palette.dim(text));
  if (schedule.entries.length === 0) {
    yield line('');
    for (const text of wrapText(emptyNote(schedule), width, '', '')) yield line(text);
  }

  const months = monthsOf(schedule.window.from, schedule.window.to);
  for (let index = 0; index < months.length; index += perRow) {
    const row = months.slice(index, index + perRow);
    const grids = row.map((month) => monthGrid(month, schedule, counts, marker, palette));
    const height = Math.max(...grids.map((grid) => grid.length));
    yield line('');
    for (let at = 0; at < height; at += 1) {
      yield line(
        grids
          .map((grid, column) => {
            const text = grid[at] ?? { plain: '', styled: '' };
            return column === grids.length - 1 ? text.styled : text.styled + ' '.repeat(monthWidth(marker) - text.plain.length);
          })
          .join(MONTH_GAP)
          .trimEnd(),
      );
    }
    if (schedule.entries.length > 0) for (const month of row) for (const text of legend(month, schedule, palette, width)) yield line(text);
  }
  yield warningsSection(schedule, palette, width);
}

function monthWidth(marker: number): number {
  return 7 * (2 + marker) + 6;
}

function monthsPerRow(marker: number, width: number): number {
  return Math.max(1, Math.min(3, Math.floor((width + MONTH_GAP.length) / (monthWidth(marker) + MONTH_GAP.length))));
}

/**
 * How many columns a day's mark takes. "(n)" reads best (four columns for "(12)"). At 80
 * columns "(n)" leaves room for one month only (41 each), so when the compact "*" / "*n" (34
 * each) puts more months side by side, it is used; a terminal too narrow for "(n)" gets "*"
 * alone, and the legend says how many.
 */
function chooseMarker(mostInADay: number, width: number): number {
  const count = Math.max(3, `(${mostInADay})`.length);
  if (monthWidth(count) > width) return 1;
  if (mostInADay <= 9 && monthsPerRow(COMPACT, width) > monthsPerRow(count, width)) return COMPACT;
  return count;
}

/** A day's mark: "(2)", or compact "*" for one touchpoint and "*2" for two, or "*". */
function dayMark(count: number, marker: number): string {
  if (count === 0) return '';
  if (marker === 1) return '*';
  if (marker === COMPACT) return count === 1 ? '*' : `*${count}`;
  return `(${count})`;
}

function monthsOf(from: IsoDate, to: IsoDate): Month[] {
  const a = dateParts(from);
  const b = dateParts(to);
  const months: Month[] = [];
  for (let index = a.year * 12 + a.month - 1; index <= b.year * 12 + b.month - 1; index += 1) {
    months.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return months;
}

/** The lines of one month's grid, each plain (for measuring) and styled. */
function monthGrid(
  { year, month }: Month,
  schedule: Schedule,
  counts: ReadonlyMap<IsoDate, number>,
  marker: number,
  palette: Palette,
): Array<{ plain: string; styled: string }> {
  const cell = 2 + marker;
  const width = monthWidth(marker);
  const title = `${monthName(month)} ${year}`;
  const centred = `${' '.repeat(Math.max(0, Math.floor((width - title.length) / 2)))}${title}`;
  const header = HEADER.map((day) => day.padEnd(cell))
    .join(' ')
    .trimEnd();
  const rows = [
    { plain: centred, styled: palette.bold(centred) },
    { plain: header, styled: palette.dim(header) },
  ];
  let plain: string[] = [];
  let styled: string[] = [];
  const flush = (): void => {
    rows.push({ plain: plain.join(' ').trimEnd(), styled: styled.join(' ').trimEnd() });
    plain = [];
    styled = [];
  };
  const first = formatDate(year, month, 1);
  for (let blank = 1; blank < isoWeekday(first); blank += 1) {
    plain.push(' '.repeat(cell));
    styled.push(' '.repeat(cell));
  }
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    const date = formatDate(year, month, day);
    const count = counts.get(date) ?? 0;
    const inWindow = date >= schedule.window.from && date <= schedule.window.to;
    const number = inWindow ? String(day).padStart(2) : ' ·';
    const mark = dayMark(count, marker);
    plain.push(`${number}${mark.padEnd(marker)}`);
    styled.push(
      count === 0
        ? `${inWindow ? number : palette.dim(number)}${' '.repeat(marker)}`
        : `${palette.accent(number + mark)}${' '.repeat(marker - mark.length)}`,
    );
    if (isoWeekday(date) === 7) flush();
  }
  if (plain.length > 0) flush();
  return rows;
}

/** "January 2027" and its touchpoints, one each, wrapped under their text. */
function legend({ year, month }: Month, schedule: Schedule, palette: Palette, width: number): string[] {
  const prefix = formatDate(year, month, 1).slice(0, 8);
  const entries = schedule.entries.filter((entry) => entry.date.startsWith(prefix));
  const lines = ['', palette.bold(`${monthName(month)} ${year}`)];
  if (entries.length === 0) lines.push(palette.dim('  nothing scheduled'));
  const hanging = ' '.repeat(LEGEND_LEAD);
  for (const entry of entries) lines.push(...wrapText(legendText(entry), width, legendLead(entry), hanging));
  return lines;
}

function legendLead(entry: ScheduleEntry): string {
  const { day } = dateParts(entry.date);
  return `  ${String(day).padStart(2)} ${weekdayShort(entry.date)}  ${timeLabel(entry).padEnd(7)}  `;
}

function legendText(entry: ScheduleEntry): string {
  return `${channelLabel(entry)} · ${audiencesLabel(entry)} ${keepTogether(`· ${ownerLabel(entry)}`)}`;
}
