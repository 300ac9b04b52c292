import { compareText } from '../text.js';
/** The pieces of DraftData, each built from the plan index for one touchpoint. */
import { addDays, type IsoDate } from '../dates.js';
import { durationMinutes } from '../duration.js';
import { channelDisplayName } from '../plan/channel-name.js';
import { nextStepOf } from '../plan/next-step.js';
import type { ChannelType } from '../plan/formats.js';
import type { Audience, Channel, Goal, Highlight, Plan } from '../plan/schema.js';
import { latestMeasurement, progressBetween } from '../progress.js';
import type { Touchpoint } from '../schedule/touchpoints.js';
import type {
  AudienceInfo,
  ChannelInfo,
  FitInfo,
  GoalInfo,
  HighlightInfo,
  NextInfo,
  PeriodInfo,
  PlanInfo,
  TouchpointInfo,
} from './draft-data.js';
import { previousTouchDate, type PlanIndex } from './plan-index.js';

export function planInfo(plan: Plan): PlanInfo {
  const { name, organization, owner, summary, timezone, start, end } = plan.plan;
  return {
    name,
    organization: organization ?? null,
    owner: owner ?? null,
    summary: summary ?? null,
    timezone: timezone ?? 'UTC',
    start,
    end,
  };
}

export function touchpointInfo(index: PlanIndex, touchpoint: Touchpoint): TouchpointInfo {
  const channel = index.channels.get(touchpoint.channel);
  return {
    date: touchpoint.date,
    time: touchpoint.time,
    channel: channelInfo(index.plan, channel, touchpoint),
    audiences: touchpoint.audiences.flatMap((id) => {
      const audience = index.audiences.get(id);
      return audience === undefined ? [] : [audienceInfo(audience)];
    }),
  };
}

function channelInfo(plan: Plan, channel: Channel | undefined, touchpoint: Touchpoint): ChannelInfo {
  return {
    id: touchpoint.channel,
    name: channelDisplayName(channel, touchpoint.channel),
    type: touchpoint.type,
    owner: channel?.owner ?? plan.plan.owner ?? null,
    duration: channel?.duration ?? null,
    minutes: durationMinutes(channel?.duration),
    feedback: channel?.feedback ?? null,
  };
}

export function audienceInfo(audience: Audience): AudienceInfo {
  return {
    id: audience.id,
    name: audience.name,
    size: audience.size ?? null,
    influence: audience.influence ?? null,
    interest: audience.interest ?? null,
    caresAbout: audience.cares_about ?? [],
    highInfluence: audience.influence === 'high',
  };
}

/** The days a touchpoint reports on: after the channel's previous touchpoint, or from the plan's start. */
export function periodOf(index: PlanIndex, touchpoint: Touchpoint): PeriodInfo {
  const previous = previousTouchDate(index, touchpoint.channel, touchpoint.date);
  return { from: previous === null ? index.plan.plan.start : addDays(previous, 1), to: touchpoint.date, previous };
}

/** The audience's highlights dated inside the period, oldest first. */
export function highlightsFor(index: PlanIndex, audience: string, period: PeriodInfo): Highlight[] {
  return (index.highlightsByAudience.get(audience) ?? []).filter((h) => h.date >= period.from && h.date <= period.to);
}

export function highlightInfo(index: PlanIndex, highlight: Highlight): HighlightInfo {
  return {
    id: highlight.id,
    date: highlight.date,
    title: highlight.title,
    what: highlight.what ?? null,
    why: highlight.why ?? null,
    next: nextStepOf(highlight)?.text ?? null,
    metric:
      highlight.metric === undefined
        ? null
        : { name: highlight.metric.name, value: highlight.metric.value, unit: highlight.metric.unit ?? null },
    evidence: highlight.evidence ?? null,
    credit: highlight.credit ?? [],
    goals: (highlight.goals ?? []).flatMap((id) => {
      const goal = index.goals.get(id);
      return goal === undefined ? [] : [{ id, title: goal.title }];
    }),
  };
}

/** A goal with its latest measurement as of `asOf`: a draft never reports a figure from its future. */
export function goalInfo(index: PlanIndex, goal: Goal, asOf: IsoDate): GoalInfo {
  const measurement = latestMeasurement(goal.id, index.measurementsByGoal.get(goal.id), asOf);
  const progress = measurement === undefined ? null : progressBetween(goal.baseline, goal.target, measurement.value);
  return {
    id: goal.id,
    title: goal.title,
    why: goal.why ?? null,
    metric: goal.metric ?? null,
    unit: goal.unit ?? null,
    baseline: goal.baseline ?? null,
    target: goal.target ?? null,
    due: goal.due ?? null,
    owner: goal.owner ?? null,
    latest: measurement === undefined ? null : { date: measurement.date, value: measurement.value, note: measurement.note ?? null },
    progress: progress !== null && Number.isFinite(progress) ? progress : null,
  };
}

/** The audience's next three touchpoints after this one and its next milestone. */
export function nextFor(index: PlanIndex, audience: string, touchpoint: Touchpoint, goals: readonly Goal[]): NextInfo {
  const touches = index.touchesByAudience.get(audience);
  const at = touches?.position.get(touchpoint) ?? -1;
  const upcoming = at < 0 || touches === undefined ? [] : touches.list.slice(at + 1, at + 4);
  const nextTouches = upcoming.map((t) => ({
    date: t.date,
    time: t.time,
    channel: { id: t.channel, name: channelDisplayName(index.channels.get(t.channel), t.channel), type: t.type },
  }));
  const due = goals
    .filter((goal): goal is Goal & { due: IsoDate } => goal.due !== undefined && goal.due >= touchpoint.date)
    .sort((a, b) => compareText(a.due, b.due))[0];
  const firstTouch = nextTouches[0];
  const milestone =
    due !== undefined
      ? { kind: 'goal-due' as const, date: due.due, title: due.title }
      : firstTouch !== undefined
        ? { kind: 'touchpoint' as const, date: firstTouch.date, title: firstTouch.channel.name }
        : null;
  return { touchpoints: nextTouches, milestone };
}

/**
 * How much a channel's form holds: a hallway pitch and a one-on-one story one highlight, a
 * meeting about three minutes per talking point, decision-makers' email three, articles all.
 */
export function fitFor(type: ChannelType, minutes: number | null, highInfluence: boolean, available: number): FitInfo {
  const all = Math.max(available, 1);
  switch (type) {
    case 'hallway':
    case 'one-on-one':
      return { highlights: 1, minutesEach: null };
    case 'meeting': {
      if (minutes === null) return { highlights: 3, minutesEach: null };
      const highlights = Math.min(6, Math.max(1, Math.floor((minutes - 1) / 3)));
      const shown = Math.max(1, Math.min(highlights, available));
      return { highlights, minutesEach: Math.max(1, Math.min(5, Math.floor((minutes - 1) / shown))) };
    }
    case 'email':
      return { highlights: highInfluence ? 3 : 5, minutesEach: null };
    case 'slack':
    case 'teams':
      return { highlights: 3, minutesEach: null };
    case 'podcast':
      return { highlights: 4, minutesEach: null };
    default:
      return { highlights: all, minutesEach: null };
  }
}

/**
 * The highlights that fit: those with a figure first, then the newest; shown oldest first
 * so a draft reads as a story.
 */
export function featuredOf(highlights: readonly HighlightInfo[], count: number): HighlightInfo[] {
  const ranked = [...highlights].sort((a, b) => Number(b.metric !== null) - Number(a.metric !== null) || compareText(b.date, a.date));
  const chosen = new Set(ranked.slice(0, count));
  return highlights.filter((h) => chosen.has(h));
}

/** Each person once, in order of appearance. */
export function creditsOf(highlights: readonly HighlightInfo[]): string[] {
  return [...new Set(highlights.flatMap((h) => h.credit).filter((name) => name.trim() !== ''))];
}
