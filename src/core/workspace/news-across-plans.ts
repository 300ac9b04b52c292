/**
 * One piece of news, told once a week to a shared audience, however many plans have it. When
 * plans under one organisation file would each tell the same win to one of its shared
 * audiences in the same ISO week, the first telling keeps it as news (the earliest day; on the
 * same day, the plan first in path order) and the later drafts only mention it as already
 * shared, naming the plan. A draft left with nothing new is not drafted, as any other.
 *
 * The same win: the same title (case and spacing aside), or the same id on the same day. Ids
 * are each plan's own, so an id alone ("kickoff") could name two different wins.
 */
import type { Highlight } from '../plan/schema.js';
import { isoWeek, type IsoDate } from '../time/dates.js';
import { quietModeOf, type Decision } from '../drafts/editorial/decide.js';
import { highlightAudiences, type PlanIndex } from '../drafts/plan-index.js';

export interface PlanNews {
  /** The plan's name, as the later drafts mention it. */
  name: string;
  index: PlanIndex;
  decisions: readonly Decision[];
}

interface Telling {
  plan: number;
  name: string;
  audience: string;
  highlight: Highlight;
  date: IsoDate;
  week: string;
  decision: Decision;
}

/**
 * Each plan's decisions with the wins already told elsewhere moved out of their news. `plans`
 * are the plans of one organisation file, in path order; `shared` its shared audiences' ids.
 */
export function shareNewsAcrossPlans(
  plans: readonly PlanNews[],
  shared: ReadonlySet<string>,
  options: { quietToo: boolean },
): Decision[][] {
  const tellings = plans.flatMap((plan, at) => tellingsOf(plan, at, shared));
  tellings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.plan - b.plan));
  /** The tellings that stay news, by audience and week. */
  const kept = new Map<string, Telling[]>();
  /** Per decision, per win: the earlier tellings by other plans that make it old news. */
  const told = new Map<Decision, Map<Highlight, Telling[]>>();
  for (const telling of tellings) {
    const key = `${telling.audience}|${telling.week}`;
    const bucket = kept.get(key) ?? [];
    const earlier = bucket.find((other) => other.plan !== telling.plan && sameWin(other.highlight, telling.highlight));
    if (earlier === undefined) {
      bucket.push(telling);
      kept.set(key, bucket);
      continue;
    }
    const { decision } = telling;
    const byWin = told.get(decision) ?? new Map<Highlight, Telling[]>();
    told.set(decision, byWin);
    byWin.set(telling.highlight, [...(byWin.get(telling.highlight) ?? []), earlier]);
  }
  return plans.map((plan) => plan.decisions.map((decision) => withoutToldNews(decision, plan.index, told.get(decision), options)));
}

/** What a plan's drafts tell the shared audiences as news: one telling per win and reader. */
function tellingsOf(plan: PlanNews, at: number, shared: ReadonlySet<string>): Telling[] {
  const tellings: Telling[] = [];
  for (const decision of plan.decisions) {
    if (!decision.write) continue;
    const date = decision.unit.touchpoint.date;
    const week = weekOf(date);
    for (const highlight of decision.news) {
      const concerned = new Set(highlightAudiences(highlight, plan.index.goals));
      for (const audience of decision.unit.readers) {
        if (shared.has(audience) && concerned.has(audience))
          tellings.push({ plan: at, name: plan.name, audience, highlight, date, week, decision });
      }
    }
  }
  return tellings;
}

/**
 * The decision without the wins every concerned reader already heard from another plan this
 * week. A reader who is not a shared audience has not: a broadcast that also reaches one tells the win.
 */
function withoutToldNews(
  decision: Decision,
  index: PlanIndex,
  told: ReadonlyMap<Highlight, readonly Telling[]> | undefined,
  options: { quietToo: boolean },
): Decision {
  if (!decision.write || told === undefined) return decision;
  const old = decision.news.filter((highlight) => {
    const earlier = told.get(highlight);
    if (earlier === undefined) return false;
    const concerned = highlightAudiences(highlight, index.goals);
    const readers = decision.unit.readers.filter((reader) => concerned.includes(reader));
    return readers.every((reader) => earlier.some((telling) => telling.audience === reader));
  });
  if (old.length === 0) return decision;
  const news = decision.news.filter((highlight) => !old.includes(highlight));
  const alreadyShared = old.map((highlight) => {
    const first = told.get(highlight)![0]!;
    return { highlight, plan: first.name, date: first.date };
  });
  const hasNews = news.length > 0 || decision.measured.length > 0;
  const mode = decision.mode === 'report' && !hasNews ? quietModeOf(decision.unit.touchpoint.type, options.quietToo) : decision.mode;
  if (mode === null) return { write: false, unit: decision.unit, reason: 'nothing-new' };
  return { ...decision, mode, news, alreadyShared: [...decision.alreadyShared, ...alreadyShared] };
}

/** Two plans' wins are the same news: the same title (case and spacing aside), or the same id on the same day. */
export function sameWin(a: Pick<Highlight, 'id' | 'title' | 'date'>, b: Pick<Highlight, 'id' | 'title' | 'date'>): boolean {
  return (a.id === b.id && a.date === b.date) || titleKey(a.title) === titleKey(b.title);
}

function titleKey(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
}

function weekOf(date: IsoDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${week}`;
}
