import { describe, expect, it } from 'vitest';
import { goalProgress, progressBetween } from '../../src/core/goals/goal-progress.js';

const awareness = { id: 'awareness', baseline: 20, target: 80 };
const deployTime = { id: 'deploy-time', baseline: 42, target: 10 };

describe('goalProgress', () => {
  it('is null without a measurement of the goal', () => {
    expect(goalProgress(awareness, undefined)).toMatchObject({ latest: null, latestDate: null, progress: null });
    expect(goalProgress(awareness, [{ goal: 'other', date: '2027-01-01', value: 50 }])).toMatchObject({
      latest: null,
      latestDate: null,
      progress: null,
      latestMeasurement: null,
      measurements: [],
      reached: false,
      trend: null,
    });
  });

  it('takes the measurement with the latest date, not the last one written', () => {
    const result = goalProgress(awareness, [
      { goal: 'awareness', date: '2027-03-01', value: 45 },
      { goal: 'awareness', date: '2027-01-15', value: 30 },
      { goal: 'other', date: '2027-06-01', value: 99 },
    ]);
    expect(result.latest).toBe(45);
    expect(result.latestDate).toBe('2027-03-01');
    expect(result.progress).toBeCloseTo(25 / 60);
  });

  it('prefers the later entry of two on the same date (a correction)', () => {
    const result = goalProgress(awareness, [
      { goal: 'awareness', date: '2027-03-01', value: 45 },
      { goal: 'awareness', date: '2027-03-01', value: 50 },
    ]);
    expect(result.latest).toBe(50);
  });

  it('works for goals that go down', () => {
    const result = goalProgress(deployTime, [{ goal: 'deploy-time', date: '2027-02-01', value: 26 }]);
    expect(result.progress).toBeCloseTo(0.5);
  });

  it('is null when the goal has no baseline or target, or they are equal', () => {
    const measured = [{ goal: 'awareness', date: '2027-03-01', value: 45 }];
    expect(goalProgress({ id: 'awareness', target: 80 }, measured).progress).toBeNull();
    expect(goalProgress({ id: 'awareness', baseline: 20 }, measured).progress).toBeNull();
    expect(goalProgress({ id: 'awareness', baseline: 80, target: 80 }, measured)).toMatchObject({ latest: 45, progress: null });
  });
});

describe('progressBetween', () => {
  it('clamps to 0..1 both ways', () => {
    expect(progressBetween(20, 80, 10)).toBe(0);
    expect(progressBetween(20, 80, 95)).toBe(1);
    expect(progressBetween(42, 10, 50)).toBe(0);
    expect(progressBetween(42, 10, 5)).toBe(1);
    expect(progressBetween(20, 80, 80)).toBe(1);
    expect(progressBetween(20, 80, 20)).toBe(0);
  });
});
