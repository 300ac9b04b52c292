/**
 * What the report says about evaluation and reward, the same words in text, Markdown and
 * HTML: a goal's timeline (measurements beside the touches and wins that reached its
 * audiences), an audience's execution, and whether a win has been shared.
 */
import type { ReportGoal, PlanReport } from '../../core/report/build-report.js';
import type { AudienceExecution, WinShared } from '../../core/report/evaluate.js';
import type { GoalLevel } from '../../core/plan/formats.js';
import { LEVEL_ORDER } from '../../core/report/evaluate.js';
import { formatNumber, formatPercent, formatValue, plural, shortDate, touchWhen } from '../../core/words/values.js';

export type TimelineKind = 'measured' | 'win' | 'sent' | 'skipped';

export interface TimelineEntry {
  date: string;
  kind: TimelineKind;
  /** Plain text, not escaped: each format escapes it. */
  text: string;
}

/** Measurements and events in date order; on one day the news and the message come before the figure. */
export function goalTimeline(goal: ReportGoal): TimelineEntry[] {
  const events: TimelineEntry[] = goal.events.map((event) =>
    event.kind === 'win'
      ? { date: event.date, kind: 'win', text: event.title }
      : {
          date: event.date,
          kind: event.status,
          text: event.reach === null ? event.channelName : `${event.channelName} · reach ${formatNumber(event.reach)}`,
        },
  );
  const measured: TimelineEntry[] = goal.measurements.map((m) => ({
    date: m.date,
    kind: 'measured',
    text:
      m.responses === null ? formatValue(m.value, goal.unit) : `${formatValue(m.value, goal.unit)} (${plural(m.responses, 'response')})`,
  }));
  const all = [...events, ...measured];
  return all.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : (a.kind === 'measured' ? 1 : 0) - (b.kind === 'measured' ? 1 : 0),
  );
}

export const LEVEL_HEADINGS: Record<GoalLevel, string> = {
  output: 'Outputs: what was done',
  outtake: 'Outtakes: what people heard and understood',
  outcome: 'Outcomes: what people think or do differently',
};

/** The goals by level, outputs first; one group without a heading when all share a level. */
export function goalsByLevel(report: PlanReport): { heading: string | null; goals: ReportGoal[] }[] {
  const groups = LEVEL_ORDER.map((level) => ({ level, goals: report.goals.filter((goal) => goal.level === level) })).filter(
    (group) => group.goals.length > 0,
  );
  return groups.map((group) => ({ heading: groups.length > 1 ? LEVEL_HEADINGS[group.level] : null, goals: group.goals }));
}

/** "2 of 3 planned sent (67%), 1 skipped, 1 not recorded". */
export function describeExecution(execution: AudienceExecution): string {
  if (execution.planned === 0) return `nothing planned yet${execution.sent > 0 ? `; ${execution.sent} sent` : ''}`;
  const rate = execution.rate === null ? '' : ` (${formatPercent(execution.rate)})`;
  const parts = [`${execution.sent} of ${execution.planned} planned sent${rate}`];
  if (execution.skipped > 0) parts.push(`${execution.skipped} skipped`);
  if (execution.open > 0) parts.push(`${execution.open} not recorded`);
  return parts.join(', ');
}

/** "Mon 1 Feb 2027 · Monthly executive digest · reached 8 of 8". */
export function describeLastSent(
  touch: { date: string; channelName: string; reach: number | null },
  size: number | null,
  separator = ' · ',
): string {
  const parts = [touchWhen(touch.date, null), touch.channelName];
  if (touch.reach !== null)
    parts.push(size === null ? `reached ${formatNumber(touch.reach)}` : `reached ${formatNumber(touch.reach)} of ${formatNumber(size)}`);
  return parts.join(separator);
}

export function describeShared(shared: WinShared | null): string {
  return shared === null ? 'not shared yet' : `shared ${shortDate(shared.date)} in ${shared.channelName}`;
}

/** The line under "People to recognise" that names who still waits for thanks. */
export function thanksSummary(report: PlanReport): string | null {
  if (report.recognition.length === 0) return null;
  if (!report.touchesRecorded) return 'No sends recorded yet, so nobody shows as thanked: record them with herald sent.';
  const waiting = report.recognition.filter((person) => !person.thanked).map((person) => person.name);
  return waiting.length === 0 ? 'Everyone credited has been thanked.' : `Not yet thanked: ${waiting.join(', ')}.`;
}

/** "Highlights, 4 Jan 2027 – 1 Apr 2027", and what to say when there are none. */
export function highlightsHeading(period: { from: string; to: string }): { heading: string; none: string } {
  if (period.from > period.to) return { heading: 'Highlights', none: `None yet: the period starts on ${shortDate(period.from)}.` };
  return { heading: `Highlights, ${shortDate(period.from)} – ${shortDate(period.to)}`, none: 'None in this period.' };
}
