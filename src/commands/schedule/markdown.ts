import type { Schedule } from '../../core/schedule/build-schedule.js';
import { escapeMarkdownCell, escapeMarkdownInline } from '../../format/text/markdown.js';
import { emptyNote, formatDayRange, summaryLine, warningText, weekdayShort } from '../../format/schedule-text-parts.js';

const HEADER = ['Date', 'Day', 'Time', 'Channel', 'Type', 'Audiences', 'Owner'];

/**
 * The schedule as Markdown for a wiki: a heading, one table row per touchpoint, and the
 * warnings as a list. Every piece of plan text is escaped, so a `|` or `**` in a channel name
 * cannot break the table or turn into markup.
 */
export function formatScheduleMarkdown(schedule: Schedule): string {
  const lines = [
    `# Schedule: ${escapeMarkdownInline(schedule.planName)}`,
    '',
    escapeMarkdownInline(`${formatDayRange(schedule.window)} · ${summaryLine(schedule)}`),
    '',
  ];
  if (schedule.entries.length === 0) {
    lines.push(escapeMarkdownInline(emptyNote(schedule)));
  } else {
    // A Status column once the plan records touches: a plan that does not stays as it was.
    const marked = schedule.entries.some((entry) => entry.status !== null);
    const header = marked ? [...HEADER, 'Status'] : HEADER;
    lines.push(row(header), row(header.map(() => '---')));
    for (const entry of schedule.entries) {
      lines.push(
        row(
          [
            entry.date,
            weekdayShort(entry.date),
            entry.time ?? 'all day',
            entry.name,
            entry.type,
            entry.audiences.map((id) => schedule.audienceNames.get(id) ?? id).join(', '),
            entry.owner ?? '',
            ...(marked ? [entry.status ?? 'open'] : []),
          ].map(escapeMarkdownCell),
        ),
      );
    }
  }
  if (schedule.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const warning of schedule.warnings) lines.push(`- ${escapeMarkdownInline(warningText(warning, schedule.audienceNames))}`);
  }
  return `${lines.join('\n')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
