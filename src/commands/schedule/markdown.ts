import type { Schedule } from '../../core/schedule/build-schedule.js';
import { escapeMarkdown } from '../../format/text/markdown.js';
import { emptyNote, summaryLine, warningText } from '../../format/schedule-text-parts.js';
import { formatDayRange, weekdayShort } from '../../core/words/values.js';

const inline = (text: string): string => escapeMarkdown(text, 'inline');
const HEADER = ['Date', 'Day', 'Time', 'Channel', 'Type', 'Audiences', 'Owner'];

/**
 * The schedule as Markdown for a wiki: a heading, one table row per touchpoint, and the
 * warnings as a list. Every piece of plan text is escaped, so a `|` or `**` in a channel name
 * cannot break the table or turn into markup.
 */
export function formatScheduleMarkdown(schedule: Schedule): string {
  const lines = [
    `# Schedule: ${inline(schedule.planName)}`,
    '',
    inline(`${formatDayRange(schedule.window)} · ${summaryLine(schedule)}`),
    '',
  ];
  if (schedule.entries.length === 0) {
    lines.push(inline(emptyNote(schedule)));
  } else {
    // A Status column once the plan records touches: a plan that does not stays as it was.
    const marked = schedule.entries.some((entry) => entry.status !== null);
    // Across plans, a Plan column after the time.
    const across = schedule.entries.some((entry) => entry.plan !== undefined);
    const header = [...HEADER.slice(0, 3), ...(across ? ['Plan'] : []), ...HEADER.slice(3), ...(marked ? ['Status'] : [])];
    lines.push(row(header), row(header.map(() => '---')));
    for (const entry of schedule.entries) {
      lines.push(
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
    lines.push('', '## Warnings', '');
    for (const warning of schedule.warnings) lines.push(`- ${inline(warningText(warning, schedule.audienceNames))}`);
  }
  return `${lines.join('\n')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
