import { buildSchedule, weekMondays, type Schedule, type ScheduleEntry } from '../schedule/build-schedule.js';
import { filterTouchpoints, hasFilters, NO_FILTERS, type ScheduleFilters } from '../schedule/schedule-filters.js';
import type { DateRange } from '../schedule/touchpoints.js';
import type { PlanModel } from '../plan/plan-model.js';
import type { Plan } from '../plan/schema.js';
import { planKey } from '../plan/plan-key.js';
import { isoWeek, maxDate, minDate, type IsoDate } from '../time/dates.js';
import type { Org } from './org-schema.js';

/** A valid plan of the workspace, with the organisation file it sits under. */
export interface ScheduledPlan {
  file: string;
  plan: Plan;
  /** The same plan with its schedule (validate's PlanModel). */
  model: PlanModel;
  /** The `file` of its organisation file, if any. */
  org: string | undefined;
  /** Its filters, checked against it; undefined leaves the plan out of the merged rows (the load still counts it). */
  filters: ScheduleFilters | undefined;
}

/** One ISO week of a shared audience's load, from all plans under its organisation file. */
export interface WeekLoad {
  /** The Monday of the ISO week. */
  week: IsoDate;
  touches: number;
  /** The plans making it up, most touches first. */
  plans: Array<{ plan: string; touches: number }>;
  /** More touches than the audience's weekly limit. */
  over: boolean;
}

/** A shared audience's touches per week of the window, against its weekly limit. */
export interface AudienceLoad {
  /** The organisation file that declares it. */
  org: string;
  audience: string;
  name: string;
  limit: number | null;
  weeks: WeekLoad[];
}

export interface WorkspaceSchedule {
  /** The rows of every plan that passes the filters, in one Schedule the single-plan views can show. */
  schedule: Schedule;
  /** The plans shown, in file order. */
  plans: Array<{ key: string; name: string; file: string; touchpoints: number }>;
  load: AudienceLoad[];
  /** The organisation's name, when an organisation file gives one. */
  organization: string | undefined;
}

/**
 * One schedule across plans: each plan's touchpoints in the window (filtered as that plan
 * understands the filters), marked with their plan and merged in date and time order (plans in file order within a time). The
 * load of each shared audience counts every plan under its organisation file, filtered or not,
 * and leaves out touchpoints recorded as skipped, as the shared-audience-limit rule does.
 */
export function buildWorkspaceSchedule(
  plans: readonly ScheduledPlan[],
  orgs: ReadonlyMap<string, Org>,
  window: DateRange,
  name: string,
): WorkspaceSchedule {
  const keys = uniqueKeys(plans.map(({ plan }) => planKey(plan.plan)));
  const schedules = plans.map(({ model }) => buildSchedule(model, window, NO_FILTERS, { warnings: false }));
  // Rows by day and time, each plan's in its own order (date, time, channel): putting each
  // day's times in order then keeps plans in file order within a time, without sorting rows.
  const byDay = new Map<IsoDate, Map<string, ScheduleEntry[]>>();
  const shown: WorkspaceSchedule['plans'] = [];
  const audienceNames = new Map<string, string>();
  const zones = new Set<string>();
  plans.forEach(({ plan, file, filters }, index) => {
    if (filters === undefined) return;
    const key = keys[index]!;
    const mark = { key, name: plan.plan.name, timeZone: plan.plan.timezone ?? 'UTC' };
    const all = schedules[index]!.entries;
    const rows = hasFilters(filters) ? filterTouchpoints(all, filters) : all;
    zones.add(mark.timeZone);
    // Marked in place: these entries are this schedule's own, built above.
    for (const entry of rows) {
      entry.plan = mark;
      let day = byDay.get(entry.date);
      if (day === undefined) {
        day = new Map();
        byDay.set(entry.date, day);
      }
      // All-day rows (no time) first.
      const time = entry.time ?? '';
      const atTime = day.get(time);
      if (atTime === undefined) day.set(time, [entry]);
      else atTime.push(entry);
    }
    for (const [id, audience] of schedules[index]!.audienceNames) if (!audienceNames.has(id)) audienceNames.set(id, audience);
    shown.push({ key, name: plan.plan.name, file, touchpoints: rows.length });
  });
  const entries: ScheduleEntry[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const day = byDay.get(date)!;
    for (const time of [...day.keys()].sort()) for (const entry of day.get(time)!) entries.push(entry);
  }
  const starts = plans.map(({ plan }) => plan.plan.start);
  const ends = plans.map(({ plan }) => plan.plan.end);
  const schedule: Schedule = {
    planName: name,
    planKey: 'workspace',
    timeZone: zones.size === 1 ? [...zones][0]! : "each plan's own zone",
    planRange: { from: starts.reduce(minDate), to: ends.reduce(maxDate) },
    window,
    filters: mergeFilters(plans),
    entries,
    // A plan's own warnings (quiet decision-makers, its overloaded weeks) stay with that plan
    // (`herald schedule <plan>`); across plans, the load below is what counts.
    warnings: [],
    audienceNames,
  };
  const load = sharedLoad(plans, keys, schedules, orgs, window);
  const organization = [...orgs.values()].find((org) => org.organization !== undefined)?.organization;
  return { schedule, plans: shown, load, organization };
}

/** Plan keys made unique: a second plan with the same key gets "-2", so calendar UIDs never collide. */
function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
}

function mergeFilters(plans: readonly ScheduledPlan[]): ScheduleFilters {
  const union = (pick: (filters: ScheduleFilters) => readonly string[]): string[] => [
    ...new Set(plans.flatMap(({ filters }) => (filters === undefined ? [] : pick(filters)))),
  ];
  return { audiences: union((f) => f.audiences), channels: union((f) => f.channels), owners: union((f) => f.owners) };
}

function sharedLoad(
  plans: readonly ScheduledPlan[],
  keys: readonly string[],
  schedules: readonly Schedule[],
  orgs: ReadonlyMap<string, Org>,
  window: DateRange,
): AudienceLoad[] {
  const mondays = weekMondays(window);
  const loads: AudienceLoad[] = [];
  for (const [orgFile, org] of orgs) {
    for (const audience of org.audiences ?? []) {
      // week -> plan key -> touches
      const counts = new Map<IsoDate, Map<string, number>>(mondays.map((monday) => [monday, new Map()]));
      plans.forEach(({ org: planOrg }, index) => {
        if (planOrg !== orgFile) return;
        for (const entry of schedules[index]!.entries) {
          if (entry.status === 'skipped' || !entry.audiences.includes(audience.id)) continue;
          const week = counts.get(isoWeek(entry.date).monday);
          if (week !== undefined) week.set(keys[index]!, (week.get(keys[index]!) ?? 0) + 1);
        }
      });
      const limit = audience.weekly_limit ?? null;
      const weeks = [...counts].map(([week, byPlan]): WeekLoad => {
        const touches = [...byPlan.values()].reduce((sum, n) => sum + n, 0);
        const list = [...byPlan]
          .map(([plan, n]) => ({ plan, touches: n }))
          .sort((a, b) => b.touches - a.touches || (a.plan < b.plan ? -1 : 1));
        return { week, touches, plans: list, over: limit !== null && touches > limit };
      });
      loads.push({ org: orgFile, audience: audience.id, name: audience.name, limit, weeks });
    }
  }
  return loads;
}
