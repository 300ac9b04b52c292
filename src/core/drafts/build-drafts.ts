import { compareText } from '../text.js';
/**
 * Which drafts a window needs and the data of each: one draft per touchpoint and audience in
 * the window, and one recognition note per credited highlight, sent with the first
 * touchpoint that shares it (so a run over consecutive windows thanks each person once).
 */
import type { Plan } from '../plan/schema.js';
import { buildTouchpoints, type DateRange, type Touchpoint } from '../schedule/touchpoints.js';
import type { DraftData, DraftJob, RecognitionData } from './draft-data.js';
import {
  audienceInfo,
  creditsOf,
  featuredOf,
  fitFor,
  goalInfo,
  highlightInfo,
  highlightsFor,
  nextFor,
  periodOf,
  planInfo,
  touchpointInfo,
} from './draft-parts.js';
import { extensionOf } from './kinds.js';
import { highlightAudiences, indexPlan, type PlanIndex } from './plan-index.js';

export function buildDraftJobs(plan: Plan, window: DateRange): DraftJob[] {
  const index = indexPlan(plan, buildTouchpoints(plan));
  const jobs: DraftJob[] = [];
  for (const touchpoint of index.touchpoints) {
    if (touchpoint.date < window.from || touchpoint.date > window.to) continue;
    for (const audience of touchpoint.audiences) {
      const data = draftData(index, touchpoint, audience);
      if (data === null) continue;
      jobs.push({
        fileName: `${touchpoint.date}-${draftName(touchpoint, audience)}${extensionOf(touchpoint.type)}`,
        template: touchpoint.type,
        channel: touchpoint.channel,
        data,
      });
    }
  }
  jobs.push(...recognitionJobs(index, window));
  // A recognition note goes out with its touchpoint: list it on that day (the sort is stable).
  jobs.sort((a, b) => compareText(a.fileName.slice(0, 10), b.fileName.slice(0, 10)));
  return withUniqueNames(jobs);
}

/**
 * The channel and the audience, in a file name: just the channel when its id already names
 * the audience (`product-managers-slack` for `product-managers`), unless it names another of
 * the touchpoint's audiences too, so that the names of one touchpoint's drafts stay apart.
 */
export function draftName(touchpoint: Pick<Touchpoint, 'channel' | 'audiences'>, audience: string): string {
  const names = (id: string): boolean => `-${touchpoint.channel}-`.includes(`-${id}-`);
  const named = touchpoint.audiences.filter(names);
  return named.length === 1 && named[0] === audience ? touchpoint.channel : `${touchpoint.channel}-${audience}`;
}

function draftData(index: PlanIndex, touchpoint: Touchpoint, audienceId: string): DraftData | null {
  const audience = index.audiences.get(audienceId);
  if (audience === undefined) return null;
  const period = periodOf(index, touchpoint);
  const highlights = highlightsFor(index, audienceId, period).map((h) => highlightInfo(index, h));
  const info = touchpointInfo(index, touchpoint);
  const fit = fitFor(touchpoint.type, info.channel.minutes, audience.influence === 'high', highlights.length);
  const featured = featuredOf(highlights, fit.highlights);
  const goals = index.goalsByAudience.get(audienceId) ?? [];
  return {
    kind: 'touchpoint',
    plan: planInfo(index.plan),
    touchpoint: info,
    audience: audienceInfo(audience),
    period,
    hasNews: highlights.length > 0,
    highlights,
    featured,
    more: highlights.length - featured.length,
    fit,
    goals: goals.map((goal) => goalInfo(index, goal, touchpoint.date)),
    next: nextFor(index, audienceId, touchpoint, goals),
    credits: creditsOf(highlights),
    feedback: info.channel.feedback,
  };
}

function recognitionJobs(index: PlanIndex, window: DateRange): DraftJob[] {
  const jobs: DraftJob[] = [];
  const touchpoints = index.touchpoints;
  for (const highlight of index.plan.highlights ?? []) {
    const people = [...new Set((highlight.credit ?? []).filter((name) => name.trim() !== ''))];
    if (people.length === 0 || highlight.date < index.plan.plan.start || highlight.date > window.to) continue;
    const audiences = new Set(highlightAudiences(highlight, index.goals));
    // The first touchpoint on or after the highlight that reaches one of its audiences shares it:
    // every channel reports what happened since its previous touchpoint.
    const first = touchpoints[firstOnOrAfter(touchpoints, highlight.date, (t) => t.audiences.some((a) => audiences.has(a)))];
    if (first === undefined || first.date < window.from || first.date > window.to) continue;
    const data: RecognitionData = {
      kind: 'recognition',
      plan: planInfo(index.plan),
      highlight: highlightInfo(index, highlight),
      people,
      touchpoint: touchpointInfo(index, first),
      audiences: first.audiences.flatMap((id) => {
        const audience = index.audiences.get(id);
        return audience === undefined || !audiences.has(id) ? [] : [audienceInfo(audience)];
      }),
      goals: (highlight.goals ?? []).flatMap((id) => {
        const goal = index.goals.get(id);
        return goal === undefined ? [] : [goalInfo(index, goal, first.date)];
      }),
    };
    jobs.push({
      fileName: `${first.date}-recognition-${highlight.id}${extensionOf('recognition')}`,
      template: 'recognition',
      channel: null,
      data,
    });
  }
  return jobs;
}

/** Index of the first touchpoint on or after `date` that `accept`s, or -1. */
function firstOnOrAfter(touchpoints: readonly Touchpoint[], date: string, accept: (t: Touchpoint) => boolean): number {
  let low = 0;
  let high = touchpoints.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((touchpoints[middle]?.date ?? '') < date) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < touchpoints.length; i += 1) if (accept(touchpoints[i] as Touchpoint)) return i;
  return -1;
}

/**
 * Ids are slugs, so "a-b" + "c" and "a" + "b-c" make the same name: the later draft gets
 * "-2" before its extension rather than overwriting the first.
 */
function withUniqueNames(jobs: DraftJob[]): DraftJob[] {
  const taken = new Set<string>();
  return jobs.map((job) => {
    let name = job.fileName;
    const dot = name.indexOf('.');
    for (let n = 2; taken.has(name); n += 1) name = `${job.fileName.slice(0, dot)}-${n}${job.fileName.slice(dot)}`;
    taken.add(name);
    return name === job.fileName ? job : { ...job, fileName: name };
  });
}
