/**
 * The evaluate and reward parts of `herald report`: what actually went out (the plan's
 * `touches:`) set beside each goal's measurements, each audience's planned touchpoints
 * against those done and skipped, and whether the people a win credits have been thanked.
 * Pure: the plan, the report date and the touchpoints come in.
 */
import type { IsoDate } from '../time/dates.js';
import type { GoalLevel } from '../plan/formats.js';
import type { Goal, Plan, Touch } from '../plan/schema.js';
import { compareText } from '../words/text.js';
import { audiencesByChannel, type Touchpoint } from '../schedule/touchpoints.js';

/** A touch from the plan's `touches:`, with the audiences it reached worked out. */
export interface ReportTouchRecord {
  date: IsoDate;
  channel: string;
  channelName: string;
  status: Touch['status'];
  /** Its `audiences`, else every audience of its channel. */
  audiences: string[];
  reach: number | null;
  note: string | null;
}

/** What reached a goal's audiences: a touch (sent or skipped) or a win (a highlight). */
export type GoalEvent =
  ({ kind: 'touch' } & Omit<ReportTouchRecord, 'note'>) | { kind: 'win'; date: IsoDate; highlight: string; title: string };

export interface AudienceExecution {
  /** Scheduled touchpoints from the plan's start to the report date. */
  planned: number;
  /** Touches recorded as sent, scheduled or not. */
  sent: number;
  skipped: number;
  /** Planned touchpoints neither sent nor skipped: planned − sent − skipped, at least 0. */
  open: number;
  /** sent / planned, at most 1; null with nothing planned yet. */
  rate: number | null;
}

/** Where a win was first shared: the first sent touch on or after its date that reaches its audiences. */
export interface WinShared {
  date: IsoDate;
  channel: string;
  channelName: string;
}

export const LEVEL_ORDER: readonly GoalLevel[] = ['output', 'outtake', 'outcome'];

export function goalLevel(goal: Goal): GoalLevel {
  return goal.level ?? 'outcome';
}

/** The plan's touches up to `date`, in date order, each with the audiences it reached. */
export function touchRecords(plan: Plan, date: IsoDate, channelNames: ReadonlyMap<string, string>): ReportTouchRecord[] {
  const byChannel = audiencesByChannel(plan);
  return (plan.touches ?? [])
    .filter((touch) => touch.date <= date)
    .map((touch) => ({
      date: touch.date,
      channel: touch.channel,
      channelName: channelNames.get(touch.channel) ?? touch.channel,
      status: touch.status,
      audiences: touch.audiences ?? byChannel.get(touch.channel) ?? [],
      reach: touch.reach ?? null,
      note: touch.note ?? null,
    }))
    .sort((a, b) => compareText(a.date, b.date));
}

/**
 * The touches that reached the goal's audiences, and the wins for it (those naming it, and
 * those naming no goal but told to its audiences), in date order. A win for another goal is
 * left out even when the same people heard it: it would crowd every timeline with every win.
 */
export function goalEvents(
  goal: Goal,
  touches: readonly ReportTouchRecord[],
  wins: readonly { id: string; date: IsoDate; title: string; goals: readonly string[]; audiences: readonly string[] }[],
  date: IsoDate,
): GoalEvent[] {
  const audiences = new Set(goal.audiences ?? []);
  const reaches = (ids: readonly string[]): boolean => ids.some((id) => audiences.has(id));
  const events: GoalEvent[] = [
    ...touches
      .filter((touch) => reaches(touch.audiences))
      .map((touch): GoalEvent => ({
        kind: 'touch',
        date: touch.date,
        channel: touch.channel,
        channelName: touch.channelName,
        status: touch.status,
        audiences: touch.audiences,
        reach: touch.reach,
      })),
    ...wins
      .filter((win) => win.date <= date && (win.goals.includes(goal.id) || (win.goals.length === 0 && reaches(win.audiences))))
      .map((win): GoalEvent => ({ kind: 'win', date: win.date, highlight: win.id, title: win.title })),
  ];
  // Wins before touches on the same day: the news comes before the message that carries it.
  return events.sort((a, b) => compareText(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === 'win' ? -1 : 1));
}

export function audienceExecution(
  audience: string,
  touchpoints: readonly Touchpoint[],
  touches: readonly ReportTouchRecord[],
  date: IsoDate,
): AudienceExecution {
  const planned = touchpoints.filter((touchpoint) => touchpoint.date <= date && touchpoint.audiences.includes(audience)).length;
  const mine = touches.filter((touch) => touch.audiences.includes(audience));
  const sent = mine.filter((touch) => touch.status === 'sent').length;
  const skipped = mine.length - sent;
  return { planned, sent, skipped, open: Math.max(0, planned - sent - skipped), rate: planned === 0 ? null : Math.min(1, sent / planned) };
}

/** The last sent touch that reached the audience. */
export function lastSentTo(audience: string, touches: readonly ReportTouchRecord[]): ReportTouchRecord | null {
  for (let at = touches.length - 1; at >= 0; at -= 1) {
    const touch = touches[at];
    if (touch !== undefined && touch.status === 'sent' && touch.audiences.includes(audience)) return touch;
  }
  return null;
}

/**
 * A win goes out with the first touchpoint after it that reaches its audiences, with the
 * recognition note for the people it credits: it counts as shared once that touch is
 * recorded as sent. A win for no audience in particular is shared by any sent touch.
 */
export function winShared(win: { date: IsoDate; audiences: readonly string[] }, touches: readonly ReportTouchRecord[]): WinShared | null {
  const found = touches.find(
    (touch) =>
      touch.status === 'sent' &&
      touch.date >= win.date &&
      (win.audiences.length === 0 || touch.audiences.some((id) => win.audiences.includes(id))),
  );
  return found === undefined ? null : { date: found.date, channel: found.channel, channelName: found.channelName };
}
