import type { Schedule } from '../../core/schedule/build-schedule.js';
import { escapeMarkdown } from '../../format/text/markdown.js';
import { emptyNote, summaryLine, warningText } from '../../format/schedule-text-parts.js';
import { formatDayRange, weekdayShort } from '../../core/words/values.js';
import { batchedThen, type TextPieces } from '../../format/text-pieces.js';

const inline = (text: string): string => escapeMarkdown(text, 'inline');
const HEADER = ['Date', 'Day', 'Time', 'Channel', 'Type', 'Audiences', 'Owner'];

/**
 * The schedule as Markdown for a wiki: a heading, one table row per touchpoint, and the
 * warnings as a list. Every piece of plan text is escaped, so a `|` or `**` in a channel name
 * cannot break the table or turn into markup.
 */
export function formatScheduleMarkdown(schedule: Schedule): string {
  return [...markdownLines(schedule)].join('');
}

/** formatScheduleMarkdown's text in pieces, then what follows it: see TextPieces (and scheduleAgendaPieces). */
export function scheduleMarkdownPieces(schedule: Schedule, after: () => string = () => ''): TextPieces {
  return batchedThen(() => markdownLines(schedule), after);
}

/** The page's lines, each with its line feed. */
function* markdownLines(schedule: Schedule): Generator<string> {
  const line = (text: string): string => `${text}\n`;
  yield line(`# Schedule: ${inline(schedule.planName)}`);
  yield line('');
  yield line(inline(`${formatDayRange(schedule.window)} · ${summaryLine(schedule)}`));
  yield line('');
  if (schedule.entries.length === 0) {
    yield line(inline(emptyNote(schedule)));
  } else {
    // A Status column once the plan records touches: a plan that does not stays as it was.
    const marked = schedule.entries.some((entry) => entry.status !== null);
    // Across plans, a Plan column after the time.
    const across = schedule.entries.some((entry) => entry.plan !== undefined);
    const header = [...HEADER.slice(0, 3), ...(across ? ['Plan'] : []), ...HEADER.slice(3), ...(marked ? ['Status'] : [])];
    yield line(row(header));
    yield line(row(header.map(() => '---')));
    for (const entry of schedule.entries) {
      yield line(
        row(
          [
            entry.date,
            weekdayShort(entry.date),
            entry.time ?? 'all day',
            ...(across ? [entry.plan?.key ?? ''] : []),
            entry.name,
            entry.type,
            entry.audiences.map((id) => schedule.audienceNames.get(id) ?? id).join(', '),
            entry.owner ?? '',
            ...(marked ? [entry.status ?? 'open'] : []),
          ].map((text) => escapeMarkdown(text, 'cell')),
        ),
      );
    }
  }
  if (schedule.warnings.length > 0) {
    yield line('');
    yield line('## Warnings');
    yield line('');
    for (const warning of schedule.warnings) yield line(`- ${inline(warningText(warning, schedule.audienceNames))}`);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
