import { addDays, isoWeek, type IsoDate } from '../time/dates.js';
import { durationMinutes } from '../time/duration.js';
import { planKey } from '../plan/plan-key.js';
import { channelDisplayName } from '../plan/channel-name.js';
import type { PlanModel } from '../plan/plan-model.js';
import { filterTouchpoints, hasFilters, NO_FILTERS, type ScheduleFilters } from './schedule-filters.js';
import { scheduleWarnings, type ScheduleWarning } from './schedule-warnings.js';
import { touchStatusOf, type TouchpointStatus } from './touch-status.js';
import type { DateRange, Touchpoint } from './touchpoints.js';

/** A touchpoint with what the schedule's views show of its channel. */
export interface ScheduleEntry extends Touchpoint {
  /** The channel's name, or its id made readable when it has none (channelDisplayName). */
  name: string;
  /** The channel's `duration` in minutes, or null when it has none. */
  minutes: number | null;
  feedback: string | null;
  /** Sent, skipped or open by the plan's `touches:`; null when the plan records no touches at all. */
  status: TouchpointStatus | null;
  /** In a schedule across plans (a workspace): the plan this touchpoint belongs to. */
  plan?: EntryPlan | undefined;
}

/** The plan of an entry in a schedule across plans. */
export interface EntryPlan {
  /** Its `plan.id`, else its name as a slug (planKey), made unique in the workspace. */
  key: string;
  name: string;
  /** The IANA zone its times are wall-clock times in. */
  timeZone: string;
}

/** Everything the schedule formatters need, so that they read nothing else. */
export interface Schedule {
  planName: string;
  /** The plan's id, or its name as a slug (planKey): the plan's part of calendar UIDs. */
  planKey: string;
  /** The IANA zone the dates and times are wall-clock times in. */
  timeZone: string;
  planRange: DateRange;
  window: DateRange;
  filters: ScheduleFilters;
  /** The touchpoints in the window that pass the filters, in date, time and channel order. */
  entries: ScheduleEntry[];
  warnings: ScheduleWarning[];
  /** Audience id -> name, for the views that spell audiences out. */
  audienceNames: ReadonlyMap<string, string>;
}

/**
 * The schedule of a valid plan for a window. Expansion is bounded by the window (and each
 * cadence by MAX_OCCURRENCES), so no rule makes this hang. Warnings see every touchpoint of
 * the window, filtered or not (see scheduleWarnings).
 */
export function buildSchedule(
  model: PlanModel,
  window: DateRange,
  filters: ScheduleFilters = NO_FILTERS,
  /** warnings false: none worked out (a schedule across plans shows the load instead). */
  options: { warnings?: boolean } = {},
): Schedule {
  const { plan } = model;
  const channels = new Map((plan.channels ?? []).map((channel) => [channel.id, channel]));
  const statusOf = (plan.touches ?? []).length === 0 ? null : touchStatusOf(plan.touches);
  // What a row shows of its channel, worked out once per channel rather than once per row
  // (a year across a workspace is some 100,000 rows).
  const shown = new Map<string, { name: string; minutes: number | null; feedback: string | null }>();
  const shownOf = (id: string) => {
    let found = shown.get(id);
    if (found === undefined) {
      const channel = channels.get(id);
      found = { name: channelDisplayName(channel, id), minutes: durationMinutes(channel?.duration), feedback: channel?.feedback ?? null };
      shown.set(id, found);
    }
    return found;
  };
  const all = model.touchpoints(window).map((touchpoint): ScheduleEntry => {
    const { name, minutes, feedback } = shownOf(touchpoint.channel);
    // Written out rather than spread: the same keys in the same order, without the copying loop.
    return {
      date: touchpoint.date,
      time: touchpoint.time,
      channel: touchpoint.channel,
      type: touchpoint.type,
      audiences: touchpoint.audiences,
      owner: touchpoint.owner,
      name,
      minutes,
      feedback,
      status: statusOf === null ? null : statusOf(touchpoint),
      // Set by a schedule across plans: made here, so that setting it does not move the entry's
      // fields to a separate store (~5 MB for a year across 500 plans).
      plan: undefined,
    };
  });
  return {
    planName: plan.plan.name,
    planKey: planKey(plan.plan),
    timeZone: plan.plan.timezone ?? 'UTC',
    planRange: { from: plan.plan.start, to: plan.plan.end },
    window,
    filters,
    entries: hasFilters(filters) ? filterTouchpoints(all, filters) : all,
    warnings: options.warnings === false ? [] : scheduleWarnings(plan, all, window, filters.audiences),
    audienceNames: new Map((plan.audiences ?? []).map((audience) => [audience.id, audience.name])),
  };
}

/** The Mondays of the ISO weeks that overlap a range, in order. */
export function weekMondays(range: DateRange): IsoDate[] {
  const mondays: IsoDate[] = [];
  for (let monday = isoWeek(range.from).monday; monday <= range.to; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}
