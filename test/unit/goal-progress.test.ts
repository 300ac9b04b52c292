import { describe, expect, it } from 'vitest';
import { goalProgress, statusOn, targetReached } from '../../src/core/goals/goal-progress.js';
import { formatProgressLine, goalSentences } from '../../src/core/goals/goal-words.js';
import { buildBrief } from '../../src/core/brief/build-brief.js';
import { buildReport } from '../../src/core/report/build-report.js';
import { goalInfo } from '../../src/core/drafts/draft-parts.js';
import { indexPlan } from '../../src/core/drafts/plan-index.js';
import { CLEAN_PLAN, validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

const awareness = { id: 'awareness', baseline: 20, target: 80 };
const deployTime = { id: 'deploy-time', baseline: 42, target: 10 };
const measure = (goal: string, date: string, value: number, note?: string) => ({
  goal,
  date,
  value,
  ...(note === undefined ? {} : { note }),
});

describe('goalProgress: the one model of a goal on a day', () => {
  it("counts only the goal's own measurements up to the day, in date order", () => {
    const progress = goalProgress(
      awareness,
      [
        measure('awareness', '2027-03-01', 45, 'pulse'),
        measure('awareness', '2027-01-15', 30),
        measure('other', '2027-02-01', 99),
        measure('awareness', '2027-05-01', 70),
      ],
      '2027-04-01',
    );
    expect(progress.measurements.map((m) => m.date)).toEqual(['2027-01-15', '2027-03-01']);
    expect(progress).toMatchObject({
      latest: 45,
      latestDate: '2027-03-01',
      latestMeasurement: { date: '2027-03-01', value: 45, note: 'pulse', responses: null },
      measurable: true,
      goesDown: false,
      reached: false,
      trend: { direction: 'rising', improving: true, basis: 2 },
    });
    expect(progress.progress).toBeCloseTo(25 / 60);
  });

  it('takes the later-written of two measurements on one date as the latest, and last in the list', () => {
    const progress = goalProgress(awareness, [measure('awareness', '2027-03-01', 45), measure('awareness', '2027-03-01', 50)]);
    expect(progress.latest).toBe(50);
    expect(progress.measurements.map((m) => m.value)).toEqual([45, 50]);
  });

  it('knows a reached target either way a goal goes, baseline or not', () => {
    expect(goalProgress(awareness, [measure('awareness', '2027-03-01', 80)]).reached).toBe(true);
    expect(goalProgress(deployTime, [measure('deploy-time', '2027-03-01', 12)]).reached).toBe(false);
    expect(goalProgress(deployTime, [measure('deploy-time', '2027-03-01', 9)])).toMatchObject({
      reached: true,
      goesDown: true,
      progress: 1,
    });
    expect(targetReached({ target: 80 }, 81)).toBe(true);
    expect(targetReached({ baseline: 20 }, 81)).toBe(false);
  });

  it('cannot measure progress without a baseline and a different target', () => {
    const measured = [measure('awareness', '2027-03-01', 45)];
    expect(goalProgress({ id: 'awareness', target: 80 }, measured)).toMatchObject({ measurable: false, progress: null, goesDown: null });
    expect(goalProgress({ id: 'awareness', baseline: 80, target: 80 }, measured)).toMatchObject({ measurable: false, progress: null });
  });

  it('gives the status against the calendar from the same progress', () => {
    const progress = goalProgress(awareness, [measure('awareness', '2027-03-01', 45)], '2027-03-01');
    const calendar = { start: '2027-01-01', due: '2027-12-31' };
    expect(statusOn(progress, { ...calendar, date: '2027-03-01' })).toMatchObject({ status: 'on-track' });
    expect(statusOn(progress, { ...calendar, date: '2027-10-01' })).toMatchObject({ status: 'behind' });
    expect(statusOn(progress, { ...calendar, date: '2028-01-01' })).toEqual({ expected: 1, status: 'missed' });
    expect(statusOn(goalProgress(awareness, []), { ...calendar, date: '2027-03-01' }).status).toBe('not-measured');
  });
});

describe('every view of a goal reads the one model', () => {
  it("report, brief, track's line and the drafts show the same figure and progress", async () => {
    const result = await validateText(CLEAN_PLAN);
    const plan = result.plan;
    if (plan === undefined) throw new Error('test setup: the clean plan has errors');
    const goal = plan.goals?.[0];
    if (goal === undefined) throw new Error('test setup: the clean plan has no goal');
    const day = plan.plan.end;
    const model = goalProgress(goal, plan.measurements, day);
    expect(model.latest).not.toBeNull();

    const reported = buildReport(new PlanModel(plan), { date: day }).goals.find((g) => g.id === goal.id);
    expect(reported).toMatchObject({ latest: model.latest, latestDate: model.latestDate, progress: model.progress, trend: model.trend });
    expect(reported?.measurements).toEqual(model.measurements);

    const briefed = buildBrief(new PlanModel(plan), day).goals.find((g) => g.id === goal.id);
    expect(briefed?.progress).toEqual(model);

    const drafted = goalInfo(indexPlan(plan, []), goal, day);
    expect(drafted).toMatchObject({ latest: model.latestMeasurement, progress: model.progress, reached: model.reached });
    expect(drafted.standing).toBe(goalSentences(goal, model).sentence);

    expect(formatProgressLine(goal, model)).toContain(`${goal.id}: `);
  });
});
