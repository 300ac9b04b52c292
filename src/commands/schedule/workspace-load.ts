import type { AudienceLoad, WorkspaceSchedule } from '../../core/workspace/workspace-schedule.js';
import { isoWeek } from '../../core/time/dates.js';
import type { Palette } from '../../format/palette.js';
import { shortDay } from '../../core/words/values.js';
import { wrapText } from '../../format/text/wrap.js';
import { escapeMarkdown } from '../../format/text/markdown.js';
import { safeTerminalText } from '../../format/text/safe-text.js';

/** "finance 2, people 1". */
function makeUp(week: AudienceLoad['weeks'][number]): string {
  return week.plans.map(({ plan, touches }) => `${plan} ${touches}`).join(', ');
}

function audienceTitle(load: AudienceLoad): string {
  const limit = load.limit === null ? 'no weekly limit' : `limit ${load.limit} a week`;
  return `${load.name} (${load.audience}) · ${limit}`;
}

/**
 * `schedule <folder> --view load`: each shared audience, week by week, with its touches from
 * all plans, against its weekly limit; "over" marks a week past it, and the plans that make it up.
 */
export function formatLoadText(workspace: WorkspaceSchedule, palette: Palette, width: number): string {
  const lines = [
    palette.bold(safeTerminalText(workspace.schedule.planName)),
    palette.dim('Touches a week per shared audience, from all plans'),
  ];
  if (workspace.load.length === 0) {
    lines.push('', ...wrapText('No organisation file above these plans declares shared audiences (herald.org.yaml).', width, '', ''));
  }
  for (const load of workspace.load) {
    lines.push('', palette.bold(safeTerminalText(audienceTitle(load))));
    for (const week of load.weeks) {
      const lead = `  Week ${String(isoWeek(week.week).week).padStart(2)} · ${shortDay(week.week)}  `;
      const count = `${String(week.touches).padStart(3)}${load.limit === null ? '' : ` / ${load.limit}`}`;
      const mark = week.over ? palette.error(' over') : '';
      const detail = week.touches === 0 ? '' : `  ${makeUp(week)}`;
      const text = `${lead}${count}${week.over ? ' over' : ''}${detail}`;
      // Columns line up when the line fits; a long list of plans wraps under itself.
      const wrapped = text.length <= width ? [text] : wrapText(text, width, '', ' '.repeat(lead.length));
      lines.push(...wrapped.map((line, index) => (index === 0 && week.over ? line.replace(' over', mark) : line)));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** After the agenda or the month view: the weeks over a shared audience's limit, in a few lines. */
export function formatOverLimitText(workspace: WorkspaceSchedule, palette: Palette, width: number): string {
  const over = overLimitLines(workspace);
  if (over.length === 0) return '';
  const lines = ['', palette.bold('Over a shared audience’s weekly limit'), ...over.flatMap((line) => wrapText(line, width, '  ', '    '))];
  lines.push(palette.dim('  `--view load` shows every week.'));
  return `${lines.join('\n')}\n`;
}

function overLimitLines(workspace: WorkspaceSchedule): string[] {
  return workspace.load.flatMap((load) =>
    load.weeks
      .filter((week) => week.over)
      .map(
        (week) =>
          `${safeTerminalText(load.name)} (${load.audience}): ${week.touches} ${week.touches === 1 ? 'touch' : 'touches'} in week ${isoWeek(week.week).week} from ${week.week}, limit ${load.limit} (${makeUp(week)})`,
      ),
  );
}

/** The load as Markdown, after the schedule's table. */
export function formatLoadMarkdown(workspace: WorkspaceSchedule): string {
  if (workspace.load.length === 0) return '';
  const lines = ['', '## Load per shared audience', ''];
  for (const load of workspace.load) {
    lines.push(
      `### ${escapeMarkdown(audienceTitle(load), 'inline')}`,
      '',
      '| Week from | Touches | Limit | Over | Plans |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const week of load.weeks) {
      const cells = [week.week, String(week.touches), load.limit === null ? '' : String(load.limit), week.over ? 'over' : '', makeUp(week)];
      lines.push(`| ${cells.map((cell) => escapeMarkdown(cell, 'cell')).join(' | ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
