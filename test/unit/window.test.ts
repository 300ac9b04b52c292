import { describe, expect, it } from 'vitest';
import {
  DRAFT_WINDOW,
  MAX_WEEKS,
  REPORT_PERIOD,
  resolveWindow,
  SCHEDULE_WINDOW,
  type SpanShape,
  type WindowInput,
  type WindowProblemCode,
} from '../../src/core/time/window.js';
import { windowFromFlags, windowProblemText } from '../../src/commands/shared/window-flags.js';
import { HeraldError } from '../../src/errors.js';

const today = '2027-01-06';

describe('resolveWindow: a span (schedule, generate)', () => {
  it.each<[string, WindowInput, { from: string; to: string }]>([
    ['nothing: the schedule default of four weeks from today', {}, { from: today, to: '2027-02-02' }],
    ['--from: four weeks from it', { from: '2027-03-01' }, { from: '2027-03-01', to: '2027-03-28' }],
    ['--to: from today', { to: '2027-01-31' }, { from: today, to: '2027-01-31' }],
    ['--from and --to as they are', { from: '2027-03-01', to: '2027-03-01' }, { from: '2027-03-01', to: '2027-03-01' }],
    ['--weeks: from today', { weeks: '1' }, { from: today, to: '2027-01-12' }],
    ['--from and --weeks', { from: '2027-01-04', weeks: '6' }, { from: '2027-01-04', to: '2027-02-14' }],
    ['--to and --weeks: ending on it', { to: '2027-02-14', weeks: '6' }, { from: '2027-01-04', to: '2027-02-14' }],
    ['--weeks with spaces', { weeks: ' 2 ' }, { from: today, to: '2027-01-19' }],
    ['exactly 520 weeks', { weeks: String(MAX_WEEKS) }, { from: today, to: '2036-12-23' }],
  ])('schedule: %s', (_, input, window) => {
    expect(resolveWindow(input, SCHEDULE_WINDOW, today)).toEqual({ ok: true, window });
  });

  it.each<[string, WindowInput, { from: string; to: string }]>([
    ['nothing: today and the six days after it', {}, { from: today, to: '2027-01-12' }],
    ['--date: that one day', { date: '2027-02-01' }, { from: '2027-02-01', to: '2027-02-01' }],
    ['--from: a week from it', { from: '2027-03-01' }, { from: '2027-03-01', to: '2027-03-07' }],
    ['--to: from today', { to: '2027-01-20' }, { from: today, to: '2027-01-20' }],
    ['--from and --to', { from: '2027-03-01', to: '2027-03-31' }, { from: '2027-03-01', to: '2027-03-31' }],
    ['--from and --to over ten years (no cap)', { from: '2027-01-01', to: '2040-01-01' }, { from: '2027-01-01', to: '2040-01-01' }],
  ])('generate: %s', (_, input, window) => {
    expect(resolveWindow(input, DRAFT_WINDOW, today)).toEqual({ ok: true, window });
  });

  it('ignores a length in weeks where the span does not count in weeks', () => {
    expect(resolveWindow({ weeks: '9' }, DRAFT_WINDOW, today)).toEqual({ ok: true, window: { from: today, to: '2027-01-12' } });
  });

  it.each<[string, WindowInput, WindowProblemCode, object]>([
    ['a bad --from', { from: '2027-02-30' }, 'bad-date', { part: 'from', problem: { code: 'no-such-day', lastDay: 28 } }],
    ['a bad --to', { to: 'next friday' }, 'bad-date', { part: 'to', problem: { code: 'not-a-date', value: 'next friday' } }],
    ['a bad month', { from: '2027-13-01' }, 'bad-date', { part: 'from', problem: { code: 'no-such-month', month: 13 } }],
    ['--from before --to is read', { from: 'x', to: 'y' }, 'bad-date', { part: 'from' }],
    ['--weeks 0', { weeks: '0' }, 'bad-weeks', { value: '0', max: MAX_WEEKS }],
    ['--weeks 2.5', { weeks: '2.5' }, 'bad-weeks', { value: '2.5' }],
    ['--weeks two', { weeks: 'two' }, 'bad-weeks', { value: 'two' }],
    ['--weeks over the cap', { weeks: '521' }, 'bad-weeks', { value: '521' }],
    ['a bad date before a bad length', { from: '2027-02-30', weeks: '0' }, 'bad-date', {}],
    ['--from, --to and --weeks', { from: '2027-01-01', to: '2027-02-01', weeks: '2' }, 'over-determined', {}],
    ['--to before --from', { from: '2027-02-01', to: '2027-01-31' }, 'empty', { from: '2027-02-01', to: '2027-01-31', fromToday: false }],
    ['--to before today', { to: '2027-01-05' }, 'empty', { from: today, to: '2027-01-05', fromToday: true }],
    ['past 9999', { from: '9999-12-01', weeks: '10' }, 'beyond-years', {}],
    ['before 0000', { to: '0000-01-10', weeks: '3' }, 'beyond-years', {}],
    ['over ten years', { from: '0001-01-01', to: '9999-12-31' }, 'too-long', { maxDays: 7 * MAX_WEEKS }],
    ['one day over 520 weeks', { from: '2027-01-04', to: '2036-12-22' }, 'too-long', { from: '2027-01-04', to: '2036-12-22' }],
  ])('schedule refuses %s', (_, input, code, data) => {
    const result = resolveWindow(input, SCHEDULE_WINDOW, today);
    expect(result).toMatchObject({ ok: false, problem: { code, ...data } });
  });

  it.each<[string, WindowInput, WindowProblemCode]>([
    ['a bad --date', { date: '2027-02-30' }, 'bad-date'],
    ['--date with --from', { date: '2027-03-01', from: '2027-03-01' }, 'day-and-range'],
    ['--date with --to', { date: '2027-03-01', to: '2027-03-02' }, 'day-and-range'],
    ['--to before --from', { from: '2027-03-01', to: '2027-02-01' }, 'empty'],
    ['--to before today', { to: '2027-01-01' }, 'empty'],
    ['a week from --from past 9999', { from: '9999-12-30' }, 'beyond-years'],
  ])('generate refuses %s', (_, input, code) => {
    expect(resolveWindow(input, DRAFT_WINDOW, today)).toMatchObject({ ok: false, problem: { code } });
  });
});

describe('resolveWindow: a period (report)', () => {
  it('leaves what is not given open', () => {
    expect(resolveWindow({}, REPORT_PERIOD)).toEqual({ ok: true, window: {} });
    expect(resolveWindow({ date: '2027-03-01' }, REPORT_PERIOD)).toEqual({ ok: true, window: { day: '2027-03-01' } });
    expect(resolveWindow({ from: '2027-02-01' }, REPORT_PERIOD)).toEqual({ ok: true, window: { from: '2027-02-01' } });
    expect(resolveWindow({ date: '2027-01-01', from: '2027-02-01', to: '2027-03-01' }, REPORT_PERIOD)).toEqual({
      ok: true,
      window: { day: '2027-01-01', from: '2027-02-01', to: '2027-03-01' },
    });
  });

  it('refuses a bad date and a period that ends before it starts', () => {
    expect(resolveWindow({ date: '2027-02-30' }, REPORT_PERIOD)).toMatchObject({ ok: false, problem: { code: 'bad-date', part: 'date' } });
    expect(resolveWindow({ from: '2027-03-01', to: '2027-02-01' }, REPORT_PERIOD)).toMatchObject({
      ok: false,
      problem: { code: 'empty', from: '2027-03-01', to: '2027-02-01', fromToday: false },
    });
  });
});

describe('windowProblemText and windowFromFlags: the one set of messages', () => {
  it('names the flag of each problem, and always gives a hint', () => {
    const cases: [WindowInput, SpanShape, string][] = [
      [{ date: '2027-02-30' }, DRAFT_WINDOW, '--date 2027-02-30 is not a real date: February 2027 has 28 days'],
      [{ weeks: 'two' }, SCHEDULE_WINDOW, '--weeks "two" is not a number of weeks'],
      [{ date: '2027-03-01', to: '2027-03-02' }, DRAFT_WINDOW, '--date cannot be combined with --from or --to'],
      [{ from: '2027-01-01', to: '2027-02-01', weeks: '2' }, SCHEDULE_WINDOW, '--from, --to and --weeks cannot all be given'],
      [{ from: '9999-12-30' }, DRAFT_WINDOW, 'The window reaches beyond the years 0000 to 9999'],
      [{ to: '2027-01-05' }, DRAFT_WINDOW, 'The window is empty: --to 2027-01-05 is before today (2027-01-06)'],
      [{ from: '0001-01-01', to: '9999-12-31' }, SCHEDULE_WINDOW, 'The window 0001-01-01 to 9999-12-31 is longer than ten years'],
    ];
    for (const [input, shape, message] of cases) {
      const result = resolveWindow(input, shape, today);
      if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
      const text = windowProblemText(result.problem, shape);
      expect(text.message).toBe(message);
      expect(text.hint).not.toBe('');
    }
  });

  it('suggests --weeks only where the window takes it', () => {
    const beyond = { code: 'beyond-years' } as const;
    expect(windowProblemText(beyond, SCHEDULE_WINDOW).hint).toContain('--weeks');
    expect(windowProblemText(beyond, DRAFT_WINDOW).hint).not.toContain('--weeks');
  });

  it('says the same for a backwards period in report as in schedule and generate', () => {
    const input = { from: '2027-03-01', to: '2027-02-01' };
    const words = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        if (error instanceof HeraldError) return error.message;
      }
      return 'not refused';
    };
    const expected = 'The window is empty: --to 2027-02-01 is before --from 2027-03-01';
    expect(words(() => windowFromFlags(input, REPORT_PERIOD))).toBe(expected);
    expect(words(() => windowFromFlags(input, SCHEDULE_WINDOW, today))).toBe(expected);
    expect(words(() => windowFromFlags(input, DRAFT_WINDOW, today))).toBe(expected);
  });
});
