/**
 * Which drafts a window needs and the data of each. The editorial model decides for every
 * touchpoint whether to write and what is news (editorial/decide.ts) and lays it out
 * (editorial/compose.ts): one draft per touchpoint of a broadcast channel, one per audience
 * of a targeted one, and one recognition note per win with credits, from the sender of the
 * first touchpoint that shares it.
 */
import type { Touchpoint } from '../schedule/touchpoints.js';
import type { DateRange } from '../schedule/touchpoints.js';
import type { PlanModel } from '../plan/plan-model.js';
import { compareText, joinWords } from '../words/text.js';
import type { DraftJob, DraftPlan, NotDrafted, RecognitionData } from './draft-data.js';
import { audienceInfo, goalInfo, highlightInfo, planInfo, touchpointInfo } from './draft-parts.js';
import { composeDraft } from './editorial/compose.js';
import { decideAll, type Decision } from './editorial/decide.js';
import { othersThan, senderOf } from './editorial/people.js';
import { firstName } from '../words/names.js';
import { draftName } from './draft-name.js';
import { extensionOf } from './kinds.js';
import { highlightAudiences, indexPlan, type PlanIndex } from './plan-index.js';

export interface DraftOptions {
  /** Draft touchpoints with nothing new too (`generate --quiet-too`). */
  quietToo?: boolean;
}

export function planDrafts(model: PlanModel, window: DateRange, options: DraftOptions = {}): DraftPlan {
  return draftsOf(decideDrafts(model, window, options), window);
}

/** The editorial decisions up to the window's end, with the index they were made on. */
export interface PlanDecisions {
  index: PlanIndex;
  decisions: Decision[];
}

/** The first half of planDrafts: what each touchpoint up to the window's end tells (the workspace path adjusts it across plans). */
export function decideDrafts(model: PlanModel, window: DateRange, options: DraftOptions = {}): PlanDecisions {
  const index = indexPlan(model.plan, model.touchpoints());
  return { index, decisions: decideAll(index, window.to, { quietToo: options.quietToo ?? false }) };
}

/** The second half: the drafts of the window's decisions. */
export function draftsOf({ index, decisions }: PlanDecisions, window: DateRange): DraftPlan {
  const inWindow = (touchpoint: Touchpoint): boolean => touchpoint.date >= window.from && touchpoint.date <= window.to;
  const jobs: DraftJob[] = [];
  const notDrafted: NotDrafted[] = [];
  for (const decision of decisions) {
    const touchpoint = decision.unit.touchpoint;
    if (!inWindow(touchpoint)) continue;
    if (!decision.write) {
      notDrafted.push({
        date: touchpoint.date,
        channel: touchpoint.channel,
        audiences: [...decision.unit.readers],
        broadcast: decision.unit.broadcast,
        reason: decision.reason,
      });
      continue;
    }
    const name = decision.unit.broadcast ? touchpoint.channel : draftName(touchpoint, decision.unit.readers[0] ?? '');
    jobs.push({
      fileName: `${touchpoint.date}-${name}${extensionOf(touchpoint.type)}`,
      template: touchpoint.type,
      channel: touchpoint.channel,
      data: composeDraft(index, decision),
    });
  }
  jobs.push(...recognitionJobs(index, decisions, inWindow));
  // A recognition note goes out with its touchpoint: list it on that day (the sort is stable).
  jobs.sort((a, b) => compareText(a.fileName.slice(0, 10), b.fileName.slice(0, 10)));
  return { jobs: withUniqueNames(jobs), notDrafted };
}

/** One note per credited win, with the first draft that tells it as news, from that draft's sender. */
function recognitionJobs(index: PlanIndex, decisions: readonly Decision[], inWindow: (t: Touchpoint) => boolean): DraftJob[] {
  const jobs: DraftJob[] = [];
  const thanked = new Set<string>();
  for (const decision of decisions) {
    if (!decision.write) continue;
    const touchpoint = decision.unit.touchpoint;
    for (const highlight of decision.news) {
      if (thanked.has(highlight.id)) continue;
      thanked.add(highlight.id);
      const sender = senderOf(index.channels.get(touchpoint.channel)?.owner, index.plan.plan.owner);
      const people = othersThan(sender, highlight.credit ?? []);
      if (people.length === 0 || !inWindow(touchpoint)) continue;
      const concerned = new Set(highlightAudiences(highlight, index.goals));
      const audiences = decision.unit.readers.flatMap((id) => {
        const audience = index.audiences.get(id);
        return audience === undefined || !concerned.has(id) ? [] : [audienceInfo(audience)];
      });
      const data: RecognitionData = {
        kind: 'recognition',
        plan: planInfo(index.plan),
        highlight: highlightInfo(index, highlight, touchpoint.date, sender),
        people,
        firstNames: joinWords(people.map(firstName)),
        sender,
        touchpoint: touchpointInfo(index, touchpoint),
        audiences,
        audiencesPhrase: joinWords(audiences.map((a) => a.phrase)),
        goals: (highlight.goals ?? []).flatMap((id) => {
          const goal = index.goals.get(id);
          return goal === undefined ? [] : [goalInfo(index, goal, touchpoint.date)];
        }),
      };
      jobs.push({
        fileName: `${touchpoint.date}-recognition-${highlight.id}${extensionOf('recognition')}`,
        template: 'recognition',
        channel: null,
        data,
      });
    }
  }
  return jobs;
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
