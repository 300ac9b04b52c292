/**
 * The sentences of a brief, the same in every format; each format escapes them its own way.
 * They return plain text built from plan text: callers must escape (Markdown, HTML) or clean
 * (terminal) the result.
 */
import { capitalise, joinWords } from '../../core/words/text.js';
import { formatDateWords, formatPercent, formatValue, plural, touchWhen } from '../../core/words/values.js';
import type { BriefAudience, BriefChannel, BriefGoal, BriefOwner, PlanBrief } from '../../core/brief/build-brief.js';

export function briefTitle(brief: PlanBrief): string {
  return brief.plan.organization === null ? brief.plan.name : `${brief.plan.name} — ${brief.plan.organization}`;
}

/** "The plan for 4 January 2027 to 30 June 2027, owned by Dana Lee. For: Executive team." */
export function briefSubtitle(brief: PlanBrief): string {
  const owner = brief.plan.owner === null ? '' : `, owned by ${brief.plan.owner}`;
  const audience = brief.audience === null ? '' : ` What the ${brief.audience.name} will hear.`;
  return `The plan from ${formatDateWords(brief.plan.start, 'medium')} to ${formatDateWords(brief.plan.end, 'medium')}${owner}.${audience}`;
}

/** The heading over the audiences: the whole plan's, or what one audience will hear. */
export function audiencesHeading(brief: PlanBrief): string {
  return brief.audience === null ? 'Who we want to reach' : 'What they will hear, when and where';
}

/** "Executives who can name two marketing wins: from 20% to 80% by 30 June 2027." or null. */
export function measuredAs(goal: BriefGoal): string | null {
  const range =
    goal.baseline !== null && goal.target !== null
      ? `from ${formatValue(goal.baseline, goal.unit)} to ${formatValue(goal.target, goal.unit)}`
      : goal.target !== null
        ? `to ${formatValue(goal.target, goal.unit)}`
        : null;
  const due = goal.due === null ? null : `by ${formatDateWords(goal.due, 'medium')}`;
  const how = [range, due].filter((part) => part !== null).join(' ');
  if (goal.metric === null) return how === '' ? null : `${capitalise(how)}.`;
  return how === '' ? `${goal.metric}.` : `${goal.metric}: ${how}.`;
}

/** "45% on 1 March 2027, 42% of the way." / "Not measured yet." */
export function standsNow(goal: BriefGoal): string {
  const { latest, latestDate, progress } = goal.progress;
  if (latest === null || latestDate === null) return 'Not measured yet.';
  const way = progress === null ? '' : `, ${formatPercent(progress)} of the way`;
  return `${formatValue(latest, goal.unit)} on ${formatDateWords(latestDate, 'medium')}${way}.`;
}

/** "120 people · influence medium · interest high". */
export function audienceFacts(audience: BriefAudience): string {
  return [
    audience.size === null ? null : plural(audience.size, 'person', 'people'),
    audience.influence === null ? null : `influence ${audience.influence}`,
    audience.interest === null ? null : `interest ${audience.interest}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** "Every other Thursday at 10:00 (10m)". */
export function channelWhen(channel: BriefChannel): string {
  return `${capitalise(channel.cadence)}${channel.duration === null ? '' : ` (${channel.duration})`}`;
}

/** "next: Thu 14 Jan 2027, 10:00" / "no more dates in this plan". */
export function channelNext(channel: BriefChannel): string {
  return channel.next === null ? 'no more dates in this plan' : `next: ${touchWhen(channel.next.date, channel.next.time)}`;
}

/** "email · run by Dana Lee". */
export function channelKind(channel: BriefChannel): string {
  return [channel.type, channel.owner === null ? null : `run by ${channel.owner}`].filter((part) => part !== null).join(' · ');
}

/** "survey, 15 November 2026". */
export function researchFacts(research: PlanBrief['research'][number]): string {
  return [research.type, research.date === null ? null : formatDateWords(research.date, 'medium')]
    .filter((part) => part !== null)
    .join(', ');
}

/** "the plan; the goal “Leadership can name…”; the channels “Digest” and “Staff meeting”". */
export function ownerRoles(owner: BriefOwner): string {
  const quoted = (items: readonly string[]): string => joinWords(items.map((item) => `“${item}”`));
  return [
    owner.plan ? 'the plan' : null,
    owner.goals.length === 0 ? null : `the goal${owner.goals.length === 1 ? '' : 's'} ${quoted(owner.goals)}`,
    owner.channels.length === 0 ? null : `the channel${owner.channels.length === 1 ? '' : 's'} ${quoted(owner.channels)}`,
  ]
    .filter((part) => part !== null)
    .join('; ');
}
