/**
 * The sentences of the brief for one shared audience (`herald brief <folder> --audience`),
 * the same in every format. Written to be sent to that audience as it is: no rule ids, no
 * file names. They return plain text: callers escape (Markdown, HTML) or clean (terminal).
 */
import type { AudienceBrief, HeardChannel, HeardTeam, HeardUpdate } from '../../core/workspace/audience-brief.js';
import { capitalise } from '../../core/words/text.js';
import { formatDateWords, plural, shortDate, touchWhen } from '../../core/words/values.js';

/** "Executive team: what you will hear from Acme Corp". */
export function audienceTitle(brief: AudienceBrief): string {
  const from = brief.organization === null ? '' : ` from ${brief.organization}`;
  return `${brief.audience.name}: what you will hear${from}`;
}

/** "1 March to 31 March 2027", "1 December 2027 to 31 January 2028". */
export function windowWords(brief: AudienceBrief): string {
  const { from, to } = brief.window;
  const start = formatDateWords(from, 'medium');
  return `${from.slice(0, 4) === to.slice(0, 4) ? start.replace(/ \d{4}$/, '') : start} to ${formatDateWords(to, 'medium')}`;
}

/** The lead: how many updates, from how many teams, and the busiest week. */
export function audienceSummary(brief: AudienceBrief): string {
  if (brief.updates.length === 0) return `No updates are planned for you from ${windowWords(brief)}.`;
  const lead = `${plural(brief.updates.length, 'update')} from ${plural(brief.teams.length, 'team')}, ${windowWords(brief)}.`;
  const busiest = brief.busiest;
  if (busiest === null || brief.weeks.length < 2) return lead;
  return `${lead} The busiest week is the week of ${formatDateWords(busiest.monday, 'medium')}, with ${plural(busiest.updates, 'update')}.`;
}

/** "Week of 8 March 2027 · 5 updates". */
export function updatesWeekHeading(monday: string, updates: number): string {
  return `Week of ${formatDateWords(monday, 'medium')} · ${plural(updates, 'update')}`;
}

/** "Finance, spring 2027 · Ana Ruiz · 14 updates". */
export function teamHeading(team: HeardTeam): string {
  return [team.name, team.owner, plural(team.updates, 'update')].filter((part) => part !== null).join(' · ');
}

/** "Finance, spring 2027 (Ana Ruiz)". */
export function teamName(team: HeardTeam): string {
  return team.owner === null ? team.name : `${team.name} (${team.owner})`;
}

/** "Mon 8 Mar, 10:00" (the year is in the headings). */
export function updateWhen(update: HeardUpdate): string {
  return touchWhen(update.date, update.time).replace(/ \d{4}(?=,|$)/, '');
}

/** "Exec brief (email)"; a name that says its type already stays as it is: "Exec demo meeting". */
export function heardChannelLabel(channel: HeardChannel): string {
  const type = channel.type.replace(/-/g, ' ');
  return channel.name.toLowerCase().includes(type) ? channel.name : `${channel.name} (${type})`;
}

/** How to answer back: what the plan states, else the person who runs the channel. */
export function answerWords(channel: HeardChannel): string {
  if (channel.answer !== null) return channel.answer;
  return channel.owner === null ? 'no way back is given' : `ask ${channel.owner}`;
}

/** "Weekly on Monday: 5 updates, 1 Mar to 29 Mar 2027"; one update is its day: "Wed 10 Mar 2027, 10:00". */
export function channelRhythm(brief: AudienceBrief, team: number, channel: HeardChannel): string {
  const own = brief.updates.filter((update) => update.team === team && update.channel === channel.id);
  const first = own[0];
  const last = own.at(-1);
  if (first === undefined || last === undefined) return capitalise(channel.cadence);
  if (own.length === 1) return touchWhen(first.date, first.time);
  return `${capitalise(channel.cadence)}: ${plural(own.length, 'update')}, ${dateSpan(first.date, last.date)}`;
}

/** "1 Mar to 29 Mar 2027", "1 Dec 2027 to 5 Jan 2028". */
function dateSpan(from: string, to: string): string {
  const start = shortDate(from);
  return `${from.slice(0, 4) === to.slice(0, 4) ? start.replace(/ \d{4}$/, '') : start} to ${shortDate(to)}`;
}

/** The channel an update goes through, from its team. */
export function channelOf(brief: AudienceBrief, update: HeardUpdate): HeardChannel | undefined {
  return brief.teams[update.team]?.channels.find((channel) => channel.id === update.channel);
}
