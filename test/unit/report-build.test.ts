import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build-report.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function planOf(path: string): Promise<Plan> {
  const result = await validateText(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (result.plan === undefined) throw new Error(`${path} does not load`);
  return result.plan;
}

const deploy = await planOf('test/fixtures/report/deploy.yaml');
const example = await planOf('examples/herald.yaml');

describe('buildReport: goals', () => {
  it('gives a goal that goes down the same progress rule as one that goes up', () => {
    const report = buildReport(new PlanModel(deploy), { date: '2027-04-10' });
    const goal = report.goals.find((g) => g.id === 'deploy-time');
    expect(goal).toMatchObject({ baseline: 42, target: 10, latest: 22, latestDate: '2027-04-01', goesDown: true, status: 'on-track' });
    expect(goal?.progress).toBeCloseTo(20 / 32);
    expect(goal?.trend).toEqual({ direction: 'falling', improving: true, basis: 3 });
  });

  it('counts only the measurements on or before the report date', () => {
    const before = buildReport(new PlanModel(deploy), { date: '2027-03-10' }).goals[0];
    expect(before?.latest).toBe(30);
    expect(before?.measurements.map((m) => m.date)).toEqual(['2027-02-01', '2027-03-01']);
    const after = buildReport(new PlanModel(deploy), { date: '2027-05-20' }).goals[0];
    expect(after?.latest).toBe(5);
    expect(after?.progress).toBe(1);
    expect(after?.status).toBe('achieved');
  });

  it('marks a goal past its due date short of the target as missed, and an unmeasured one as such', () => {
    const report = buildReport(new PlanModel(deploy), { date: '2027-04-10' });
    expect(report.goals.find((g) => g.id === 'adoption')?.status).toBe('missed');
    expect(report.goals.find((g) => g.id === 'unmeasured')).toMatchObject({
      latest: null,
      progress: null,
      status: 'not-measured',
      due: '2027-06-30',
    });
  });

  it('reads the example plan as PRODUCT.md section 5 defines progress', () => {
    const report = buildReport(new PlanModel(example), { date: '2027-06-15' });
    const byId = Object.fromEntries(report.goals.map((g) => [g.id, g]));
    expect(byId['leadership-awareness']).toMatchObject({ latest: 70, progress: 50 / 60 });
    expect(byId['launch-brief-lag']).toMatchObject({ latest: 2, progress: 1, status: 'achieved' });
    expect(byId['sales-campaign-recall']?.trend).toEqual({ direction: 'rising', improving: true, basis: 2 });
    expect(report.elapsed).toBeGreaterThan(0.9);
  });
});

describe('buildReport: audiences, highlights and recognition', () => {
  it('gives each audience its last touch before the date and its next touch from the date on', () => {
    const engineering = buildReport(new PlanModel(deploy), { date: '2027-04-10' }).audiences[0];
    expect(engineering?.lastTouch).toEqual({ date: '2027-04-01', time: '15:00', channel: 'demo', channelName: 'Platform demo' });
    expect(engineering?.nextTouch).toMatchObject({ date: '2027-04-15' });
    const onTheDay = buildReport(new PlanModel(deploy), { date: '2027-04-15' }).audiences[0];
    expect(onTheDay?.nextTouch?.date).toBe('2027-04-15');
    const before = buildReport(new PlanModel(deploy), { date: '2026-12-01' }).audiences[0];
    expect(before?.lastTouch).toBeNull();
    expect(before?.nextTouch?.date).toBe('2027-01-07');
    expect(buildReport(new PlanModel(deploy), { date: '2027-07-01' }).audiences[0]?.nextTouch).toBeNull();
  });

  it('shows the highlights from the plan start to the report date, with their goals’ audiences', () => {
    const report = buildReport(new PlanModel(deploy), { date: '2027-04-10' });
    expect(report.period).toEqual({ from: '2027-01-04', to: '2027-04-10' });
    expect(report.highlights.map((h) => h.id)).toEqual(['cache', 'pilot']);
    expect(report.highlights[0]?.audiences).toEqual(['engineering']);
  });

  it('takes --from/--to as the period of the highlights', () => {
    const report = buildReport(new PlanModel(deploy), { date: '2027-04-10', period: { from: '2027-03-01', to: '2027-06-30' } });
    expect(report.highlights.map((h) => h.id)).toEqual(['pilot', 'later']);
  });

  it('lists each person credited once, with the highlights that credit them', () => {
    const report = buildReport(new PlanModel(deploy), { date: '2027-04-10' });
    expect(report.recognition.map(({ name, highlights }) => ({ name, highlights }))).toEqual([
      { name: 'Ana Ruiz', highlights: ['cache', 'pilot'] },
      { name: 'Ben Ode', highlights: ['cache'] },
    ]);
  });
});
