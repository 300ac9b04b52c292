/**
 * The data of `herald brief`: the plan as colleagues should read it, optionally narrowed to
 * what one audience will hear. Pure: the plan and today come in; the formats read this.
 */
import { describeCadence, parseCadence } from '../cadence/cadence.js';
import type { IsoDate } from '../time/dates.js';
import { channelDisplayName } from '../plan/channel-name.js';
import type { Audience, Channel, Goal, Plan } from '../plan/schema.js';
import { goalFacts, type GoalFacts } from '../goals/goal-facts.js';
import { goalProgress, type GoalProgress } from '../goals/goal-progress.js';
import { blankToNull } from '../words/text.js';
import type { PlanModel } from '../plan/plan-model.js';
import { audiencesByChannel, type Touchpoint } from '../schedule/touchpoints.js';

export interface BriefGoal extends GoalFacts {
  /** Where it stands today: the latest measurement on or before today. */
  progress: GoalProgress;
}

export interface BriefChannel {
  id: string;
  name: string;
  type: string;
  /** "every other Thursday at 10:00", "monthly on the last Friday". */
  cadence: string;
  duration: string | null;
  owner: string | null;
  /** The next touchpoint on or after today, or null when none is left in the plan. */
  next: { date: IsoDate; time: string | null } | null;
  feedback: string | null;
  /** Names of the audiences it reaches (in the brief). */
  audiences: string[];
}

export interface BriefAudience {
  id: string;
  name: string;
  size: number | null;
  influence: string | null;
  interest: string | null;
  caresAbout: string[];
  /** The one thing it should know, think or do (`message`), or null. */
  message: string | null;
  /** What we want from it now (`ask`), or null. */
  ask: string | null;
  channels: BriefChannel[];
}

export interface BriefResearch {
  id: string;
  title: string;
  type: string | null;
  date: IsoDate | null;
  findings: string[];
}

export interface BriefOwner {
  name: string;
  /** Whether they own the plan itself. */
  plan: boolean;
  /** Titles of the goals they answer for. */
  goals: string[];
  /** Names of the channels they run. */
  channels: string[];
}

export interface BriefFeedback {
  channel: string;
  feedback: string;
  audiences: string[];
}

export interface PlanBrief {
  plan: { name: string; organization: string | null; owner: string | null; start: IsoDate; end: IsoDate; summary: string | null };
  today: IsoDate;
  /** The audience it is tailored to, or null for the whole plan. */
  audience: { id: string; name: string } | null;
  goals: BriefGoal[];
  /** Largest influence first. */
  audiences: BriefAudience[];
  owners: BriefOwner[];
  research: BriefResearch[];
  feedback: BriefFeedback[];
}

const INFLUENCE_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * The brief of a valid plan on `today`. With `audienceId` (a known audience id; the caller
 * checks it), only that audience, its goals, its channels, the research behind its goals and
 * the people who own them.
 */
export function buildBrief(model: PlanModel, today: IsoDate, audienceId?: string): PlanBrief {
  const { plan } = model;
  const selected = audienceId === undefined ? null : ((plan.audiences ?? []).find((a) => a.id === audienceId) ?? null);
  const audiences = selected === null ? (plan.audiences ?? []) : [selected];
  const goals = (plan.goals ?? []).filter((goal) => selected === null || (goal.audiences ?? []).includes(selected.id));
  const reached = new Set(audiences.flatMap((audience) => audience.channels ?? []));
  const channels = (plan.channels ?? []).filter((channel) => selected === null || reached.has(channel.id));
  const research = new Set(goals.flatMap((goal) => goal.research ?? []));
  const reach = audiencesByChannel(plan);
  const names = new Map(audiences.map((audience) => [audience.id, audience.name]));
  const upcoming = model.touchpoints().filter((touchpoint) => touchpoint.date >= today);
  const briefChannels = new Map(
    channels.map((channel) => [channel.id, briefChannel(plan, channel, upcoming, reach.get(channel.id) ?? [], names)]),
  );

  return {
    plan: {
      name: plan.plan.name,
      organization: plan.plan.organization ?? null,
      owner: plan.plan.owner ?? null,
      start: plan.plan.start,
      end: plan.plan.end,
      summary: blankToNull(plan.plan.summary),
    },
    today,
    audience: selected === null ? null : { id: selected.id, name: selected.name },
    goals: goals.map((goal) => ({
      ...goalFacts(goal),
      progress: goalProgress(goal, plan.measurements, today),
    })),
    audiences: byInfluence(audiences).map((audience) => briefAudience(audience, briefChannels)),
    owners: owners(plan, goals, channels),
    research: (plan.research ?? [])
      .filter((entry) => selected === null || research.has(entry.id))
      .map((entry) => ({
        id: entry.id,
        title: blankToNull(entry.title) ?? entry.id,
        type: entry.type ?? null,
        date: entry.date ?? null,
        findings: (entry.findings ?? []).filter((finding) => finding.trim() !== ''),
      })),
    feedback: [...briefChannels.values()]
      .filter((channel) => channel.feedback !== null)
      .map((channel) => ({ channel: channel.name, feedback: channel.feedback ?? '', audiences: channel.audiences })),
  };
}

function briefChannel(
  plan: Plan,
  channel: Channel,
  upcoming: readonly Touchpoint[],
  reach: readonly string[],
  names: Map<string, string>,
): BriefChannel {
  return {
    id: channel.id,
    name: channelDisplayName(channel, channel.id),
    type: channel.type,
    cadence: cadenceInWords(channel),
    duration: channel.duration ?? null,
    owner: blankToNull(channel.owner) ?? blankToNull(plan.plan.owner),
    next: nextTouch(upcoming, channel),
    feedback: blankToNull(channel.feedback),
    audiences: reach.flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [name];
    }),
  };
}

/**
 * A channel's cadence in plain words, with its time: "every other Thursday at 10:00".
 * Colleagues reading a brief never see a raw "RRULE:".
 */
export function cadenceInWords(channel: Pick<Channel, 'cadence' | 'time'>): string {
  const parsed = parseCadence(channel.cadence);
  let words = channel.cadence;
  if (parsed.ok) {
    words = describeCadence(parsed.cadence);
    if (words.startsWith('custom rule')) words = 'on a custom schedule';
  }
  return channel.time === undefined ? words : `${words} at ${channel.time}`;
}

/** The channel's first touchpoint on or after today, from the plan's schedule in date order. */
function nextTouch(upcoming: readonly Touchpoint[], channel: Channel): BriefChannel['next'] {
  const next = upcoming.find((touchpoint) => touchpoint.channel === channel.id);
  return next === undefined ? null : { date: next.date, time: next.time };
}

function byInfluence(audiences: readonly Audience[]): Audience[] {
  const rank = (audience: Audience): number => INFLUENCE_ORDER[audience.influence ?? ''] ?? 3;
  // Array.prototype.sort is stable: equal influence keeps the plan's order after size.
  return [...audiences].sort((a, b) => rank(a) - rank(b) || (b.size ?? 0) - (a.size ?? 0));
}

function briefAudience(audience: Audience, channels: Map<string, BriefChannel>): BriefAudience {
  return {
    id: audience.id,
    name: audience.name,
    size: audience.size ?? null,
    influence: audience.influence ?? null,
    interest: audience.interest ?? null,
    caresAbout: (audience.cares_about ?? []).filter((topic) => topic.trim() !== ''),
    message: audience.message?.trim() || null,
    ask: audience.ask?.trim() || null,
    channels: (audience.channels ?? []).flatMap((id) => {
      const channel = channels.get(id);
      return channel === undefined ? [] : [channel];
    }),
  };
}

function owners(plan: Plan, goals: readonly Goal[], channels: readonly Channel[]): BriefOwner[] {
  const owned = new Map<string, BriefOwner>();
  const of = (name: string | undefined): BriefOwner | null => {
    const clean = name?.trim();
    if (clean === undefined || clean === '') return null;
    const owner = owned.get(clean) ?? { name: clean, plan: false, goals: [], channels: [] };
    owned.set(clean, owner);
    return owner;
  };
  const planOwner = of(plan.plan.owner);
  if (planOwner !== null) planOwner.plan = true;
  for (const goal of goals) of(goal.owner)?.goals.push(goal.title);
  for (const channel of channels) of(channel.owner)?.channels.push(channelDisplayName(channel, channel.id));
  return [...owned.values()];
}
