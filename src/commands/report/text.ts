/** `herald report` for the terminal: fits the width, reads the same with or without colour. */
import type { GoalStatus } from '../../core/goals/goal-progress.js';
import { describeStatus, describeTrend } from '../../core/goals/goal-words.js';
import type { PlanReport, ReportGoal, ReportTouch } from '../../core/report/build-report.js';
import type { Palette } from '../../format/palette.js';
import { formatPercent, formatValue, progressBar, shortDate, touchWhen } from '../../core/words/values.js';
import { wrapText } from '../../format/text/wrap.js';
import { safeTerminalText as safe } from '../../format/text/safe-text.js';
import {
  describeExecution,
  describeLastSent,
  describeShared,
  goalTimeline,
  goalsByLevel,
  highlightsHeading,
  thanksSummary,
} from './timeline.js';

/** The terminal shows a goal's latest timeline entries; Markdown, JSON and HTML show them all. */
const TIMELINE_LINES = 8;

export function formatReportText(report: PlanReport, palette: Palette, width: number): string {
  const sections = [
    header(report, palette, width),
    goals(report, palette, width),
    audiences(report, palette, width),
    highlights(report, palette, width),
    recognition(report, palette, width),
  ].filter((section) => section.length > 0);
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

function header(report: PlanReport, palette: Palette, width: number): string[] {
  const { plan } = report;
  const title = plan.organization === null ? plan.name : `${plan.name} — ${plan.organization}`;
  const when =
    `Where it stands on ${shortDate(report.date)}. The plan runs ${shortDate(plan.start)} – ${shortDate(plan.end)}; ` +
    `${formatPercent(report.elapsed)} of its time is gone.`;
  return [...wrapText(safe(title), width).map((line) => palette.bold(line)), ...wrapText(when, width)];
}

function goals(report: PlanReport, palette: Palette, width: number): string[] {
  if (report.goals.length === 0) return [];
  const barWidth = width >= 70 ? 20 : 10;
  const lines = [palette.bold('Goals')];
  for (const group of goalsByLevel(report)) {
    if (group.heading !== null) lines.push(...wrapText(group.heading, width, '  ').map((line) => palette.bold(line)));
    const indent = group.heading === null ? '  ' : '    ';
    for (const goal of group.goals) {
      const tag = `[${goal.id}]`;
      lines.push(
        ...wrapText(`${safe(goal.title)} ${tag}`, width, indent, `${indent}  `).map((line) => line.replace(tag, palette.dim(tag))),
      );
      lines.push(...statusLines(goal, barWidth, palette, width));
      lines.push(...wrapText(goalFacts(goal), width, '    '));
      lines.push(...timeline(goal, palette, width));
    }
  }
  return lines;
}

/** "      1 Feb 2027  sent      Monthly executive digest · reach 8", the latest few. */
function timeline(goal: ReportGoal, palette: Palette, width: number): string[] {
  const entries = goalTimeline(goal);
  if (goal.events.length === 0 && goal.measurements.every((m) => m.responses === null)) return [];
  const shown = entries.slice(-TIMELINE_LINES);
  const lines = [palette.dim('    timeline')];
  if (shown.length < entries.length) lines.push(palette.dim(`      … ${entries.length - shown.length} earlier (--format md lists all)`));
  for (const entry of shown) {
    const lead = `      ${shortDate(entry.date).padStart(11)}  ${entry.kind.padEnd(8)}  `;
    lines.push(...wrapText(safe(entry.text), width, lead, ' '.repeat(lead.length)));
  }
  return lines;
}

/** "    ██████░░░░  60%  on track", the status wrapping under itself when the width is short. */
function statusLines(goal: ReportGoal, barWidth: number, palette: Palette, width: number): string[] {
  const colour = statusColour(goal.status, palette);
  const bar = progressBar(goal.progress, barWidth);
  const lead = `    ${bar} ${goal.progress === null ? '  – ' : formatPercent(goal.progress).padStart(4)}  `;
  const hanging = ' '.repeat(lead.length);
  return wrapText(describeStatus(goal.status), width, lead, hanging).map((line, index) =>
    index === 0
      ? `    ${colour(bar)}${line.slice(4 + bar.length, lead.length)}${colour(line.slice(lead.length))}`
      : hanging + colour(line.slice(lead.length)),
  );
}

function goalFacts(goal: ReportGoal): string {
  const unit = goal.unit === null ? null : safe(goal.unit);
  const facts = [`baseline ${formatValue(goal.baseline, unit)}`];
  if (goal.latest !== null && goal.latestDate !== null)
    facts.push(`latest ${formatValue(goal.latest, unit)} on ${shortDate(goal.latestDate)}`);
  facts.push(`target ${formatValue(goal.target, unit)} by ${shortDate(goal.due)}`);
  if (goal.status === 'on-track' || goal.status === 'behind') facts.push(`${formatPercent(goal.expected)} of its time gone`);
  if (goal.trend !== null) facts.push(`trend ${describeTrend(goal.trend, goal.goesDown)}`);
  else if (goal.measurements.length === 1) facts.push('one measurement so far');
  return facts.join(' · ');
}

function statusColour(status: GoalStatus, palette: Palette): (text: string) => string {
  switch (status) {
    case 'achieved':
    case 'on-track':
      return (text) => palette.success(text);
    case 'behind':
      return (text) => palette.warning(text);
    case 'missed':
      return (text) => palette.error(text);
    default:
      return (text) => palette.dim(text);
  }
}

function audiences(report: PlanReport, palette: Palette, width: number): string[] {
  if (report.audiences.length === 0) return [];
  const lines = [palette.bold('Audiences')];
  for (const audience of report.audiences) {
    lines.push(...wrapText(safe(audience.name), width, '  ', '    '));
    lines.push(...touchLine('last', audience.lastTouch, 'none yet', width));
    lines.push(...touchLine('next', audience.nextTouch, 'none left in the plan', width));
    if (!report.touchesRecorded) continue;
    lines.push(...wrapText(describeExecution(audience.execution), width, '    done  ', '          '));
    const sent = audience.lastSent === null ? 'nothing recorded as sent' : safe(describeLastSent(audience.lastSent, audience.size));
    lines.push(...wrapText(sent, width, '    sent  ', '          '));
  }
  return lines;
}

function touchLine(label: string, touch: ReportTouch | null, none: string, width: number): string[] {
  const text = touch === null ? none : `${touchWhen(touch.date, touch.time)} · ${safe(touch.channelName)}`;
  return wrapText(text, width, `    ${label}  `, '          ');
}

function highlights(report: PlanReport, palette: Palette, width: number): string[] {
  const { heading: title, none } = highlightsHeading(report.period);
  const heading = wrapText(title, width).map((line) => palette.bold(line));
  if (report.highlights.length === 0) return [...heading, ...wrapText(none, width, '  ')];
  const names = new Map(report.audiences.map((audience) => [audience.id, audience.name]));
  const lines = [...heading];
  for (const highlight of report.highlights) {
    lines.push(...wrapText(safe(highlight.title), width, `  ${shortDate(highlight.date).padEnd(11)}  `, ' '.repeat(15)));
    const details: string[] = [];
    if (highlight.audiences.length > 0) details.push(`for ${highlight.audiences.map((id) => safe(names.get(id) ?? id)).join(', ')}`);
    if (highlight.credit.length > 0) details.push(`credit ${highlight.credit.map(safe).join(', ')}`);
    if (report.touchesRecorded) details.push(safe(describeShared(highlight.shared)));
    if (details.length > 0) lines.push(...wrapText(details.join(' · '), width, ' '.repeat(15)).map((line) => palette.dim(line)));
  }
  return lines;
}

function recognition(report: PlanReport, palette: Palette, width: number): string[] {
  if (report.recognition.length === 0) return [];
  const titles = new Map(report.highlights.map((highlight) => [highlight.id, highlight.title]));
  const lines = [palette.bold('People to recognise')];
  for (const person of report.recognition) {
    const what = person.highlights.map((id) => safe(titles.get(id) ?? id)).join('; ');
    const thanks = !report.touchesRecorded ? '' : person.thanked ? ' · thanked' : ' · not yet thanked';
    lines.push(...wrapText(`${safe(person.name)}: ${what}${thanks}`, width, '  ', '    '));
  }
  const summary = thanksSummary(report);
  if (summary !== null) lines.push(...wrapText(safe(summary), width, '  '));
  return lines;
}
