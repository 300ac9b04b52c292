import { nextStepOf } from '../plan/next-step.js';
import { compareText } from '../words/text.js';
/**
 * The data of `herald report`: where each goal stands on a date, each audience's last and
 * next touch, the highlights shared in a period and the people they credit. Pure: the plan,
 * the date and the period come in; every format (text, Markdown, JSON, HTML) reads this.
 */
import { elapsedShare, goalProgress, statusOn, type GoalStatus, type GoalTrend } from '../goals/goal-progress.js';
import type { IsoDate } from '../time/dates.js';
import { channelDisplayName } from '../plan/channel-name.js';
import type { Goal, Highlight, Measurement, Plan } from '../plan/schema.js';
import type { DateRange, Touchpoint } from '../schedule/touchpoints.js';
import type { PlanModel } from '../plan/plan-model.js';
import type { GoalLevel } from '../plan/formats.js';
import {
  audienceExecution,
  goalEvents,
  goalLevel,
  lastSentTo,
  touchRecords,
  winShared,
  type AudienceExecution,
  type GoalEvent,
  type ReportTouchRecord,
  type WinShared,
} from './evaluate.js';

export interface ReportMeasurement {
  date: IsoDate;
  value: number;
  note: string | null;
  /** How many answers a survey figure rests on, or null. */
  responses: number | null;
}

export interface ReportGoal {
  id: string;
  title: string;
  metric: string | null;
  unit: string | null;
  owner: string | null;
  baseline: number | null;
  target: number | null;
  /** The value of the latest measurement on or before the report date. */
  latest: number | null;
  latestDate: IsoDate | null;
  /** 0..1 from baseline to target, or null (PRODUCT.md section 5). */
  progress: number | null;
  /** The goal's due date, or the plan's end when it has none. */
  due: IsoDate;
  /** The share of the time from the plan's start to `due` gone by the report date. */
  expected: number;
  status: GoalStatus;
  /** True when the target is below the baseline; null without a direction. */
  goesDown: boolean | null;
  trend: GoalTrend | null;
  /** Its measurements on or before the report date, in date order. */
  measurements: ReportMeasurement[];
  /** output, outtake or outcome (the default). */
  level: GoalLevel;
  audiences: string[];
  /** Touches that reached its audiences and wins for it, up to the report date, in date order. */
  events: GoalEvent[];
}

export interface ReportTouch {
  date: IsoDate;
  time: string | null;
  channel: string;
  channelName: string;
}

export interface ReportAudience {
  id: string;
  name: string;
  influence: string | null;
  /** The last touch before the report date. */
  lastTouch: ReportTouch | null;
  /** The next touch on or after the report date. */
  nextTouch: ReportTouch | null;
  size: number | null;
  /** The last touch recorded as sent in `touches:`, up to the report date. */
  lastSent: ReportTouchRecord | null;
  execution: AudienceExecution;
}

export interface ReportHighlight {
  id: string;
  date: IsoDate;
  title: string;
  what: string | null;
  why: string | null;
  next: string | null;
  /** When the next step is due (YYYY-MM-DD), or null. */
  nextBy: string | null;
  goals: string[];
  /** Its audiences, or those of its goals when it names none. */
  audiences: string[];
  credit: string[];
  evidence: string | null;
  metric: { name: string; value: number; unit: string | null } | null;
  /** The sent touch that first carried it (and the thanks of the people it credits), or null. */
  shared: WinShared | null;
}

export interface Recognition {
  name: string;
  /** Ids of the highlights in the period that credit this person, in date order. */
  highlights: string[];
  /** True when every one of those highlights has been shared, and the note with it sent. */
  thanked: boolean;
  /** Ids of their highlights not shared yet. */
  waiting: string[];
}

export interface PlanReport {
  plan: { name: string; organization: string | null; owner: string | null; start: IsoDate; end: IsoDate; timezone: string };
  date: IsoDate;
  /** The period whose highlights are shown. */
  period: DateRange;
  /** The share of the plan's time gone by the report date, 0..1. */
  elapsed: number;
  goals: ReportGoal[];
  audiences: ReportAudience[];
  highlights: ReportHighlight[];
  recognition: Recognition[];
  /** Whether the plan records any touches: without them, execution and thanks are unknown. */
  touchesRecorded: boolean;
}

export interface ReportOptions {
  /** The day the report is about: measurements after it are not counted. */
  date: IsoDate;
  /** Highlights dated inside it are shown; default: the plan's start to `date`. */
  period?: Partial<DateRange>;
}

export function buildReport(model: PlanModel, options: ReportOptions): PlanReport {
  const { plan } = model;
  const { date } = options;
  const period = { from: options.period?.from ?? plan.plan.start, to: options.period?.to ?? date };
  const names = new Map((plan.channels ?? []).map((channel) => [channel.id, channelDisplayName(channel, channel.id)]));
  const touches = touchRecords(plan, date, names);
  const goalAudiences = new Map((plan.goals ?? []).map((goal) => [goal.id, goal.audiences ?? []]));
  const wins = (plan.highlights ?? []).map((highlight) => ({
    id: highlight.id,
    date: highlight.date,
    title: highlight.title,
    goals: highlight.goals ?? [],
    audiences: highlight.audiences ?? highlightAudiencesFromGoals(highlight.goals ?? [], goalAudiences),
  }));
  return {
    plan: {
      name: plan.plan.name,
      organization: plan.plan.organization ?? null,
      owner: plan.plan.owner ?? null,
      start: plan.plan.start,
      end: plan.plan.end,
      timezone: plan.plan.timezone ?? 'UTC',
    },
    date,
    period,
    elapsed: elapsedShare(plan.plan.start, plan.plan.end, date),
    goals: reportGoals(plan, date, (goal) => goalEvents(goal, touches, wins, date)),
    audiences: reportAudiences(model, date, names, touches),
    ...reportHighlights(plan, period, touches),
    touchesRecorded: (plan.touches ?? []).length > 0,
  };
}

function reportGoals(plan: Plan, date: IsoDate, events: (goal: Goal) => GoalEvent[]): ReportGoal[] {
  const byGoal = new Map<string, Measurement[]>();
  for (const measurement of plan.measurements ?? []) {
    const list = byGoal.get(measurement.goal);
    if (list === undefined) byGoal.set(measurement.goal, [measurement]);
    else list.push(measurement);
  }
  return (plan.goals ?? []).map((goal) => ({ ...reportGoal(plan, goal, byGoal.get(goal.id) ?? [], date), events: events(goal) }));
}

function reportGoal(plan: Plan, goal: Goal, measurements: Measurement[], date: IsoDate): ReportGoal {
  const progress = goalProgress(goal, measurements, date);
  const { latest, latestDate, goesDown, trend } = progress;
  const due = goal.due ?? plan.plan.end;
  const { expected, status } = statusOn(progress, { start: plan.plan.start, due, date });
  return {
    id: goal.id,
    title: goal.title,
    metric: goal.metric ?? null,
    unit: goal.unit ?? null,
    owner: goal.owner ?? null,
    baseline: goal.baseline ?? null,
    target: goal.target ?? null,
    latest,
    latestDate,
    progress: progress.progress,
    due,
    expected,
    status,
    goesDown,
    trend,
    measurements: progress.measurements,
    level: goalLevel(goal),
    audiences: goal.audiences ?? [],
    events: [],
  };
}

function reportAudiences(
  model: PlanModel,
  date: IsoDate,
  names: ReadonlyMap<string, string>,
  touches: readonly ReportTouchRecord[],
): ReportAudience[] {
  const { plan } = model;
  const touchpoints: readonly Touchpoint[] = model.touchpoints();
  const last = new Map<string, ReportTouch>();
  const next = new Map<string, ReportTouch>();
  // Touchpoints come in date order: the last one before the date wins, the first one on or after.
  for (const touchpoint of touchpoints) {
    const touch = {
      date: touchpoint.date,
      time: touchpoint.time,
      channel: touchpoint.channel,
      channelName: names.get(touchpoint.channel) ?? '',
    };
    for (const audience of touchpoint.audiences) {
      if (touchpoint.date < date) last.set(audience, touch);
      else if (!next.has(audience)) next.set(audience, touch);
    }
  }
  return (plan.audiences ?? []).map((audience) => ({
    id: audience.id,
    name: audience.name,
    influence: audience.influence ?? null,
    lastTouch: last.get(audience.id) ?? null,
    nextTouch: next.get(audience.id) ?? null,
    size: audience.size ?? null,
    lastSent: lastSentTo(audience.id, touches),
    execution: audienceExecution(audience.id, touchpoints, touches, date),
  }));
}

function reportHighlights(
  plan: Plan,
  period: DateRange,
  touches: readonly ReportTouchRecord[],
): Pick<PlanReport, 'highlights' | 'recognition'> {
  const goalAudiences = new Map((plan.goals ?? []).map((goal) => [goal.id, goal.audiences ?? []]));
  const highlights = (plan.highlights ?? [])
    .filter((highlight) => highlight.date >= period.from && highlight.date <= period.to)
    .sort((a, b) => compareText(a.date, b.date))
    .map((highlight) => reportHighlight(highlight, goalAudiences, touches));
  const credits = new Map<string, string[]>();
  for (const highlight of highlights) {
    for (const name of highlight.credit) {
      const list = credits.get(name);
      if (list === undefined) credits.set(name, [highlight.id]);
      else if (!list.includes(highlight.id)) list.push(highlight.id);
    }
  }
  const shared = new Map(highlights.map((highlight) => [highlight.id, highlight.shared]));
  const recognition = [...credits].map(([name, ids]) => {
    const waiting = ids.filter((id) => shared.get(id) === null);
    return { name, highlights: ids, thanked: waiting.length === 0, waiting };
  });
  return { highlights, recognition };
}

function reportHighlight(
  highlight: Highlight,
  goalAudiences: Map<string, string[]>,
  touches: readonly ReportTouchRecord[],
): ReportHighlight {
  const audiences = highlight.audiences ?? highlightAudiencesFromGoals(highlight.goals ?? [], goalAudiences);
  return {
    id: highlight.id,
    date: highlight.date,
    title: highlight.title,
    what: highlight.what ?? null,
    why: highlight.why ?? null,
    next: nextStepOf(highlight)?.text ?? null,
    nextBy: nextStepOf(highlight)?.by ?? null,
    goals: highlight.goals ?? [],
    audiences,
    credit: [...new Set((highlight.credit ?? []).map((name) => name.trim()).filter((name) => name !== ''))],
    evidence: highlight.evidence ?? null,
    metric:
      highlight.metric === undefined
        ? null
        : { name: highlight.metric.name, value: highlight.metric.value, unit: highlight.metric.unit ?? null },
    shared: winShared({ date: highlight.date, audiences }, touches),
  };
}

function highlightAudiencesFromGoals(goals: readonly string[], goalAudiences: Map<string, string[]>): string[] {
  return [...new Set(goals.flatMap((goal) => goalAudiences.get(goal) ?? []))];
}
