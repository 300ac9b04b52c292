/** A shared audience is told a win once a week across the plans of a workspace (src/core/workspace/news-across-plans.ts). */
import { describe, expect, it } from 'vitest';
import { decideDrafts } from '../../src/core/drafts/build-drafts.js';
import type { Decision } from '../../src/core/drafts/editorial/decide.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';
import { sameWin, shareNewsAcrossPlans } from '../../src/core/workspace/news-across-plans.js';
import { planFrom } from '../fixtures/generate/load-fixture.js';

const MARCH = { from: '2027-03-01', to: '2027-03-31' };
const SHARED = new Set(['exec-team']);

interface Win {
  id: string;
  date: string;
  title: string;
}

/** A plan that emails the executive team (and its own team) on `cadence`, with these wins for both. */
function plan(name: string, cadence: string, wins: readonly Win[]) {
  const text = `version: 1
plan:
  name: ${name}
  start: 2027-03-01
  end: 2027-05-31
audiences:
  - { id: exec-team, name: Executive team, channels: [mail, chat] }
  - { id: own-team, name: ${name} team, channels: [chat] }
channels:
  - { id: mail, type: email, cadence: ${cadence} }
  - { id: chat, type: slack, cadence: once on 2027-05-31 }
highlights:
${wins.map((win) => `  - { id: ${win.id}, date: ${win.date}, title: "${win.title}", audiences: [exec-team, own-team] }`).join('\n')}
`;
  return { name, ...decideDrafts(new PlanModel(planFrom(text)), MARCH) };
}

const VENDOR: Win = { id: 'vendor-deal', date: '2027-03-05', title: 'The new travel vendor cuts booking costs by 18%' };
const BETA: Win = { id: 'beta', date: '2027-03-08', title: 'Beta sign-ups doubled' };

/** The written decision of the touchpoint on `date`, or the decision not to write. */
function on(decisions: readonly Decision[], date: string): Decision {
  const found = decisions.find((decision) => decision.unit.touchpoint.date === date);
  if (found === undefined) throw new Error(`no decision on ${date}`);
  return found;
}

function newsOn(decisions: readonly Decision[], date: string): string[] {
  const decision = on(decisions, date);
  return decision.write ? decision.news.map((win) => win.id) : [];
}

describe('news across plans', () => {
  it('the later plan in the same week mentions the win as already shared, naming the plan, instead of telling it again', () => {
    const finance = plan('Finance', 'weekly on monday', [VENDOR]);
    const product = plan('Product', 'weekly on wednesday', [{ ...VENDOR, id: 'travel' }, BETA]);
    const [first, second] = shareNewsAcrossPlans([finance, product], SHARED, { quietToo: false });
    expect(newsOn(first!, '2027-03-08')).toEqual(['vendor-deal']);
    expect(newsOn(second!, '2027-03-10')).toEqual(['beta']);
    const decision = on(second!, '2027-03-10');
    expect(decision.write && decision.alreadyShared.map((told) => [told.highlight.id, told.plan, told.date])).toEqual([
      ['travel', 'Finance', '2027-03-08'],
    ]);
  });

  it('a draft left with nothing new is not drafted', () => {
    const finance = plan('Finance', 'weekly on monday', [VENDOR]);
    const product = plan('Product', 'weekly on wednesday', [VENDOR]);
    const [, second] = shareNewsAcrossPlans([finance, product], SHARED, { quietToo: false });
    expect(on(second!, '2027-03-10')).toMatchObject({ write: false, reason: 'nothing-new' });
    // With --quiet-too it is drafted, as where things stand, with the mention.
    const [, quiet] = shareNewsAcrossPlans([finance, product], SHARED, { quietToo: true });
    expect(on(quiet!, '2027-03-10')).toMatchObject({ write: true, mode: 'status', news: [] });
  });

  it('tells it again in another week', () => {
    const finance = plan('Finance', 'weekly on monday', [VENDOR]);
    const product = plan('Product', 'once on 2027-03-15', [VENDOR]);
    const [, second] = shareNewsAcrossPlans([finance, product], SHARED, { quietToo: false });
    expect(newsOn(second!, '2027-03-15')).toEqual(['vendor-deal']);
  });

  it('the earliest telling keeps it, whichever plan comes first in path order; on the same day, the first plan', () => {
    const early = plan('Finance', 'once on 2027-03-09', [VENDOR]);
    const late = plan('People', 'once on 2027-03-11', [VENDOR]);
    const [first, second] = shareNewsAcrossPlans([late, early], SHARED, { quietToo: true });
    expect(newsOn(second!, '2027-03-09')).toEqual(['vendor-deal']);
    expect(newsOn(first!, '2027-03-11')).toEqual([]);
    const [a, b] = shareNewsAcrossPlans([early, plan('People', 'once on 2027-03-09', [VENDOR])], SHARED, { quietToo: true });
    expect(newsOn(a!, '2027-03-09')).toEqual(['vendor-deal']);
    expect(newsOn(b!, '2027-03-09')).toEqual([]);
  });

  it('leaves audiences that are not shared alone: a broadcast that also reaches one still tells the win', () => {
    const finance = plan('Finance', 'weekly on monday', [VENDOR]);
    const product = plan('Product', 'weekly on wednesday', [VENDOR]);
    const [, second] = shareNewsAcrossPlans([finance, product], new Set(['own-team']), { quietToo: false });
    expect(newsOn(second!, '2027-03-10')).toEqual(['vendor-deal']);
  });

  it('the same win: the same title (case and spacing aside), or the same id on the same day', () => {
    expect(sameWin(VENDOR, { ...VENDOR, id: 'other', title: '  the new travel VENDOR  cuts booking costs by 18%.' })).toBe(true);
    expect(sameWin(VENDOR, { ...VENDOR, title: 'Travel costs down' })).toBe(true);
    expect(sameWin(VENDOR, { ...VENDOR, title: 'Travel costs down', date: '2027-03-06' })).toBe(false);
  });
});
