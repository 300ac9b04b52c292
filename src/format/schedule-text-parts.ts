/** Wording shared by the schedule's views: labels, week headings, the summary, warnings. */
import { addDays, daysBetween, isoWeek, type IsoDate } from '../core/time/dates.js';
import type { Schedule, ScheduleEntry } from '../core/schedule/build-schedule.js';
import type { ScheduleWarning } from '../core/schedule/schedule-warnings.js';
import type { DateRange } from '../core/schedule/touchpoints.js';
import { capitalise, joinWords, lowerFirst } from '../core/words/text.js';
import { formatDayRange, plural } from '../core/words/values.js';
import type { Palette } from './palette.js';
import { safeTerminalText } from './text/safe-text.js';
import { wrapText } from './text/wrap.js';

/** "Week 2 · 11–17 January 2027" for the ISO week starting on `monday`. */
export function weekHeading(monday: IsoDate): string {
  return `Week ${isoWeek(monday).week} · ${formatDayRange({ from: monday, to: addDays(monday, 6) })}`;
}

/** "email" -> "Email", "one-on-one" -> "One-on-one". */
export function typeLabel(type: string): string {
  return capitalise(type);
}

export function timeLabel(entry: Pick<ScheduleEntry, 'time'>): string {
  return entry.time ?? 'all day';
}

/** "Monthly executive digest (email)", safe for a terminal; "· sent" after it once the plan records touches. */
export function channelLabel(entry: Pick<ScheduleEntry, 'name' | 'type'> & Partial<Pick<ScheduleEntry, 'status' | 'plan'>>): string {
  const status = entry.status === undefined || entry.status === null ? '' : ` · ${entry.status}`;
  // Across plans, each row names its plan first: "finance: Exec brief (email)".
  const plan = entry.plan === undefined ? '' : `${safeTerminalText(entry.plan.key)}: `;
  return `${plan}${safeTerminalText(entry.name)} (${entry.type})${status}`;
}

export function audiencesLabel(entry: Pick<ScheduleEntry, 'audiences'>): string {
  return entry.audiences.length === 0 ? 'no audience' : entry.audiences.join(', ');
}

export function ownerLabel(entry: Pick<ScheduleEntry, 'owner'>): string {
  return entry.owner === null ? 'no owner' : safeTerminalText(entry.owner);
}

/** "12 touchpoints · 4 weeks · times in Europe/Berlin · audience leadership". */
export function summaryLine(schedule: Schedule): string {
  const count = schedule.entries.length;
  const days = dayCount(schedule.window);
  const length = days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day');
  const parts = [plural(count, 'touchpoint'), length, `times in ${schedule.timeZone}`];
  const { audiences, channels, owners } = schedule.filters;
  if (audiences.length > 0) parts.push(`${audiences.length === 1 ? 'audience' : 'audiences'} ${joinWords(audiences, 'or')}`);
  if (channels.length > 0) parts.push(`${channels.length === 1 ? 'channel' : 'channels'} ${joinWords(channels, 'or')}`);
  if (owners.length > 0) parts.push(`owned by ${joinWords(owners.map(safeTerminalText), 'or')}`);
  return parts.join(' · ');
}

/** When the window shows nothing: why, and where the plan's touchpoints are. */
export function emptyNote(schedule: Schedule): string {
  const { window, planRange } = schedule;
  const outside = window.to < planRange.from || window.from > planRange.to;
  if (!outside) return 'Nothing is scheduled in this window.';
  return `Nothing is scheduled in this window: the plan runs ${formatDayRange(planRange)}. Try --from ${planRange.from}.`;
}

/** One warning as a sentence, without colour; plan text made safe by the caller's format. */
export function warningText(warning: ScheduleWarning, audienceNames: ReadonlyMap<string, string>): string {
  const who = `${audienceNames.get(warning.audience) ?? warning.audience} (${warning.audience})`;
  if (warning.kind === 'quiet') {
    return `quiet: ${who} hears nothing for ${plural(warning.days, 'day')}, ${formatDayRange({ from: warning.from, to: warning.to })} (the plan allows ${warning.threshold})`;
  }
  const touches = warning.least === warning.most ? `${warning.most}` : `${warning.least} to ${warning.most}`;
  const allows = `(the plan allows ${warning.threshold})`;
  if (warning.weeks === 1) return `overloaded: ${who} gets ${touches} touches in ${lowerFirst(weekHeading(warning.monday))} ${allows}`;
  const last = addDays(warning.monday, 7 * (warning.weeks - 1));
  const span = formatDayRange({ from: warning.monday, to: addDays(last, 6) });
  return `overloaded: ${who} gets ${touches} touches a week for ${warning.weeks} weeks, weeks ${isoWeek(warning.monday).week} to ${isoWeek(last).week} · ${span} ${allows}`;
}

/** The warnings as a marked section after a terminal view, or nothing when there are none. */
export function warningsSection(schedule: Schedule, palette: Palette, width: number): string {
  if (schedule.warnings.length === 0) return '';
  const lines = ['', palette.warning(`Warnings (${schedule.warnings.length})`)];
  for (const warning of schedule.warnings) {
    const text = safeTerminalText(warningText(warning, schedule.audienceNames));
    lines.push(...wrapText(text, width, '  ⚠ ', '    '));
  }
  return `${lines.join('\n')}\n`;
}

export function dayCount(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}
