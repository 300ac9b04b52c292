/** `herald report --format md`: for a wiki page, a pull request or an email. */
import { describeStatus, describeTrend } from '../../core/goals/goal-words.js';
import type { PlanReport, ReportGoal, ReportTouch } from '../../core/report/build-report.js';
import { escapeMarkdown, markdownLink } from '../../format/text/markdown.js';

const cell = (text: string): string => escapeMarkdown(text, 'cell');
const inline = (text: string): string => escapeMarkdown(text, 'inline');
import { formatPercent, formatValue, progressBar, shortDate, touchWhen } from '../../core/words/values.js';
import {
  describeExecution,
  describeLastSent,
  describeShared,
  goalTimeline,
  goalsByLevel,
  highlightsHeading,
  thanksSummary,
} from './timeline.js';

export function formatReportMarkdown(report: PlanReport): string {
  const sections = [header(report), goals(report), audiences(report), highlights(report), recognition(report)].filter((s) => s !== '');
  return sections.join('\n\n') + '\n';
}

function header(report: PlanReport): string {
  const { plan } = report;
  const context = [
    plan.organization === null ? null : inline(plan.organization),
    `plan ${shortDate(plan.start)} – ${shortDate(plan.end)}`,
    `${formatPercent(report.elapsed)} of its time gone`,
  ].filter((part) => part !== null);
  return `# ${inline(plan.name)}: where it stands on ${shortDate(report.date)}\n\n${context.join(' · ')}`;
}

function goals(report: PlanReport): string {
  if (report.goals.length === 0) return '';
  const tables = goalsByLevel(report).flatMap((group) => [
    ...(group.heading === null ? [] : [`### ${group.heading}`, '']),
    ...goalTable(group.goals),
    '',
  ]);
  return [
    '## Goals',
    '',
    ...tables,
    `On track means progress at least the share of the time gone from the plan's start to the goal's due date, less 10 points.`,
    ...report.goals.flatMap(timeline),
  ].join('\n');
}

/** "### Timeline: <goal>" with its measurements and what reached its audiences, in date order. */
function timeline(goal: ReportGoal): string[] {
  if (goal.events.length === 0 && goal.measurements.every((m) => m.responses === null)) return [];
  const items = goalTimeline(goal).map((entry) => `- **${shortDate(entry.date)}** ${entry.kind}: ${inline(entry.text)}`);
  return ['', `### Timeline: ${inline(goal.title)}`, '', ...items];
}

function goalTable(goals: readonly ReportGoal[]): string[] {
  const rows = goals.map((goal) => {
    const unit = goal.unit;
    const latest =
      goal.latest === null || goal.latestDate === null ? '–' : `${formatValue(goal.latest, unit)} (${shortDate(goal.latestDate)})`;
    const progress = goal.progress === null ? '–' : `${progressBar(goal.progress, 10)} ${formatPercent(goal.progress)}`;
    return `| ${cell(goal.title)} | ${cell(formatValue(goal.baseline, unit))} | ${cell(latest)} | ${cell(`${formatValue(goal.target, unit)} by ${shortDate(goal.due)}`)} | ${progress} | ${statusText(goal)} | ${goal.trend === null ? '–' : describeTrend(goal.trend, goal.goesDown)} |`;
  });
  return ['| Goal | Baseline | Latest | Target | Progress | Status | Trend |', '| --- | ---: | ---: | ---: | --- | --- | --- |', ...rows];
}

function statusText(goal: ReportGoal): string {
  const words = describeStatus(goal.status);
  return goal.status === 'on-track' || goal.status === 'behind' ? `${words} (${formatPercent(goal.expected)} of time gone)` : words;
}

function audiences(report: PlanReport): string {
  if (report.audiences.length === 0) return '';
  const touch = (value: ReportTouch | null, none: string): string =>
    value === null ? none : cell(`${touchWhen(value.date, value.time)}, ${value.channelName}`);
  const recorded = report.touchesRecorded;
  const rows = report.audiences.map((audience) => {
    const planned = `| ${cell(audience.name)} | ${touch(audience.lastTouch, 'none yet')} | ${touch(audience.nextTouch, 'none left in the plan')} |`;
    if (!recorded) return planned;
    const sent = audience.lastSent === null ? 'none' : cell(describeLastSent(audience.lastSent, audience.size, ', '));
    return `${planned} ${cell(describeExecution(audience.execution))} | ${sent} |`;
  });
  const head = recorded
    ? ['| Audience | Last touch | Next touch | Done | Last sent |', '| --- | --- | --- | --- | --- |']
    : ['| Audience | Last touch | Next touch |', '| --- | --- | --- |'];
  return ['## Audiences', '', ...head, ...rows].join('\n');
}

function highlights(report: PlanReport): string {
  const { heading: title, none } = highlightsHeading(report.period);
  const heading = `## ${title}`;
  if (report.highlights.length === 0) return `${heading}\n\n${none}`;
  const names = new Map(report.audiences.map((audience) => [audience.id, audience.name]));
  const items = report.highlights.map((highlight) => {
    const title = highlight.evidence === null ? inline(highlight.title) : markdownLink(highlight.title, highlight.evidence);
    const details = [
      highlight.audiences.length === 0 ? null : `for ${highlight.audiences.map((id) => inline(names.get(id) ?? id)).join(', ')}`,
      highlight.credit.length === 0 ? null : `credit: ${highlight.credit.map(inline).join(', ')}`,
      report.touchesRecorded ? inline(describeShared(highlight.shared)) : null,
    ].filter((part) => part !== null);
    return `- **${shortDate(highlight.date)}**: ${title}${details.length === 0 ? '' : ` (${details.join('; ')})`}`;
  });
  return [heading, '', ...items].join('\n');
}

function recognition(report: PlanReport): string {
  if (report.recognition.length === 0) return '';
  const titles = new Map(report.highlights.map((highlight) => [highlight.id, highlight.title]));
  const thanks = (thanked: boolean): string => (!report.touchesRecorded ? '' : thanked ? ' (thanked)' : ' (not yet thanked)');
  const items = report.recognition.map(
    (person) =>
      `- **${inline(person.name)}**: ${person.highlights.map((id) => inline(titles.get(id) ?? id)).join('; ')}${thanks(person.thanked)}`,
  );
  const summary = thanksSummary(report);
  return ['## People to recognise', '', ...items, ...(summary === null ? [] : ['', inline(summary)])].join('\n');
}
