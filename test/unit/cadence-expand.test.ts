import { describe, expect, it } from 'vitest';
import { MAX_OCCURRENCES, cadenceSkips, describeCadence, type CadenceRange } from '../../src/core/cadence/cadence.js';
import { daysBetween, isoWeekday } from '../../src/core/time/dates.js';
import { H1, cadence, dates } from '../helpers/cadence.js';

describe('expandCadence: the counting rules', () => {
  it('daily means Monday to Friday, bounds inclusive', () => {
    expect(dates('daily', { start: '2027-01-01', end: '2027-01-11' })).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-01-11',
    ]);
    expect(dates('daily', { start: '2027-01-09', end: '2027-01-10' })).toEqual([]);
  });

  it('weekly on a weekday starts at the first such day on or after the start', () => {
    expect(dates('weekly on tuesday', { start: '2027-01-04', end: '2027-01-31' })).toEqual([
      '2027-01-05',
      '2027-01-12',
      '2027-01-19',
      '2027-01-26',
    ]);
    expect(dates('weekly on monday', { start: '2027-01-04', end: '2027-01-18' })).toEqual(['2027-01-04', '2027-01-11', '2027-01-18']);
  });

  it("weekly without a weekday falls on the start's weekday", () => {
    const found = dates('weekly', { start: '2027-01-06', end: '2027-02-03' });
    expect(found).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03']);
    expect(dates('every 3 weeks', { start: '2027-01-08', end: '2027-03-01' })).toEqual(['2027-01-08', '2027-01-29', '2027-02-19']);
  });

  it('every N weeks counts from the first match, not from the start', () => {
    // The start is a Friday: the first Thursday is 6 days later, then every 14 days.
    expect(dates('every 2 weeks on thursday', { start: '2027-01-08', end: '2027-02-28' })).toEqual([
      '2027-01-14',
      '2027-01-28',
      '2027-02-11',
      '2027-02-25',
    ]);
    expect(dates('biweekly', H1).slice(0, 3)).toEqual(['2027-01-04', '2027-01-18', '2027-02-01']);
    expect(dates('every other week')).toEqual(dates('biweekly'));
    expect(dates('every other thursday')).toEqual(dates('every 2 weeks on thursday'));
    expect(dates('every 3 weeks on monday').slice(0, 3)).toEqual(['2027-01-04', '2027-01-25', '2027-02-15']);
  });

  it("monthly without a day falls on the start's day of the month", () => {
    expect(dates('monthly', { start: '2027-01-15', end: '2027-04-30' })).toEqual(['2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15']);
  });

  it('monthly on day 31 has no occurrence in shorter months (no clamping)', () => {
    expect(dates('monthly on day 31', { start: '2027-01-01', end: '2027-06-30' })).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
    expect(dates('monthly on day 30', { start: '2027-01-01', end: '2027-04-30' })).toEqual(['2027-01-30', '2027-03-30', '2027-04-30']);
    expect(dates('monthly', { start: '2027-01-31', end: '2027-05-31' })).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('knows leap years: 29 February 2028 exists, 2027 has none', () => {
    expect(dates('monthly on day 29', { start: '2027-01-01', end: '2027-03-31' })).toEqual(['2027-01-29', '2027-03-29']);
    expect(dates('monthly on day 29', { start: '2028-01-01', end: '2028-03-31' })).toEqual(['2028-01-29', '2028-02-29', '2028-03-29']);
    expect(dates('weekly on tuesday', { start: '2028-02-01', end: '2028-03-01' })).toEqual([
      '2028-02-01',
      '2028-02-08',
      '2028-02-15',
      '2028-02-22',
      '2028-02-29',
    ]);
    expect(dates('daily', { start: '2028-02-28', end: '2028-03-01' })).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(dates('once on 2028-02-29', { start: '2028-01-01', end: '2028-12-31' })).toEqual(['2028-02-29']);
  });

  it('counts ordinal weekdays within each month; "last" differs from "fourth" in five-Monday months', () => {
    expect(dates('monthly on the first monday')).toEqual([
      '2027-01-04',
      '2027-02-01',
      '2027-03-01',
      '2027-04-05',
      '2027-05-03',
      '2027-06-07',
    ]);
    expect(dates('monthly on the second tuesday').slice(0, 3)).toEqual(['2027-01-12', '2027-02-09', '2027-03-09']);
    expect(dates('monthly on the third wednesday').slice(0, 2)).toEqual(['2027-01-20', '2027-02-17']);
    // March and May 2027 have five Mondays.
    expect(dates('monthly on the fourth monday')).toEqual([
      '2027-01-25',
      '2027-02-22',
      '2027-03-22',
      '2027-04-26',
      '2027-05-24',
      '2027-06-28',
    ]);
    expect(dates('monthly on the last monday')).toEqual([
      '2027-01-25',
      '2027-02-22',
      '2027-03-29',
      '2027-04-26',
      '2027-05-31',
      '2027-06-28',
    ]);
    expect(dates('monthly on the last sunday', { start: '2028-02-01', end: '2028-02-29' })).toEqual(['2028-02-27']);
    for (const date of dates('monthly on the last friday', { start: '2027-01-01', end: '2028-12-31' })) expect(isoWeekday(date)).toBe(5);
  });

  it("drops a month's match that falls before the start", () => {
    expect(dates('monthly on the first monday', { start: '2027-01-10', end: '2027-03-31' })).toEqual(['2027-02-01', '2027-03-01']);
    expect(dates('monthly on day 5', { start: '2027-01-10', end: '2027-03-31' })).toEqual(['2027-02-05', '2027-03-05']);
  });

  it('counts quarters from the start month', () => {
    const year = { start: '2027-01-04', end: '2027-12-31' };
    expect(dates('quarterly on day 15', year)).toEqual(['2027-01-15', '2027-04-15', '2027-07-15', '2027-10-15']);
    expect(dates('quarterly on day 15', { start: '2027-02-10', end: '2027-12-31' })).toEqual([
      '2027-02-15',
      '2027-05-15',
      '2027-08-15',
      '2027-11-15',
    ]);
    // The start month's 15th is already past: that quarter has none; the next quarters keep the grid.
    expect(dates('quarterly on day 15', { start: '2027-01-20', end: '2027-12-31' })).toEqual(['2027-04-15', '2027-07-15', '2027-10-15']);
    expect(dates('quarterly', year)).toEqual(['2027-01-04', '2027-04-04', '2027-07-04', '2027-10-04']);
    expect(dates('quarterly on the first monday', year)).toEqual(['2027-01-04', '2027-04-05', '2027-07-05', '2027-10-04']);
    expect(dates('quarterly on day 31', { start: '2027-01-01', end: '2027-12-31' })).toEqual(['2027-01-31', '2027-07-31', '2027-10-31']);
    expect(dates('quarterly on the last friday', { start: '2027-11-01', end: '2028-12-31' })).toEqual([
      '2027-11-26',
      '2028-02-25',
      '2028-05-26',
      '2028-08-25',
      '2028-11-24',
    ]);
  });

  it('yields a one-off only inside the range, edges included', () => {
    expect(dates('once on 2027-02-03')).toEqual(['2027-02-03']);
    expect(dates('once on 2027-01-04')).toEqual(['2027-01-04']);
    expect(dates('once on 2027-06-30')).toEqual(['2027-06-30']);
    expect(dates('once on 2027-07-01')).toEqual([]);
    expect(dates('once on 2027-01-03')).toEqual([]);
  });

  it("follows a channel's own narrower range, starting its count there", () => {
    const channel = { start: '2027-03-10', end: '2027-04-20' };
    expect(dates('every 2 weeks on thursday', channel)).toEqual(['2027-03-11', '2027-03-25', '2027-04-08']);
    expect(dates('monthly on the first monday', channel)).toEqual(['2027-04-05']);
    expect(dates('weekly', channel)).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31', '2027-04-07', '2027-04-14']);
  });

  it('returns nothing for an empty range or window', () => {
    expect(dates('daily', { start: '2027-02-01', end: '2027-01-01' })).toEqual([]);
    expect(dates('daily', H1, { from: '2027-03-10', to: '2027-03-01' })).toEqual([]);
    expect(dates('weekly', H1, { from: '2027-08-01', to: '2027-08-31' })).toEqual([]);
    expect(dates('weekly on monday', { start: '2027-01-05', end: '2027-01-10' })).toEqual([]);
  });
});

describe('expandCadence: windows', () => {
  const long: CadenceRange = { start: '2027-01-04', end: '2031-12-31' };
  const windows = [
    { from: '2027-03-01', to: '2027-03-07' },
    { from: '2026-12-01', to: '2027-01-10' },
    { from: '2029-02-20', to: '2029-04-02' },
    { from: '2031-12-20', to: '2032-01-31' },
  ];
  const forms = [
    'daily',
    'weekly',
    'every 3 weeks on friday',
    'biweekly on thursday',
    'monthly on day 31',
    'monthly on the last monday',
    'quarterly on day 15',
    'quarterly on the second wednesday',
    'once on 2029-03-15',
    'RRULE:FREQ=DAILY;INTERVAL=3',
    'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
    'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1',
    'RRULE:FREQ=WEEKLY;COUNT=150',
  ];

  it.each(forms)('gives %s the same dates as the full range, cut to the window', (text) => {
    const all = dates(text, long);
    for (const window of windows) {
      expect(dates(text, long, window), `${window.from}..${window.to}`).toEqual(
        all.filter((date) => date >= window.from && date <= window.to),
      );
    }
  });

  // How cheap: `npm run bench` times this (test/bench/cadence-worst-cases.ts); no test asserts a duration.
  it('keeps 7 days of a cadence running to 9999 exact', () => {
    const huge = { start: '2027-01-04', end: '9999-12-31' };
    const window = { from: '9999-12-20', to: '9999-12-26' };
    expect(dates('daily', huge, window)).toEqual(['9999-12-20', '9999-12-21', '9999-12-22', '9999-12-23', '9999-12-24']);
    const biweekly = dates('every 2 weeks on thursday', huge, { from: '9000-01-01', to: '9000-01-31' });
    expect(biweekly).toHaveLength(2);
    for (const date of biweekly) {
      expect(isoWeekday(date)).toBe(4);
      expect(daysBetween('2027-01-07', date) % 14).toBe(0);
    }
    expect(dates('monthly on the first monday', huge, { from: '8000-05-01', to: '8000-05-31' })).toEqual(['8000-05-01']);
    const rrule = dates('RRULE:FREQ=DAILY;INTERVAL=3', huge, { from: '9000-01-01', to: '9000-01-09' });
    expect(rrule).toHaveLength(3);
    for (const date of rrule) expect(daysBetween('2027-01-04', date) % 3).toBe(0);
  });

  it('caps an unbounded request at MAX_OCCURRENCES', () => {
    const found = dates('daily', { start: '2027-01-04', end: '9999-12-31' });
    expect(found).toHaveLength(MAX_OCCURRENCES);
    expect(found[0]).toBe('2027-01-04');
    expect(dates('RRULE:FREQ=DAILY', { start: '2027-01-04', end: '9999-12-31' })).toHaveLength(MAX_OCCURRENCES);
  });
});

describe('cadenceSkips', () => {
  it('lists the months where day 31 does not exist', () => {
    expect(cadenceSkips(cadence('monthly on day 31'), H1)).toEqual(['2027-02-01', '2027-04-01', '2027-06-01']);
    expect(cadenceSkips(cadence('monthly on day 30'), { start: '2027-01-01', end: '2028-12-31' })).toEqual(['2027-02-01', '2028-02-01']);
    expect(cadenceSkips(cadence('monthly on day 29'), { start: '2027-01-01', end: '2028-12-31' })).toEqual(['2027-02-01']);
  });

  it('agrees with expansion: a skipped month has no occurrence', () => {
    const range = { start: '2027-01-01', end: '2028-12-31' };
    const found = dates('monthly on day 31', range);
    const skipped = cadenceSkips(cadence('monthly on day 31'), range);
    expect(found.length + skipped.length).toBe(24);
    for (const month of skipped) expect(found.some((date) => date.startsWith(month.slice(0, 7)))).toBe(false);
  });

  it('only counts months whose would-be date is inside the range', () => {
    expect(cadenceSkips(cadence('monthly on day 31'), { start: '2027-01-01', end: '2027-06-15' })).toEqual(['2027-02-01', '2027-04-01']);
    expect(cadenceSkips(cadence('monthly on day 31'), { start: '2027-04-10', end: '2027-05-31' })).toEqual(['2027-04-01']);
  });

  it("uses the start's day when no day is given, and quarters for quarterly", () => {
    expect(cadenceSkips(cadence('monthly'), { start: '2028-01-30', end: '2028-04-30' })).toEqual(['2028-02-01']);
    expect(cadenceSkips(cadence('quarterly on day 31'), { start: '2027-01-01', end: '2027-12-31' })).toEqual(['2027-04-01']);
    expect(cadenceSkips(cadence('quarterly'), { start: '2027-01-31', end: '2027-12-31' })).toEqual(['2027-04-01']);
  });

  it('never reports forms that always have their day', () => {
    for (const text of [
      'daily',
      'weekly on monday',
      'monthly on day 28',
      'monthly on the last friday',
      'once on 2027-02-03',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=31',
    ]) {
      expect(cadenceSkips(cadence(text), H1), text).toEqual([]);
    }
  });
});

describe('describeCadence', () => {
  it.each([
    ['daily', 'every weekday'],
    ['weekly', 'weekly'],
    ['weekly on tuesday', 'weekly on Tuesday'],
    ['every 2 weeks on thursday', 'every other Thursday'],
    ['biweekly', 'every other week'],
    ['every 3 weeks on monday', 'every 3 weeks on Monday'],
    ['every 4 weeks', 'every 4 weeks'],
    ['monthly', 'monthly'],
    ['monthly on the first monday', 'monthly on the first Monday'],
    ['monthly on the last friday', 'monthly on the last Friday'],
    ['monthly on day 31', 'monthly on day 31'],
    ['quarterly on day 15', 'quarterly on day 15'],
    ['quarterly on the second wednesday', 'quarterly on the second Wednesday'],
    ['quarterly', 'quarterly'],
    ['once on 2027-02-03', 'once on 3 February 2027'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO,TH', 'every week on Monday, Thursday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Friday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1', 'monthly on the first Monday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', 'monthly on the second Tuesday'],
    ['rrule:freq=monthly;interval=3;byday=we;bysetpos=-1', 'quarterly on the last Wednesday'],
    ['RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=FR;BYSETPOS=-1', 'every 2 months on the last Friday'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', 'custom rule (RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1)'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1;COUNT=3', 'custom rule (RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1;COUNT=3)'],
  ])('%s -> %s', (text, description) => {
    expect(describeCadence(cadence(text))).toBe(description);
  });

  it('reads back what it writes', () => {
    for (const text of [
      'daily',
      'weekly on tuesday',
      'every 2 weeks on thursday',
      'every 3 weeks on monday',
      'monthly on the first monday',
      'quarterly on day 15',
    ]) {
      const parsed = cadence(text);
      expect(cadence(describeCadence(parsed))).toEqual(parsed);
    }
  });
});
