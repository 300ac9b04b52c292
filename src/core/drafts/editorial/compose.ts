/**
 * A decision laid out as the data a template renders: the headline, the greeting, the wins in
 * order, the steps still ahead, what comes up next, the introduction, who signs and the ask.
 * Templates only place these; every editorial choice is made here.
 */
import { describeCadence, parseCadence } from '../../cadence/cadence.js';
import { addDays } from '../../time/dates.js';
import { channelDisplayName } from '../../plan/channel-name.js';
import { nextStepOf } from '../../plan/next-step.js';
import type { Goal, Highlight } from '../../plan/schema.js';
import type { Touchpoint } from '../../schedule/touchpoints.js';
import { compareText } from '../../words/text.js';
import { groupWords, thingPhrase } from '../../words/names.js';
import type { ComingUpInfo, DraftData, HighlightInfo, IntroductionInfo, NextStepInfo } from '../draft-data.js';
import { audienceInfo, fitFor, goalInfo, highlightInfo, planInfo, touchpointInfo } from '../draft-parts.js';
import type { PlanIndex } from '../plan-index.js';
import type { Decision } from './decide.js';
import { clip, headlineOf } from './headline.js';
import { senderOf } from './people.js';
import { rankHighlights } from './rank.js';

/** How far ahead "coming up" looks: a goal due months away is not what comes next. */
const COMING_UP_DAYS = 42;
/** One-on-one stories always end with an ask; this one when the audience has none of its own. */
const STORY_ASK = 'Who else should hear this story?';

export function composeDraft(index: PlanIndex, decision: Decision & { write: true }): DraftData {
  const { unit, mode } = decision;
  const touchpoint = unit.touchpoint;
  const date = touchpoint.date;
  const channel = index.channels.get(touchpoint.channel);
  const sender = senderOf(channel?.owner, index.plan.plan.owner);
  const readers = unit.readers.flatMap((id) => {
    const audience = index.audiences.get(id);
    return audience === undefined ? [] : [audienceInfo(audience)];
  });
  const info = touchpointInfo(index, touchpoint);
  const tell = (highlight: Highlight): HighlightInfo => highlightInfo(index, highlight, date, sender);
  const fit = fitFor(
    touchpoint.type,
    info.channel.minutes,
    readers.some((r) => r.highInfluence),
    decision.news.length,
  );
  const room = mode === 'introduce' ? Math.min(fit.highlights, 2) : fit.highlights;
  const ranked = rankHighlights(
    decision.news,
    readers.flatMap((r) => r.caresAbout),
  );
  const featured = ranked.slice(0, room).map(tell);
  const goals = goalsOf(index, unit.readers);
  const measuredIds = new Set(decision.measured.map((m) => m.goal));
  const goalInfos = goals.map((goal) => goalInfo(index, goal, date));
  const audience = unit.broadcast ? null : (readers[0] ?? null);
  // A shared piece asks only what every reader is asked: one audience's ask is not the others'.
  const asks = [...new Set(readers.map((r) => r.ask))];
  const story = touchpoint.type === 'one-on-one' && mode !== 'give-back';
  const ask = asks.length === 1 && asks[0] !== null && asks[0] !== undefined ? asks[0] : story ? STORY_ASK : null;
  return {
    kind: 'touchpoint',
    mode,
    plan: planInfo(index.plan),
    touchpoint: info,
    audience,
    readers,
    broadcast: unit.broadcast,
    headline: headlineFor(
      decision,
      featured[0] ?? null,
      goalInfos.filter((g) => measuredIds.has(g.id)),
      index,
      info.channel.name,
    ),
    greeting: audience === null ? null : groupWords(readers[0]?.name ?? '').greeting,
    period: decision.period,
    hasNews: featured.length > 0 || measuredIds.size > 0,
    lead: featured[0] ?? null,
    featured,
    more: ranked.slice(room).map(tell),
    reminders: decision.reminders.slice(0, 3).map(tell),
    alreadyShared: decision.alreadyShared.map(({ highlight, plan, date: told }) => ({
      id: highlight.id,
      title: highlight.title,
      plan,
      date: told,
    })),
    fit,
    short: readers.some((r) => r.highInfluence),
    goals: goalInfos,
    tracked: goalInfos.filter((g) => g.latest !== null),
    measured: goalInfos.filter((g) => measuredIds.has(g.id)),
    nextSteps: stepsOf(featured),
    comingUp: comingUp(index, touchpoint, unit.readers, unit.broadcast, goals, new Set(featured.map((h) => h.id))),
    introduction: mode === 'introduce' ? introductionOf(index, touchpoint, unit.readers, unit.broadcast, goalInfos) : null,
    sender,
    credits: [...new Set(featured.flatMap((h) => h.credit))],
    ask,
    question: mode === 'give-back' ? questionFor(readers.flatMap((r) => r.caresAbout)) : null,
    feedback: info.channel.feedback,
  };
}

function headlineFor(
  decision: Decision & { write: true },
  lead: HighlightInfo | null,
  measured: readonly { standing: string }[],
  index: PlanIndex,
  channelName: string,
): string {
  if (lead !== null) return headlineOf(lead.title);
  const name = index.plan.plan.name;
  switch (decision.mode) {
    case 'introduce':
      return clip(`${name}: what we are doing and why`);
    case 'give-back':
      return clip(`${channelName}: one question, or the time back`);
    case 'status':
      return clip(`${name}: where things stand`);
    case 'report':
      return measured[0] === undefined ? clip(name) : headlineOf(measured[0].standing);
  }
}

/** The readers' goals, each once, in plan order. */
function goalsOf(index: PlanIndex, readers: readonly string[]): Goal[] {
  const goals = new Set<Goal>();
  for (const reader of readers) for (const goal of index.goalsByAudience.get(reader) ?? []) goals.add(goal);
  return (index.plan.goals ?? []).filter((goal) => goals.has(goal));
}

/** The featured wins' next steps that are still ahead: dated ones first, by date. */
function stepsOf(featured: readonly HighlightInfo[]): NextStepInfo[] {
  const steps = featured.flatMap((h) => (h.next === null ? [] : [{ text: h.next, by: h.nextBy, after: h.title }]));
  return steps.sort((a, b) => (a.by === null ? 1 : 0) - (b.by === null ? 1 : 0) || compareText(a.by ?? '', b.by ?? ''));
}

/**
 * What the readers can expect next, by date, within six weeks: their next touchpoint, dated
 * steps of earlier wins, a goal coming due. A goal due months away is not "what comes next".
 */
function comingUp(
  index: PlanIndex,
  touchpoint: Touchpoint,
  readers: readonly string[],
  broadcast: boolean,
  goals: readonly Goal[],
  featured: ReadonlySet<string>,
): ComingUpInfo[] {
  const date = touchpoint.date;
  const horizon = addDays(date, COMING_UP_DAYS);
  const items: ComingUpInfo[] = [];
  const next = broadcast ? nextOfChannel(index, touchpoint) : nextOfAudience(index, touchpoint, readers[0] ?? '');
  if (next !== undefined) {
    const name = channelDisplayName(index.channels.get(next.channel), next.channel);
    items.push({ kind: 'touchpoint', date: next.date, time: next.time, text: thingPhrase(name) });
  }
  const seen = new Set<string>();
  for (const reader of readers) {
    for (const highlight of index.highlightsByAudience.get(reader) ?? []) {
      if (highlight.date > date) break;
      const step = nextStepOf(highlight);
      if (step?.by == null || featured.has(highlight.id) || seen.has(highlight.id) || step.by < date || step.by > horizon) continue;
      seen.add(highlight.id);
      items.push({ kind: 'step', date: step.by, time: null, text: step.text });
    }
  }
  for (const goal of goals) {
    if (goal.due === undefined || goal.due < date || goal.due > horizon) continue;
    items.push({ kind: 'goal-due', date: goal.due, time: null, text: goal.title });
  }
  return items.sort((a, b) => compareText(a.date, b.date)).slice(0, 4);
}

function nextOfChannel(index: PlanIndex, touchpoint: Touchpoint): Touchpoint | undefined {
  const at = index.touchpoints.indexOf(touchpoint);
  return index.touchpoints.slice(at + 1).find((t) => t.channel === touchpoint.channel);
}

function nextOfAudience(index: PlanIndex, touchpoint: Touchpoint, audience: string): Touchpoint | undefined {
  const touches = index.touchesByAudience.get(audience);
  const at = touches?.position.get(touchpoint);
  return at === undefined ? undefined : touches?.list.slice(at + 1).find((t) => t.date > touchpoint.date);
}

/**
 * What a first draft tells: the purpose, the readers' key messages, the goals, where and how
 * often they will hear from us (a broadcast lists only the channels every reader has), and
 * how to answer back through the others (this draft's own way is said at its end).
 */
function introductionOf(
  index: PlanIndex,
  touchpoint: Touchpoint,
  readers: readonly string[],
  broadcast: boolean,
  goals: IntroductionInfo['goals'],
): IntroductionInfo {
  const audiences = readers.flatMap((id) => {
    const audience = index.audiences.get(id);
    return audience === undefined ? [] : [audience];
  });
  const shared = (id: string): boolean => !broadcast || id === touchpoint.channel || audiences.every((a) => a.channels?.includes(id));
  const channelIds = [...new Set(audiences.flatMap((a) => a.channels ?? []))].filter(shared);
  const channels = channelIds.flatMap((id) => {
    const channel = index.channels.get(id);
    if (channel === undefined) return [];
    const parsed = parseCadence(channel.cadence);
    const name = channelDisplayName(channel, id);
    const next = index.touchpoints.find(
      (t) => t.channel === id && (t.date > touchpoint.date || (t.date === touchpoint.date && id !== touchpoint.channel)),
    );
    return [
      {
        name,
        phrase: thingPhrase(name),
        type: channel.type,
        rhythm: parsed.ok ? describeCadence(parsed.cadence) : channel.cadence,
        // "once on 3 February 2027" already says when.
        next: next === undefined || (parsed.ok && parsed.cadence.kind === 'once') ? null : { date: next.date, time: next.time },
      },
    ];
  });
  const text = (values: ReadonlyArray<string | undefined>): string[] => [
    ...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== '')),
  ];
  return {
    purpose: index.plan.plan.summary ?? null,
    messages: text(audiences.map((a) => a.message)),
    channels,
    goals,
    feedback: text(channelIds.filter((id) => id !== touchpoint.channel).map((id) => index.channels.get(id)?.feedback)),
  };
}

/** The one question a slot with nothing new asks instead. */
function questionFor(topics: readonly string[]): string {
  const topic = topics.find((t) => t.trim() !== '');
  return topic === undefined
    ? 'What would be most useful for us to cover next time?'
    : `What would you most like to hear from us about ${topic.trim()}?`;
}
