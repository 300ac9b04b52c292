import { describe, expect, it } from 'vitest';
import { expandCadence, MAX_OCCURRENCES, parseCadence } from '../../src/core/cadence/cadence.js';
import { calendarShift, expandRrule, nthWeekdayOf } from '../../src/core/cadence/rrule.js';
import { dateOfDayNumber, dayNumber } from '../../src/core/time/dates.js';
import { H1, cadence, dates, failure } from '../helpers/cadence.js';

describe('parseCadence: RRULE', () => {
  it('accepts RFC 5545 rules and normalises them', () => {
    expect(cadence('RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1')).toEqual({ kind: 'rrule', rule: 'RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1' });
    for (const rule of [
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15',
      'RRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO',
      'RRULE:FREQ=DAILY;COUNT=10000',
      'RRULE:FREQ=WEEKLY;UNTIL=99991231',
      'RRULE:FREQ=WEEKLY;UNTIL=20270630T235959Z',
      'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'RRULE:FREQ=WEEKLY;BYDAY=MO;',
    ]) {
      expect(parseCadence(rule).ok, rule).toBe(true);
    }
  });

  it.each([
    ['RRULE:FREQ=HOURLY', 'repeats more often than once a day'],
    ['RRULE:FREQ=MINUTELY;INTERVAL=5', 'repeats more often than once a day'],
    ['RRULE:FREQ=SECONDLY', 'repeats more often than once a day'],
    ['RRULE:FREQ=FORTNIGHTLY', 'FREQ=FORTNIGHTLY is not a frequency'],
    ['RRULE:BYDAY=MO', 'it has no FREQ'],
    ['RRULE:', 'it has no FREQ'],
    ['RRULE:FREQ=DAILY;COUNT=10001', 'COUNT=10001 is not a number from 1 to 10000'],
    ['RRULE:FREQ=DAILY;COUNT=0', 'COUNT=0'],
    ['RRULE:FREQ=DAILY;COUNT=abc', 'COUNT=ABC'],
    ['RRULE:FREQ=DAILY;COUNT=5;UNTIL=20270301', 'both COUNT and UNTIL'],
    ['RRULE:FREQ=WEEKLY;INTERVAL=0', 'INTERVAL=0'],
    ['RRULE:FREQ=WEEKLY;UNTIL=2027-06-30', 'UNTIL=2027-06-30 is not a date'],
    ['RRULE:FREQ=WEEKLY;UNTIL=20270231', 'UNTIL=20270231 is not a date'],
    ['RRULE:FREQ=WEEKLY;DTSTART=20270101', 'it sets its own start'],
    ['DTSTART:20270101\nRRULE:FREQ=WEEKLY', 'it sets its own start'],
    ['RRULE:FREQ=WEEKLY;DTSTART;TZID=Europe/Berlin:20270101T090000', 'it sets its own start'],
    ['RRULE:FREQ=WEEKLY\nEXDATE:20270104', 'it spans several lines'],
    ['RRULE:FREQ=DAILY;BYHOUR=9', 'it sets BYHOUR'],
    ['RRULE:FREQ=DAILY;BYMINUTE=30', 'it sets BYMINUTE'],
    ['RRULE:FREQ=WEEKLY;BYDAY=XX', '"XX", which is not a weekday'],
    ['RRULE:FREQ=WEEKLY;BYDAY=', 'is not KEY=VALUE'],
    ['RRULE:FREQ=WEEKLY;BYDAY', 'is not KEY=VALUE'],
    ['RRULE:FREQ=WEEKLY;WKST=XX', 'WKST=XX is not a weekday'],
    ['RRULE:FREQ=WEEKLY;FOO=1', 'unknown part FOO'],
    ['RRULE:FREQ=WEEKLY;BYEASTER=0', 'unknown part BYEASTER'],
    ['RRULE:FREQ=WEEKLY;FREQ=DAILY', 'FREQ appears twice'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=40', 'BYMONTHDAY=40 is out of range'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY=0 is out of range'],
    ['RRULE:FREQ=YEARLY;BYMONTH=13', 'BYMONTH=13 is out of range'],
    ['RRULE:FREQ=YEARLY;BYMONTH=-1', 'BYMONTH=-1 is out of range'],
    ['RRULE:FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY does not go with FREQ=WEEKLY'],
    ['RRULE:FREQ=MONTHLY;BYWEEKNO=20', 'BYWEEKNO does not go with FREQ=MONTHLY'],
    ['RRULE:FREQ=DAILY;BYYEARDAY=100', 'BYYEARDAY does not go with FREQ=DAILY'],
    ['RRULE:FREQ=WEEKLY;BYDAY=1MO', 'has a position, which FREQ=WEEKLY does not take'],
    ['RRULE:FREQ=MONTHLY;BYDAY=6MO', 'asks for a position no month has'],
    ['RRULE:FREQ=MONTHLY;BYSETPOS=1', 'BYSETPOS has nothing to pick from'],
  ])('rejects %j', (text, reason) => {
    const { message, hint } = failure(text);
    expect(message).toContain('is not a rule Herald can use');
    expect(message).toContain(reason);
    expect(message).not.toContain('\n');
    expect(hint.length).toBeGreaterThan(10);
  });

  it('suggests the part that was meant', () => {
    expect(failure('RRULE:FREQ=WEEKLY;BYDAYS=MO').hint).toBe('Did you mean BYDAY?');
  });

  it('tells why DTSTART is refused', () => {
    expect(failure('RRULE:FREQ=WEEKLY;DTSTART=20270101').hint).toContain("plan's start");
  });
});

describe('expandCadence: RRULE', () => {
  it('BYSETPOS=1 on Mondays is the first Monday, like the plain form', () => {
    expect(dates('RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1')).toEqual(dates('monthly on the first monday'));
    expect(dates('RRULE:FREQ=MONTHLY;BYDAY=-1MO')).toEqual(dates('monthly on the last monday'));
  });

  it('BYSETPOS=-1 on working days is the last working day of each month', () => {
    expect(dates('RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
    ]);
  });

  it('FREQ=DAILY means every day, weekends too, unlike "daily"', () => {
    expect(dates('RRULE:FREQ=DAILY', { start: '2027-01-08', end: '2027-01-11' })).toEqual([
      '2027-01-08',
      '2027-01-09',
      '2027-01-10',
      '2027-01-11',
    ]);
  });

  it('several days a week', () => {
    expect(dates('RRULE:FREQ=WEEKLY;BYDAY=MO,TH', H1, { from: '2027-03-01', to: '2027-03-14' })).toEqual([
      '2027-03-01',
      '2027-03-04',
      '2027-03-08',
      '2027-03-11',
    ]);
  });

  it('follows RFC 5545 for INTERVAL: weeks are counted from the start week', () => {
    // Unlike "every 2 weeks on thursday" (first Thursday, 2027-01-14), the rule skips the start's week.
    expect(dates('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', { start: '2027-01-08', end: '2027-02-28' })).toEqual([
      '2027-01-21',
      '2027-02-04',
      '2027-02-18',
    ]);
  });

  it('counts COUNT from the start and stops at UNTIL', () => {
    expect(dates('RRULE:FREQ=WEEKLY;COUNT=3')).toEqual(['2027-01-04', '2027-01-11', '2027-01-18']);
    expect(dates('RRULE:FREQ=WEEKLY;COUNT=3', H1, { from: '2027-02-01', to: '2027-02-28' })).toEqual([]);
    expect(dates('RRULE:FREQ=WEEKLY;UNTIL=20270125')).toEqual(['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']);
    expect(dates('RRULE:FREQ=WEEKLY;UNTIL=20261231')).toEqual([]);
    expect(dates('RRULE:FREQ=MONTHLY;UNTIL=99991231')).toEqual([
      '2027-01-04',
      '2027-02-04',
      '2027-03-04',
      '2027-04-04',
      '2027-05-04',
      '2027-06-04',
    ]);
  });

  it('is exact about leap days and ISO weeks', () => {
    const years = { start: '2027-01-01', end: '2040-12-31' };
    expect(dates('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', years)).toEqual(['2028-02-29', '2032-02-29', '2036-02-29', '2040-02-29']);
    // ISO week 1 of 2030 starts on Monday 2029-12-31.
    expect(dates('RRULE:FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO', { start: '2027-01-01', end: '2029-12-31' })).toEqual([
      '2027-01-04',
      '2028-01-03',
      '2029-01-01',
      '2029-12-31',
    ]);
    expect(dates('RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=FR', { start: '2026-01-01', end: '2032-12-31' })).toEqual([
      '2027-01-01',
      '2032-12-31',
    ]);
  });

  // How quickly: `npm run bench` times these (test/bench/cadence-worst-cases.ts); no test asserts a duration.
  it('walks little for a rule that never matches: the calendar moves to just before 9999', () => {
    expect(dates('RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toEqual([]);
    expect(dates('RRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', { start: '2027-01-04', end: '2099-12-31' })).toEqual([]);
    expect(
      dates('RRULE:FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2', { start: '2027-01-04', end: '2099-12-31' }, { from: '2098-01-01', to: '2098-12-31' }),
    ).toEqual([]);
    expect(dates('RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU')).toEqual([]); // the start is a Monday
    // The work bound, not a duration: after the shift the library walks at most 400 years to 9999.
    for (const [from, to] of [
      [2027, 2027],
      [2027, 2099],
      [2098, 2098],
    ] as const) {
      const shift = calendarShift(from, to);
      expect(shift).toBeGreaterThan(0);
      expect(9999 - (to + shift)).toBeLessThanOrEqual(400);
    }
  });
});

describe('the n-th weekday of a month, counted without the library', () => {
  it('reads only the rules that mean it', () => {
    expect(nthWeekdayOf('RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2')).toEqual({ interval: 1, ordinal: 2, weekday: 2 });
    expect(nthWeekdayOf('RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=SU;BYSETPOS=-1;WKST=MO')).toEqual({ interval: 2, ordinal: -1, weekday: 7 });
    for (const rule of [
      'RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=5',
      'RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1',
      'RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=3',
      'RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;UNTIL=20270630',
      'RRULE:FREQ=YEARLY;BYDAY=TU;BYSETPOS=2',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1',
    ]) {
      expect(nthWeekdayOf(rule), rule).toBeNull();
    }
  });

  it('gives the days the library gives, for every ordinal, weekday and interval, over leap years and windows', () => {
    const start = dayNumber('2027-01-19');
    let compared = 0;
    for (const ordinal of ['1', '2', '3', '4', '-1'])
      for (const day of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])
        for (const interval of [1, 2, 3, 7]) {
          const rule = `RRULE:FREQ=MONTHLY;INTERVAL=${interval};BYDAY=${day};BYSETPOS=${ordinal}`;
          const native = parseCadence(rule);
          if (!native.ok) throw new Error(rule);
          for (const [from, to] of [
            ['2027-01-19', '2029-12-31'],
            ['2027-03-01', '2027-03-31'],
            ['2028-02-01', '2028-03-15'],
          ] as const) {
            const window = { from, to };
            const expected = expandRrule(rule, start, Math.max(start, dayNumber(from)), dayNumber(to), MAX_OCCURRENCES).map(
              dateOfDayNumber,
            );
            expect(expandCadence(native.cadence, { start: '2027-01-19', end: '2029-12-31' }, window), `${rule} ${from}`).toEqual(expected);
            compared += 1;
          }
        }
    expect(compared).toBe(5 * 7 * 4 * 3);
  });
});
