/**
 * The data of `herald brief <folder> --audience <id>`: everything one shared audience will
 * hear from all the plans of a workspace in a window of days, from whom, through which
 * channel, and how to answer back. Pure: the plans, the window and the audience come in.
 */
import { cadenceInWords } from '../brief/build-brief.js';
import { channelDisplayName } from '../plan/channel-name.js';
import type { PlanModel } from '../plan/plan-model.js';
import type { DateRange } from '../schedule/touchpoints.js';
import { compareDates, isoWeek, type IsoDate } from '../time/dates.js';

/** One update the audience will get. */
export interface HeardUpdate {
  date: IsoDate;
  /** HH:MM in the sending plan's time zone, or null for all day. */
  time: string | null;
  /** The Monday of its week. */
  week: IsoDate;
  /** Index into `teams`. */
  team: number;
  /** The channel's id in that team's `channels`. */
  channel: string;
}

/** A channel of one team that reaches the audience in the window. */
export interface HeardChannel {
  id: string;
  name: string;
  type: string;
  /** "weekly on Monday at 10:00". */
  cadence: string;
  /** Who sends or runs it: the channel's owner, else the plan's. */
  owner: string | null;
  /** How to answer back: the channel's `feedback`, or null when the plan states none. */
  answer: string | null;
  updates: number;
}

/** A plan (a team) the audience will hear from. */
export interface HeardTeam {
  /** The plan file as messages show it. */
  file: string;
  id: string | null;
  name: string;
  owner: string | null;
  /** What the plan wants this audience to know (`message`), or null. */
  message: string | null;
  /** What the plan asks of this audience (`ask`), or null. */
  ask: string | null;
  channels: HeardChannel[];
  updates: number;
}

export interface HeardWeek {
  monday: IsoDate;
  updates: number;
}

export interface AudienceBrief {
  organization: string | null;
  audience: { id: string; name: string; size: number | null };
  window: DateRange;
  /** Only the teams with an update in the window, most updates first. */
  teams: HeardTeam[];
  /** In date, time and team order. */
  updates: HeardUpdate[];
  /** Every week of the window that has an update, in order. */
  weeks: HeardWeek[];
  /** The week with the most updates (the first of equals), or null when there are none. */
  busiest: HeardWeek | null;
}

export interface AudiencePlan {
  file: string;
  model: PlanModel;
}

/**
 * What audience `audienceId` will hear in `window` from the plans that reach it. A touchpoint
 * recorded as skipped is not heard. `name` is the audience's name when no plan states one.
 */
export function buildAudienceBrief(
  plans: readonly AudiencePlan[],
  audience: { id: string; name: string; size?: number | undefined },
  window: DateRange,
  organization: string | null,
): AudienceBrief {
  const teams: HeardTeam[] = [];
  const updates: HeardUpdate[] = [];
  for (const { file, model } of plans) {
    const { plan } = model;
    const planAudience = (plan.audiences ?? []).find((entry) => entry.id === audience.id);
    if (planAudience === undefined) continue;
    const skipped = new Set((plan.touches ?? []).filter((t) => t.status === 'skipped').map((t) => `${t.channel}|${t.date}`));
    const touchpoints = model
      .touchpoints(window)
      .filter((t) => t.audiences.includes(audience.id) && !skipped.has(`${t.channel}|${t.date}`));
    if (touchpoints.length === 0) continue;
    const channels = new Map<string, HeardChannel>();
    for (const channel of plan.channels ?? []) {
      if (!touchpoints.some((t) => t.channel === channel.id)) continue;
      channels.set(channel.id, {
        id: channel.id,
        name: channelDisplayName(channel, channel.id),
        type: channel.type,
        cadence: cadenceInWords(channel),
        owner: blankToNull(channel.owner) ?? blankToNull(plan.plan.owner),
        answer: blankToNull(channel.feedback),
        updates: touchpoints.filter((t) => t.channel === channel.id).length,
      });
    }
    const team = teams.length;
    teams.push({
      file,
      id: plan.plan.id ?? null,
      name: plan.plan.name,
      owner: blankToNull(plan.plan.owner),
      message: blankToNull(planAudience.message),
      ask: blankToNull(planAudience.ask),
      channels: [...channels.values()],
      updates: touchpoints.length,
    });
    for (const t of touchpoints) {
      updates.push({ date: t.date, time: t.time, week: isoWeek(t.date).monday, team, channel: t.channel });
    }
  }
  // Most updates first; equal teams keep the workspace's (path) order. Updates follow the new order.
  const order = teams.map((_, index) => index).sort((a, b) => teams[b]!.updates - teams[a]!.updates || a - b);
  const newIndex = new Map(order.map((old, index) => [old, index]));
  const sortedTeams = order.map((index) => teams[index]!);
  const sortedUpdates = updates
    .map((update) => ({ ...update, team: newIndex.get(update.team)! }))
    .sort((a, b) => compareDates(a.date, b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.team - b.team);

  const weeks: HeardWeek[] = [];
  for (const update of sortedUpdates) {
    const last = weeks.at(-1);
    if (last?.monday === update.week) last.updates += 1;
    else weeks.push({ monday: update.week, updates: 1 });
  }
  const busiest = weeks.reduce<HeardWeek | null>((best, week) => (best === null || week.updates > best.updates ? week : best), null);
  const name =
    plans.flatMap(({ model }) => model.plan.audiences?.find((entry) => entry.id === audience.id)?.name ?? [])[0] ?? audience.name;
  return {
    organization,
    audience: { id: audience.id, name, size: audience.size ?? null },
    window,
    teams: sortedTeams,
    updates: sortedUpdates,
    weeks,
    busiest,
  };
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
