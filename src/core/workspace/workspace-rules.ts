import type { Finding, Severity } from '../plan/diagnostics.js';
import type { Plan } from '../plan/schema.js';
import type { ChannelType } from '../plan/formats.js';
import type { Touchpoint } from '../schedule/touchpoints.js';
import { compareDates, dateOfDayNumber, dayNumber, type IsoDate } from '../time/dates.js';
import { detached } from '../words/share-strings.js';
import { compareText, joinWords } from '../words/text.js';
import { plural } from '../words/values.js';
import type { Blackout, Org } from './org-schema.js';
import { WORKSPACE_RULES, type WorkspaceRuleId } from './workspace-rules-catalog.js';

/**
 * A plan of the workspace that has no errors, as the rules across plans read it (see
 * planForRules): not the whole plan, which a workspace of many plans would keep for the run.
 */
export interface WorkspacePlan {
  /** The plan file as messages show it. */
  file: string;
  /** How messages name the plan (planLabel). */
  label: string;
  /** Its channels' ids, in file order: findings point at a channel by its index. */
  channels: readonly string[];
  /** Its touchpoints that count (not recorded as skipped), or at least those the rules read. */
  touchpoints: RuleTouchpoints;
}

/**
 * A plan's touchpoints as the rules across plans read them, in schedule order, as parallel
 * arrays: a workspace keeps these for each of its plans for the run, where a few hundred
 * objects a plan lived through the young generation's collections and made it grow.
 */
export interface RuleTouchpoints {
  /** Each touchpoint's day (dayNumber). */
  readonly days: Int32Array;
  /** Each touchpoint's channel, as an index into `byChannel`. */
  readonly channels: Int32Array;
  /** What each channel's touchpoints share: its id, its type and the audiences it reaches. */
  readonly byChannel: ReadonlyArray<{ id: string; type: ChannelType; audiences: readonly string[] }>;
}

/** A finding about one file of the workspace: a plan (its index) or the organisation file. */
export interface WorkspaceFinding {
  target: { plan: number } | 'org';
  finding: Finding;
}

/** How a plan is named in messages about several plans: its `plan.id`, else its name. */
export function planLabel(plan: Plan): string {
  return plan.plan.id ?? plan.plan.name;
}

/**
 * The rules over the plans that share one organisation file: blackouts (each plan against the
 * organisation), shared audiences over their weekly limit, and two plans sending to one shared
 * audience through the same channel type on the same day. Touchpoints recorded as skipped in
 * a plan's `touches:` do not count.
 */
export function runWorkspaceRules(plans: readonly WorkspacePlan[], org: Org): WorkspaceFinding[] {
  const severityOf = (id: WorkspaceRuleId): Severity | 'off' => {
    const setting = org.rules?.[id];
    if (setting === 'off' || setting === 'warning' || setting === 'error') return setting;
    return WORKSPACE_RULES.find((rule) => rule.id === id)?.severity ?? 'warning';
  };
  const live = plans.map((entry) => entry.touchpoints);
  const findings: WorkspaceFinding[] = [];
  const blackout = severityOf('blackout');
  if (blackout !== 'off') findings.push(...blackoutClashes(plans, live, org.blackouts ?? [], blackout));
  const limit = severityOf('shared-audience-limit');
  const sameDay = severityOf('same-day-send');
  if (limit === 'off' && sameDay === 'off') return findings;
  const touches = touchesOfShared(live, org);
  if (limit !== 'off') findings.push(...overLimit(plans, live, touches, org, limit));
  if (sameDay !== 'off') findings.push(...sameDaySends(plans, live, touches, sameDay));
  return findings;
}

/**
 * What the rules across plans read of a plan under `org`: its label, its channels' ids, and of
 * its schedule (in order) the touchpoints not recorded as skipped that reach a shared audience
 * or fall inside a blackout. The rules find the same on these as on the whole plan, and a
 * workspace of many plans keeps only these for the run (about a third of each schedule in the
 * bench's workspace).
 */
export function planForRules(file: string, plan: Plan, touchpoints: readonly Touchpoint[], org: Org): WorkspacePlan {
  const shared = new Set((org.audiences ?? []).map((audience) => audience.id));
  const blackouts = (org.blackouts ?? []).map((blackout) => ({ start: blackout.start, end: blackout.end ?? blackout.start }));
  const skipped = new Set((plan.touches ?? []).filter((t) => t.status === 'skipped').map((t) => `${t.channel}|${t.date}`));
  const read = (touchpoint: Touchpoint): boolean => {
    const { audiences, date } = touchpoint;
    if (skipped.size > 0 && skipped.has(`${touchpoint.channel}|${date}`)) return false;
    for (let a = 0; a < audiences.length; a += 1) if (shared.has(audiences[a]!)) return true;
    for (const { start, end } of blackouts) if (compareDates(date, start) >= 0 && compareDates(date, end) <= 0) return true;
    return false;
  };
  // Indexed loops: a schedule and its audience lists are frozen arrays, which for...of (and
  // filter) walk with an iterator result made per element.
  const kept: number[] = [];
  for (let i = 0; i < touchpoints.length; i += 1) if (read(touchpoints[i]!)) kept.push(i);
  const days = new Int32Array(kept.length);
  const channels = new Int32Array(kept.length);
  const byChannel: Array<RuleTouchpoints['byChannel'][number]> = [];
  const channelIndex = new Map<string, number>();
  for (let k = 0; k < kept.length; k += 1) {
    const touchpoint = touchpoints[kept[k]!]!;
    let index = channelIndex.get(touchpoint.channel);
    if (index === undefined) {
      const { channel, type, audiences } = touchpoint;
      index = byChannel.push({ id: detached(channel), type, audiences: audiences.map(detached) }) - 1;
      channelIndex.set(channel, index);
    }
    days[k] = dayNumber(touchpoint.date);
    channels[k] = index;
  }
  return {
    file,
    label: detached(planLabel(plan)),
    channels: (plan.channels ?? []).map((channel) => detached(channel.id)),
    touchpoints: { days, channels, byChannel },
  };
}

function blackoutClashes(
  plans: readonly WorkspacePlan[],
  live: readonly RuleTouchpoints[],
  blackouts: readonly Blackout[],
  severity: Severity,
): WorkspaceFinding[] {
  const findings: WorkspaceFinding[] = [];
  plans.forEach(({ channels }, planIndex) => {
    const touchpoints = live[planIndex]!;
    for (const blackout of blackouts) {
      const end = blackout.end ?? blackout.start;
      const [first, last] = [dayNumber(blackout.start), dayNumber(end)];
      const byChannel = new Map<string, IsoDate[]>();
      for (let i = 0; i < touchpoints.days.length; i += 1) {
        const day = touchpoints.days[i]!;
        if (day < first || day > last) continue;
        const channel = touchpoints.byChannel[touchpoints.channels[i]!]!.id;
        const date = dateOfDayNumber(day);
        const dates = byChannel.get(channel) ?? [];
        if (!dates.includes(date)) dates.push(date);
        byChannel.set(channel, dates);
      }
      for (const [channel, dates] of byChannel) {
        const period = end === blackout.start ? blackout.start : `${blackout.start} to ${end}`;
        findings.push({
          target: { plan: planIndex },
          finding: {
            rule: 'blackout',
            severity,
            message: `Channel "${channel}" sends on ${joinWords(dates)}, in the blackout ${period} (${blackout.reason})`,
            hint: `Move those touchpoints out of ${period}, end the channel before it, or record them as skipped (\`herald skipped\`).`,
            path: ['channels', channels.indexOf(channel), 'cadence'],
          },
        });
      }
    }
  });
  return findings;
}

/**
 * The live touchpoints reaching one shared audience, from all plans, in plan order: each as
 * its plan and its index in that plan's RuleTouchpoints, in two lists of small numbers rather
 * than an object each (a large workspace's shared audiences are reached hundreds of thousands
 * of times, and those objects outlived the young generation's collections and made it grow).
 */
interface SharedTouches {
  plans: number[];
  indexes: number[];
}

function touchesOfShared(live: readonly RuleTouchpoints[], org: Org): Map<string, SharedTouches> {
  const byAudience = new Map<string, SharedTouches>((org.audiences ?? []).map((a) => [a.id, { plans: [], indexes: [] }]));
  for (let plan = 0; plan < live.length; plan += 1) {
    const { days, channels, byChannel } = live[plan]!;
    for (let i = 0; i < days.length; i += 1) {
      const { audiences } = byChannel[channels[i]!]!;
      for (let a = 0; a < audiences.length; a += 1) {
        const list = byAudience.get(audiences[a]!);
        if (list === undefined) continue;
        list.plans.push(plan);
        list.indexes.push(i);
      }
    }
  }
  return byAudience;
}

/** The Monday (a day number) of the week of a day number: 1970-01-01 was a Thursday. */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Plans an over-limit week names with their touches, the busiest first; the others are counted. */
export const MAX_PLANS_NAMED = 12;

function overLimit(
  plans: readonly WorkspacePlan[],
  live: readonly RuleTouchpoints[],
  touches: ReadonlyMap<string, SharedTouches>,
  org: Org,
  severity: Severity,
): WorkspaceFinding[] {
  const findings: WorkspaceFinding[] = [];
  (org.audiences ?? []).forEach((audience, audienceIndex) => {
    const limit = audience.weekly_limit;
    const reaching = touches.get(audience.id);
    if (limit === undefined || reaching === undefined) return;
    // Each week (by its Monday's day number) with its touches, as their places in `reaching`.
    const byWeek = new Map<number, number[]>();
    for (let t = 0; t < reaching.plans.length; t += 1) {
      const monday = mondayOf(live[reaching.plans[t]!]!.days[reaching.indexes[t]!]!);
      const week = byWeek.get(monday);
      if (week === undefined) byWeek.set(monday, [t]);
      else week.push(t);
    }
    for (const [mondayDay, week] of [...byWeek].sort(([a], [b]) => a - b)) {
      if (week.length <= limit) continue;
      const monday = dateOfDayNumber(mondayDay);
      const byPlan = new Map<number, number[]>();
      for (let i = 0; i < week.length; i += 1) {
        const t = week[i]!;
        const list = byPlan.get(reaching.plans[t]!);
        if (list === undefined) byPlan.set(reaching.plans[t]!, [t]);
        else list.push(t);
      }
      // The busiest plans first; each plan's touches as "channel MM-DD", in the order met. Put
      // together from the strings there are, joined once. Past MAX_PLANS_NAMED plans the rest
      // are counted: a week over the limit across 500 plans named all of them in one message
      // (a megabyte of text under the organisation file), which nobody reads.
      const text: string[] = [
        `${audience.name} (${audience.id}) gets ${week.length} touches in the week of ${monday}, over its limit of ${limit}: `,
      ];
      const busiest = [...byPlan].sort(([, a], [, b]) => b.length - a.length);
      busiest.slice(0, MAX_PLANS_NAMED).forEach(([plan, list], index) => {
        text.push(index === 0 ? '' : '; ', plans[plan]!.label, ` ${list.length} (`);
        const { days, channels, byChannel } = live[plan]!;
        for (let at = 0; at < list.length; at += 1) {
          const index = reaching.indexes[list[at]!]!;
          text.push(at === 0 ? '' : ', ', byChannel[channels[index]!]!.id, ' ', monthAndDay(dateOfDayNumber(days[index]!)));
        }
        text.push(')');
      });
      const unnamed = busiest.slice(MAX_PLANS_NAMED);
      if (unnamed.length > 0) {
        const rest = unnamed.reduce((sum, [, list]) => sum + list.length, 0);
        text.push(`; and ${plural(unnamed.length, 'more plan')} with ${plural(rest, 'touch', 'touches')}`);
      }
      const listed = unnamed.length > 0 ? ' `herald schedule <folder> --view load` lists every plan’s touches by week.' : '';
      findings.push({
        target: 'org',
        finding: {
          rule: 'shared-audience-limit',
          severity,
          message: text.join(''),
          hint: `Agree between ${plural(byPlan.size, 'plan')} which touches can move to another week or merge, or raise weekly_limit here.${listed}`,
          path: ['audiences', audienceIndex, 'weekly_limit'],
        },
      });
    }
  });
  return findings;
}

/** "03-08" for 2027-03-08: one string for each date, however many touches name it. */
function monthAndDay(date: IsoDate): string {
  let short = monthsAndDays.get(date);
  if (short === undefined) monthsAndDays.set(date, (short = date.slice(5)));
  return short;
}

const monthsAndDays = new Map<IsoDate, string>();

/** The plans sending to one shared audience through one channel type on one day. */
interface Sends {
  audience: string;
  type: string;
  /** The day number (dates.ts). */
  day: number;
  /** Each plan's (first) channel doing so, in plan order. */
  senders: Map<number, string>;
}

/** A later plan's channel sending to a shared audience on the days other plans do. */
interface SameDayGroup {
  plan: number;
  channel: string;
  audience: string;
  type: string;
  /** Day numbers. */
  days: number[];
  /** The first plan (and its channel) on each of those days. */
  others: Set<string>;
}

/** Each plan's place when the plans are ordered by file (compareText), by index. */
function fileOrder(plans: readonly WorkspacePlan[]): number[] {
  const rank: number[] = new Array<number>(plans.length);
  const sorted = plans.map((_, index) => index).sort((a, b) => compareText(plans[a]!.file, plans[b]!.file));
  sorted.forEach((plan, place) => (rank[plan] = place));
  return rank;
}

function sameDaySends(
  plans: readonly WorkspacePlan[],
  live: readonly RuleTouchpoints[],
  touches: ReadonlyMap<string, SharedTouches>,
  severity: Severity,
): WorkspaceFinding[] {
  // Each audience, type and date, with the plans (and their channels) sending that day: in the
  // order first met, found by type and date without a key made per touch.
  const sends: Sends[] = [];
  for (const [audience, list] of touches) {
    const byType = new Map<string, Map<number, Sends>>();
    for (let i = 0; i < list.plans.length; i += 1) {
      const plan = list.plans[i]!;
      const { days, channels, byChannel } = live[plan]!;
      const index = list.indexes[i]!;
      const { id: channel, type } = byChannel[channels[index]!]!;
      // By day number: the date's text is made only for a finding.
      const day = days[index]!;
      let byDay = byType.get(type);
      if (byDay === undefined) byType.set(type, (byDay = new Map<number, Sends>()));
      let send = byDay.get(day);
      if (send === undefined) {
        send = { audience, type, day, senders: new Map() };
        byDay.set(day, send);
        sends.push(send);
      }
      if (!send.senders.has(plan)) send.senders.set(plan, channel);
    }
  }
  // One finding per later plan's channel and audience, listing the days and the other plans:
  // in the order first met, found by plan, channel and audience without a key made per pair.
  const rank = fileOrder(plans);
  const groups: SameDayGroup[] = [];
  const byPlan = new Map<number, Map<string, Map<string, SameDayGroup>>>();
  for (const { audience, type, day, senders } of sends) {
    if (senders.size < 2) continue;
    const order = [...senders.keys()].sort((a, b) => rank[a]! - rank[b]!);
    const first = order[0]!;
    const firstSender = `${plans[first]!.label} (${senders.get(first)!})`;
    for (let at = 1; at < order.length; at += 1) {
      const plan = order[at]!;
      const channel = senders.get(plan)!;
      let byChannel = byPlan.get(plan);
      if (byChannel === undefined) byPlan.set(plan, (byChannel = new Map<string, Map<string, SameDayGroup>>()));
      let byAudience = byChannel.get(channel);
      if (byAudience === undefined) byChannel.set(channel, (byAudience = new Map<string, SameDayGroup>()));
      let group = byAudience.get(audience);
      if (group === undefined) {
        group = { plan, channel, audience, type, days: [], others: new Set<string>() };
        byAudience.set(audience, group);
        groups.push(group);
      }
      group.days.push(day);
      group.others.add(firstSender);
    }
  }
  return groups.map((group) => ({
    target: { plan: group.plan },
    finding: {
      rule: 'same-day-send',
      severity,
      message: `Channel "${group.channel}" reaches the shared audience ${group.audience} by ${group.type} on ${joinWords(group.days.sort((a, b) => a - b).map(dateOfDayNumber))}, the same day as ${joinWords([...group.others])}`,
      hint: 'Move one of them to another day, or merge the two into one message.',
      path: ['channels', plans[group.plan]!.channels.indexOf(group.channel)],
    },
  }));
}
