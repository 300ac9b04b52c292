import { compareText } from '../words/text.js';
import { expandCadenceDays, parseCadence } from '../cadence/cadence.js';
import { compareDates, dateOfDayNumber, maxDate, minDate, type IsoDate } from '../time/dates.js';
import type { ChannelType } from '../plan/formats.js';
import type { Channel, Plan } from '../plan/schema.js';
import { wallTimeResolver } from '../time/wall-time.js';
import { intlZoneOffset, type ZoneOffsetSource } from '../time/zoned-time.js';

/** One occurrence of a channel, for the audiences that use that channel. */
export interface Touchpoint {
  readonly date: IsoDate;
  /**
   * HH:MM in the plan's time zone, or null for an all-day touchpoint. The channel's time,
   * except on a spring-forward day when that time does not exist (then the time it happens).
   */
  readonly time: string | null;
  readonly channel: string;
  readonly type: ChannelType;
  /** Shared by the channel's touchpoints, so frozen. */
  readonly audiences: readonly string[];
  readonly owner: string | null;
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** The days a channel runs: the plan's, narrowed by the channel's own start and end. */
export function channelRange(plan: Plan, channel: Channel): DateRange | null {
  const from = channel.start === undefined ? plan.plan.start : maxDate(plan.plan.start, channel.start);
  const to = channel.end === undefined ? plan.plan.end : minDate(plan.plan.end, channel.end);
  return compareDates(from, to) <= 0 ? { from, to } : null;
}

/** Which audiences each channel reaches, from the audiences' `channels` lists. */
export function audiencesByChannel(plan: Plan): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const audience of plan.audiences ?? []) {
    for (const channelId of audience.channels ?? []) {
      const list = map.get(channelId);
      if (list === undefined) map.set(channelId, [audience.id]);
      else if (!list.includes(audience.id)) list.push(audience.id);
    }
  }
  return map;
}

/** Each channel's touchpoints, in schedule order: one pass over the schedule rather than one per channel. */
export function touchpointsByChannel(touchpoints: readonly Touchpoint[]): Map<string, Touchpoint[]> {
  const byChannel = new Map<string, Touchpoint[]>();
  // Indexed: a schedule is a frozen array (see touchDatesByAudience).
  for (let i = 0; i < touchpoints.length; i += 1) {
    const touchpoint = touchpoints[i]!;
    const list = byChannel.get(touchpoint.channel);
    if (list === undefined) byChannel.set(touchpoint.channel, [touchpoint]);
    else list.push(touchpoint);
  }
  return byChannel;
}

/** Whether a touchpoint falls inside `window`. */
export function inRange(touchpoint: Touchpoint, window: DateRange): boolean {
  return touchpoint.date >= window.from && touchpoint.date <= window.to;
}

/**
 * The most audience-touches (touchpoints, each counted once per audience it reaches) a plan
 * may expand to: the work of the rules, reports and drafts grows with it. A year of the
 * benchmark's busy 5,000-entry plan has 7,389; 400 audiences sharing 400 daily channels
 * through one alias (a 71 KB file) would have 41 million, minutes of work.
 */
export const MAX_AUDIENCE_TOUCHES = 1_000_000; // "a million" in the message

/** Thrown when a plan passes MAX_AUDIENCE_TOUCHES; validate turns it into an error at the channel. */
export class ScheduleTooLargeError extends Error {
  constructor(
    /** The audience-touches counted when expansion stopped. */
    readonly work: number,
    /** The index in `channels` of the channel that passed the limit. */
    readonly channelIndex: number,
    /** How many channels were expanded before stopping. */
    readonly channelsExpanded: number,
  ) {
    super(`The plan's schedule passes ${MAX_AUDIENCE_TOUCHES} audience-touches`);
    this.name = 'ScheduleTooLargeError';
  }
}

/**
 * Every touchpoint of a valid plan, in date, time and channel order; only those inside
 * `window` when one is given. Channels whose cadence cannot be read are left out (validate
 * reports them). Expanded anew on each call: PlanModel keeps a plan's whole schedule.
 */
export function buildTouchpoints(plan: Plan, window?: DateRange, zoneOffset: ZoneOffsetSource = intlZoneOffset): Touchpoint[] {
  const reach = audiencesByChannel(plan);
  // A time skipped by a spring-forward gap is shown as the time it happens (wall-time.ts).
  const wallTime = wallTimeResolver(plan.plan.timezone ?? 'UTC', zoneOffset, window ?? { from: plan.plan.start, to: plan.plan.end });
  const touchpoints: Touchpoint[] = [];
  // Counted as each channel is expanded (at most MAX_OCCURRENCES dates), so a hostile plan
  // stops within one channel's work of the limit.
  let work = 0;
  for (const [index, channel] of (plan.channels ?? []).entries()) {
    const range = channelRange(plan, channel);
    const parsed = parseCadence(channel.cadence);
    if (range === null || !parsed.ok) continue;
    const days = expandCadenceDays(
      parsed.cadence,
      { start: range.from, end: range.to },
      window === undefined ? undefined : { from: window.from, to: window.to },
    );
    const audiences: readonly string[] = Object.freeze(reach.get(channel.id) ?? []);
    work += days.length * Math.max(1, audiences.length);
    if (work > MAX_AUDIENCE_TOUCHES) throw new ScheduleTooLargeError(work, index, index + 1);
    const owner = channel.owner ?? plan.plan.owner ?? null;
    const time = channel.time ?? null;
    // By day number: the date's text is made once per day (dateOfDayNumber) and read back never.
    for (let d = 0; d < days.length; d += 1) {
      const day = days[d]!;
      const wall = time === null ? undefined : wallTime(day, time);
      touchpoints.push({
        date: wall?.date ?? dateOfDayNumber(day),
        time: wall?.time ?? time,
        channel: channel.id,
        type: channel.type,
        audiences,
        owner,
      });
    }
  }
  return touchpoints.sort(compareTouchpoints);
}

function compareTouchpoints(a: Touchpoint, b: Touchpoint): number {
  return compareDates(a.date, b.date) || compareText(a.time ?? '', b.time ?? '') || compareText(a.channel, b.channel);
}
