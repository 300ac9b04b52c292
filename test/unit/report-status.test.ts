import { describe, expect, it } from 'vitest';
import { elapsedShare, goalGoesDown, goalStatus, goalTrend } from '../../src/core/goals/goal-progress.js';
import { describeTrend } from '../../src/core/goals/goal-words.js';

describe('elapsedShare', () => {
  it('is the share of the days from start to due gone by the date, clamped to 0..1', () => {
    expect(elapsedShare('2027-01-01', '2027-01-11', '2027-01-06')).toBe(0.5);
    expect(elapsedShare('2027-01-01', '2027-01-11', '2026-12-01')).toBe(0);
    expect(elapsedShare('2027-01-01', '2027-01-11', '2027-02-01')).toBe(1);
  });

  it('treats a due date on the start as all gone once it is reached', () => {
    expect(elapsedShare('2027-01-01', '2027-01-01', '2027-01-01')).toBe(1);
    expect(elapsedShare('2027-01-01', '2027-01-01', '2026-12-31')).toBe(0);
  });
});

describe('goalStatus', () => {
  const base = { measurable: true, date: '2027-03-01', due: '2027-06-30' };

  it('is on track when progress is at least the time gone less ten points', () => {
    expect(goalStatus({ ...base, progress: 0.5, expected: 0.5 })).toBe('on-track');
    expect(goalStatus({ ...base, progress: 0.41, expected: 0.5 })).toBe('on-track');
    expect(goalStatus({ ...base, progress: 0.39, expected: 0.5 })).toBe('behind');
  });

  it('is achieved at the target, even before the due date', () => {
    expect(goalStatus({ ...base, progress: 1, expected: 0.2 })).toBe('achieved');
  });

  it('is missed once the due date has passed short of the target, measured or not', () => {
    expect(goalStatus({ ...base, date: '2027-07-01', progress: 0.9, expected: 1 })).toBe('missed');
    expect(goalStatus({ ...base, date: '2027-07-01', progress: null, expected: 1 })).toBe('missed');
  });

  it('tells a goal not measured yet from one that cannot be measured', () => {
    expect(goalStatus({ ...base, progress: null, expected: 0.3 })).toBe('not-measured');
    expect(goalStatus({ ...base, measurable: false, progress: null, expected: 0.3 })).toBe('not-measurable');
  });
});

describe('goalTrend', () => {
  it('needs two measurements', () => {
    expect(goalTrend([], 0, 10)).toBeNull();
    expect(goalTrend([5], 0, 10)).toBeNull();
  });

  it('reads the direction from the first to the last of the last three measurements', () => {
    expect(goalTrend([1, 2, 3, 4], 0, 10)).toEqual({ direction: 'rising', improving: true, basis: 3 });
    expect(goalTrend([9, 1, 8], 0, 10)).toEqual({ direction: 'falling', improving: false, basis: 3 });
    expect(goalTrend([4, 6], 0, 10)).toEqual({ direction: 'rising', improving: true, basis: 2 });
  });

  it('counts a falling value as improving for a goal that goes down (deploy time 42 -> 10)', () => {
    expect(goalTrend([40, 30, 22], 42, 10)).toEqual({ direction: 'falling', improving: true, basis: 3 });
    expect(goalTrend([22, 30], 42, 10)).toEqual({ direction: 'rising', improving: false, basis: 2 });
  });

  it('calls a change within 2% of the baseline-to-target distance flat', () => {
    expect(goalTrend([30, 30.5], 42, 10)).toEqual({ direction: 'flat', improving: null, basis: 2 });
    expect(goalTrend([5, 5], 0, 20)?.direction).toBe('flat');
  });

  it('has a direction but no verdict without a baseline and target', () => {
    expect(goalTrend([1, 5], undefined, undefined)).toEqual({ direction: 'rising', improving: null, basis: 2 });
  });
});

describe('goalGoesDown and describeTrend', () => {
  it('knows which way a goal goes', () => {
    expect(goalGoesDown(42, 10)).toBe(true);
    expect(goalGoesDown(10, 42)).toBe(false);
    expect(goalGoesDown(10, 10)).toBeNull();
    expect(goalGoesDown(undefined, 10)).toBeNull();
  });

  it('words the trend with its direction and whether that is good', () => {
    expect(describeTrend({ direction: 'falling', improving: true, basis: 3 }, true)).toBe('falling, towards the target (lower is better)');
    expect(describeTrend({ direction: 'rising', improving: false, basis: 2 }, true)).toBe('rising, away from the target (lower is better)');
    expect(describeTrend({ direction: 'rising', improving: true, basis: 2 }, false)).toBe('rising, towards the target');
    expect(describeTrend({ direction: 'flat', improving: null, basis: 2 }, false)).toBe('flat');
    expect(describeTrend({ direction: 'rising', improving: null, basis: 2 }, null)).toBe('rising');
  });
});
