import { compareText } from '../words/text.js';
/**
 * Lookups a draft needs many times, built once per run: which highlights and goals concern
 * each audience, each channel's touchpoint dates, each audience's touchpoints in order.
 */
import type { IsoDate } from '../time/dates.js';
import type { Audience, Channel, Goal, Highlight, Measurement, Plan } from '../plan/schema.js';
import type { Touchpoint } from '../schedule/touchpoints.js';

export interface PlanIndex {
  plan: Plan;
  timezone: string;
  /** Every touchpoint of the plan, in date, time and channel order. */
  touchpoints: readonly Touchpoint[];
  audiences: Map<string, Audience>;
  channels: Map<string, Channel>;
  goals: Map<string, Goal>;
  /** Highlights that concern each audience, in date order. */
  highlightsByAudience: Map<string, Highlight[]>;
  goalsByAudience: Map<string, Goal[]>;
  measurementsByGoal: Map<string, Measurement[]>;
  /** Each channel's touchpoint dates, in order. */
  datesByChannel: Map<string, IsoDate[]>;
  /** Each audience's touchpoints, in order, and where each touchpoint sits in that list. */
  touchesByAudience: Map<string, { list: Touchpoint[]; position: Map<Touchpoint, number> }>;
  /**
   * Parts of draft data built once per run and shared by every draft that shows them (a goal
   * as of a date, an audience, a touchpoint); draft data is never changed once built.
   */
  shared: Map<unknown, unknown>;
}

/** `build()` once per key for this run of the index. */
export function sharedPart<T>(index: PlanIndex, key: unknown, build: () => T): T {
  if (index.shared.has(key)) return index.shared.get(key) as T;
  const value = build();
  index.shared.set(key, value);
  return value;
}

/** The audiences a highlight concerns: its own `audiences`, else those of its goals. */
export function highlightAudiences(highlight: Highlight, goals: ReadonlyMap<string, Goal>): string[] {
  if (highlight.audiences !== undefined) return highlight.audiences;
  const ids = new Set<string>();
  for (const goalId of highlight.goals ?? []) for (const audience of goals.get(goalId)?.audiences ?? []) ids.add(audience);
  return [...ids];
}

export function indexPlan(plan: Plan, touchpoints: readonly Touchpoint[]): PlanIndex {
  const goals = new Map((plan.goals ?? []).map((goal) => [goal.id, goal]));
  const highlightsByAudience = new Map<string, Highlight[]>();
  const sortedHighlights = [...(plan.highlights ?? [])].sort((a, b) => compareText(a.date, b.date));
  for (const highlight of sortedHighlights) {
    for (const audience of highlightAudiences(highlight, goals)) push(highlightsByAudience, audience, highlight);
  }
  const goalsByAudience = new Map<string, Goal[]>();
  for (const goal of plan.goals ?? []) for (const audience of new Set(goal.audiences ?? [])) push(goalsByAudience, audience, goal);
  const measurementsByGoal = new Map<string, Measurement[]>();
  for (const measurement of plan.measurements ?? []) push(measurementsByGoal, measurement.goal, measurement);

  const datesByChannel = new Map<string, IsoDate[]>();
  const touchesByAudience = new Map<string, { list: Touchpoint[]; position: Map<Touchpoint, number> }>();
  for (const touchpoint of touchpoints) {
    push(datesByChannel, touchpoint.channel, touchpoint.date);
    for (const audience of touchpoint.audiences) {
      let entry = touchesByAudience.get(audience);
      if (entry === undefined) touchesByAudience.set(audience, (entry = { list: [], position: new Map() }));
      entry.position.set(touchpoint, entry.list.length);
      entry.list.push(touchpoint);
    }
  }
  return {
    plan,
    timezone: plan.plan.timezone ?? 'UTC',
    touchpoints,
    audiences: new Map((plan.audiences ?? []).map((audience) => [audience.id, audience])),
    channels: new Map((plan.channels ?? []).map((channel) => [channel.id, channel])),
    goals,
    highlightsByAudience,
    goalsByAudience,
    measurementsByGoal,
    datesByChannel,
    touchesByAudience,
    shared: new Map(),
  };
}

/** The channel's touchpoint before `date`, or null for its first. */
export function previousTouchDate(index: PlanIndex, channel: string, date: IsoDate): IsoDate | null {
  const dates = index.datesByChannel.get(channel) ?? [];
  let low = 0;
  let high = dates.length;
  // The first position whose date is not before `date`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle] ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (dates[low - 1] ?? null) : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
