/**
 * The editorial decision for every touchpoint: write or not, and what is news. It walks the
 * plan's touchpoints in order from the start, not just the window, so a run in May knows what
 * each audience heard in February (and does not introduce the work again).
 *
 * - A touchpoint reports what happened since its channel's previous touchpoint (one recorded
 *   as skipped does not count: its news carries to the next one).
 * - A win or a figure is news to an audience until a draft told it. Told through another of
 *   its channels in the past week, it is a reminder, not news (PRODUCT.md section 3); older
 *   than that, a channel that reports its period may tell it again.
 * - An audience's first touchpoint introduces the work (PRODUCT.md section 3); with touches
 *   recorded and none sent, the first one after the last recorded touch does.
 */
import type { IsoDate } from '../../time/dates.js';
import { addDays } from '../../time/dates.js';
import type { ChannelType } from '../../plan/formats.js';
import type { Highlight, Measurement } from '../../plan/schema.js';
import type { Touchpoint } from '../../schedule/touchpoints.js';
import type { DraftMode } from '../draft-data.js';
import type { PlanIndex } from '../plan-index.js';

/** Channels that are a shared space: one piece per touchpoint for all its audiences. */
export const BROADCAST_TYPES: ReadonlySet<ChannelType> = new Set(['newsletter', 'intranet', 'podcast', 'slack', 'teams']);
/** How long a win told through one channel stays a reminder rather than news on the others. */
const REMINDER_DAYS = 7;
/** Slots a person holds with the audience: with nothing new, they get a note that gives the time back. */
const SLOT_TYPES: ReadonlySet<ChannelType> = new Set(['meeting', 'one-on-one']);

/** One draft's worth of a touchpoint: one audience, or all of a broadcast channel's. */
export interface DraftUnit {
  touchpoint: Touchpoint;
  readers: readonly string[];
  broadcast: boolean;
}

export type Decision =
  | {
      write: true;
      unit: DraftUnit;
      mode: DraftMode;
      period: { from: IsoDate; to: IsoDate; previous: IsoDate | null };
      /** New to at least one reader, oldest first (compose ranks them). */
      news: Highlight[];
      /** Told to these readers before through another channel. */
      reminders: Highlight[];
      /** Figures new to at least one reader. */
      measured: Measurement[];
      /** Wins another plan of the workspace told these readers this week (news-across-plans.ts): a brief mention, never news. */
      alreadyShared: AlreadyShared[];
    }
  | { write: false; unit: DraftUnit; reason: 'nothing-new' | 'recorded-skipped' };

/** A win another plan already told a shared audience, and when. */
export interface AlreadyShared {
  highlight: Highlight;
  /** The name of the plan that told it. */
  plan: string;
  date: IsoDate;
}

export interface DecideOptions {
  /** Draft touchpoints with nothing new too (mode status). */
  quietToo: boolean;
}

export function unitsOf(touchpoint: Touchpoint): DraftUnit[] {
  if (touchpoint.audiences.length === 0) return [];
  if (BROADCAST_TYPES.has(touchpoint.type)) return [{ touchpoint, readers: touchpoint.audiences, broadcast: true }];
  return touchpoint.audiences.map((audience) => ({ touchpoint, readers: [audience], broadcast: false }));
}

/** Every decision for the touchpoints dated up to `until`, in touchpoint order. */
export function decideAll(index: PlanIndex, until: IsoDate, options: DecideOptions): Decision[] {
  const touches = index.plan.touches ?? [];
  const skipped = new Set(touches.filter((t) => t.status === 'skipped').map((t) => `${t.channel}|${t.date}`));
  const introductions = introductionPoints(index, skipped);
  /** Per audience: each win or figure told, when and through which channel. */
  const heard = new Map<string, Map<Highlight | Measurement, Told>>();
  const lastHeld = new Map<string, IsoDate>();
  const decisions: Decision[] = [];
  const concerns = new Map([...index.highlightsByAudience].map(([audience, list]) => [audience, new Set(list)]));

  for (const touchpoint of index.touchpoints) {
    if (touchpoint.date > until) break;
    const key = `${touchpoint.channel}|${touchpoint.date}`;
    if (skipped.has(key)) {
      for (const unit of unitsOf(touchpoint)) decisions.push({ write: false, unit, reason: 'recorded-skipped' });
      continue;
    }
    const previous = lastHeld.get(touchpoint.channel) ?? null;
    lastHeld.set(touchpoint.channel, touchpoint.date);
    const period = { from: previous === null ? index.plan.plan.start : addDays(previous, 1), to: touchpoint.date, previous };
    for (const unit of unitsOf(touchpoint)) {
      const readers = unit.readers;
      const candidates = highlightsIn(index, readers, period.from, period.to);
      const news: Highlight[] = [];
      const reminders: Highlight[] = [];
      const recent = addDays(touchpoint.date, -REMINDER_DAYS);
      const isNewTo = (reader: string, item: Highlight | Measurement): boolean => {
        const told = heard.get(reader)?.get(item);
        return told === undefined || (told.channel !== touchpoint.channel && told.date < recent);
      };
      for (const highlight of candidates) {
        const concerned = readers.filter((reader) => concerns.get(reader)?.has(highlight) ?? false);
        if (concerned.some((reader) => isNewTo(reader, highlight))) news.push(highlight);
        else reminders.push(highlight);
      }
      const measured = figuresIn(index, readers, period.from, period.to).filter((m) => readers.some((reader) => isNewTo(reader, m)));
      const introduces = readers.some((reader) => introductions.get(reader) === touchpoint);
      const hasNews = news.length > 0 || measured.length > 0;
      const mode: DraftMode | null = introduces ? 'introduce' : hasNews ? 'report' : quietModeOf(touchpoint.type, options.quietToo);
      if (mode === null) {
        decisions.push({ write: false, unit, reason: 'nothing-new' });
        continue;
      }
      for (const reader of readers) {
        const told = mapOf(heard, reader);
        for (const item of [...news, ...measured]) told.set(item, { channel: touchpoint.channel, date: touchpoint.date });
      }
      decisions.push({ write: true, unit, mode, period, news, reminders, measured, alreadyShared: [] });
    }
  }
  return decisions;
}

/** What a touchpoint with nothing new does: a slot gives the time back; others are drafted only with --quiet-too. */
export function quietModeOf(type: ChannelType, quietToo: boolean): DraftMode | null {
  return SLOT_TYPES.has(type) ? 'give-back' : quietToo ? 'status' : null;
}

/** Each audience's introducing touchpoint. */
function introductionPoints(index: PlanIndex, skipped: ReadonlySet<string>): Map<string, Touchpoint> {
  const points = new Map<string, Touchpoint>();
  const channelAudiences = new Map<string, readonly string[]>();
  for (const touchpoint of index.touchpoints)
    if (!channelAudiences.has(touchpoint.channel)) channelAudiences.set(touchpoint.channel, touchpoint.audiences);
  for (const [audience, { list }] of index.touchesByAudience) {
    const recorded = (index.plan.touches ?? []).filter((touch) =>
      (touch.audiences ?? channelAudiences.get(touch.channel) ?? []).includes(audience),
    );
    const anySent = recorded.some((touch) => touch.status === 'sent');
    const after = recorded.length === 0 || anySent ? null : recorded.reduce((last, touch) => (touch.date > last ? touch.date : last), '');
    const first = list.find((t) => !skipped.has(`${t.channel}|${t.date}`) && (after === null || t.date > after));
    if (first !== undefined) points.set(audience, first);
  }
  return points;
}

/** The readers' wins dated from..to, each once, oldest first. */
function highlightsIn(index: PlanIndex, readers: readonly string[], from: IsoDate, to: IsoDate): Highlight[] {
  const found = new Set<Highlight>();
  for (const reader of readers) {
    const list = index.highlightsByAudience.get(reader) ?? [];
    for (let at = firstOnOrAfter(list, from); at < list.length; at += 1) {
      const highlight = list[at] as Highlight;
      if (highlight.date > to) break;
      found.add(highlight);
    }
  }
  return [...found];
}

/** Where the first item dated on or after `date` sits in a list in date order. */
function firstOnOrAfter(list: readonly { date: string }[], date: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.date ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Measurements of the readers' goals dated from..to. */
function figuresIn(index: PlanIndex, readers: readonly string[], from: IsoDate, to: IsoDate): Measurement[] {
  const found = new Set<Measurement>();
  for (const reader of readers) {
    for (const goal of index.goalsByAudience.get(reader) ?? []) {
      for (const measurement of index.measurementsByGoal.get(goal.id) ?? []) {
        if (measurement.date >= from && measurement.date <= to) found.add(measurement);
      }
    }
  }
  return [...found];
}

interface Told {
  channel: string;
  date: IsoDate;
}

function mapOf<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = new Map<K, V>()));
  return value;
}
