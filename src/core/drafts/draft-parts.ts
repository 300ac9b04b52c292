/** The pieces of DraftData, each built from the plan index for one touchpoint. */
import type { IsoDate } from '../time/dates.js';
import { durationMinutes } from '../time/duration.js';
import { goalFacts } from '../goals/goal-facts.js';
import { goalProgress } from '../goals/goal-progress.js';
import { blankToNull } from '../words/text.js';
import { goalSentences } from '../goals/goal-words.js';
import { channelDisplayName } from '../plan/channel-name.js';
import type { ChannelType } from '../plan/formats.js';
import { nextStepOf } from '../plan/next-step.js';
import type { Audience, Channel, Goal, Highlight, Plan } from '../plan/schema.js';
import type { Touchpoint } from '../schedule/touchpoints.js';
import { groupWords, thingPhrase } from '../words/names.js';
import { formatQuantity } from '../words/values.js';
import type { AudienceInfo, ChannelInfo, FitInfo, GoalInfo, HighlightInfo, PlanInfo, TouchpointInfo } from './draft-data.js';
import { statesValue } from './editorial/figures.js';
import { othersThan } from './editorial/people.js';
import { sharedPart, type PlanIndex } from './plan-index.js';
import { planKey } from '../plan/plan-key.js';

export function planInfo(plan: Plan): PlanInfo {
  const { name, organization, owner, summary, timezone, start, end } = plan.plan;
  return {
    id: planKey(plan.plan),
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
  return sharedPart(index, touchpoint, () => buildTouchpointInfo(index, touchpoint));
}

function buildTouchpointInfo(index: PlanIndex, touchpoint: Touchpoint): TouchpointInfo {
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
  const name = channelDisplayName(channel, touchpoint.channel);
  return {
    id: touchpoint.channel,
    name,
    phrase: thingPhrase(name),
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
    phrase: groupWords(audience.name).phrase,
    message: blankToNull(audience.message),
    ask: blankToNull(audience.ask),
  };
}

/**
 * A win as a draft of `asOf` tells it: a next step already past is left out, the sender is
 * not among the people credited, and a figure the title already says is not said again.
 */
export function highlightInfo(index: PlanIndex, highlight: Highlight, asOf: IsoDate, sender: string | null): HighlightInfo {
  const step = nextStepOf(highlight);
  const ahead = step !== null && (step.by === null || step.by >= asOf);
  const metric = highlight.metric;
  const figure =
    metric === undefined || statesValue(highlight.title, metric.value)
      ? null
      : `${metric.name.trim() === '' ? '' : `${metric.name.trim()} of `}${formatQuantity(metric.value, metric.unit)}`;
  return {
    id: highlight.id,
    date: highlight.date,
    title: highlight.title,
    what: highlight.what ?? null,
    why: highlight.why ?? null,
    next: ahead ? step.text : null,
    nextBy: ahead ? step.by : null,
    impact: highlight.impact ?? 'medium',
    metric: metric === undefined ? null : { name: metric.name, value: metric.value, unit: metric.unit ?? null },
    figure,
    evidence: highlight.evidence ?? null,
    credit: othersThan(sender, highlight.credit ?? []),
    goals: (highlight.goals ?? []).flatMap((id) => {
      const goal = index.goals.get(id);
      return goal === undefined ? [] : [{ id, title: goal.title }];
    }),
  };
}

/** A goal with its latest measurement as of `asOf`: a draft never reports a figure from its future. */
export function goalInfo(index: PlanIndex, goal: Goal, asOf: IsoDate): GoalInfo {
  return sharedPart(index, `goal|${goal.id}|${asOf}`, () => buildGoalInfo(index, goal, asOf));
}

function buildGoalInfo(index: PlanIndex, goal: Goal, asOf: IsoDate): GoalInfo {
  const progress = goalProgress(goal, index.measurementsByGoal.get(goal.id), asOf);
  const words = goalSentences(goal, progress);
  return {
    ...goalFacts(goal),
    latest: progress.latestMeasurement,
    progress: progress.progress,
    level: goal.level ?? 'outcome',
    standing: words.sentence,
    aim: words.aim,
    reached: progress.reached,
  };
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
