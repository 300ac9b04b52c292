import { describe, expect, it } from 'vitest';
import {
  CADENCE_FORMS,
  MAX_OCCURRENCES,
  cadenceSkips,
  describeCadence,
  expandCadence,
  parseCadence,
  type Cadence,
  type CadenceRange,
} from '../../src/core/cadence.js';
import { daysBetween, isoWeekday } from '../../src/core/dates.js';

const H1: CadenceRange = { start: '2027-01-04', end: '2027-06-30' };

function cadence(text: string): Cadence {
  const parsed = parseCadence(text);
  if (!parsed.ok) throw new Error(`${parsed.message} (${parsed.hint})`);
  return parsed.cadence;
}

function dates(text: string, range: CadenceRange = H1, window?: { from: string; to: string }): string[] {
  return expandCadence(cadence(text), range, window);
}

function failure(text: string): { message: string; hint: string } {
  const parsed = parseCadence(text);
  if (parsed.ok) throw new Error(`"${text}" parsed as ${JSON.stringify(parsed.cadence)}`);
  return parsed;
}

describe('parseCadence: accepted forms', () => {
  it.each([
    ['daily', { kind: 'daily' }],
    ['every weekday', { kind: 'daily' }],
    ['weekly', { kind: 'weekly', interval: 1, weekday: null }],
    ['every week', { kind: 'weekly', interval: 1, weekday: null }],
    ['weekly on tuesday', { kind: 'weekly', interval: 1, weekday: 2 }],
    ['weekly on tue', { kind: 'weekly', interval: 1, weekday: 2 }],
    ['weekly on thurs', { kind: 'weekly', interval: 1, weekday: 4 }],
    ['weekly on sundays', { kind: 'weekly', interval: 1, weekday: 7 }],
    ['every monday', { kind: 'weekly', interval: 1, weekday: 1 }],
    ['every 3 weeks', { kind: 'weekly', interval: 3, weekday: null }],
    ['every 1 week on friday', { kind: 'weekly', interval: 1, weekday: 5 }],
    ['every 2 weeks on thursday', { kind: 'weekly', interval: 2, weekday: 4 }],
    ['every other week', { kind: 'weekly', interval: 2, weekday: null }],
    ['every other week on wed', { kind: 'weekly', interval: 2, weekday: 3 }],
    ['every other thursday', { kind: 'weekly', interval: 2, weekday: 4 }],
    ['biweekly', { kind: 'weekly', interval: 2, weekday: null }],
    ['bi-weekly on friday', { kind: 'weekly', interval: 2, weekday: 5 }],
    ['monthly', { kind: 'monthly', interval: 1, day: null, ordinal: null, weekday: null }],
    ['every month', { kind: 'monthly', interval: 1, day: null, ordinal: null, weekday: null }],
    ['monthly on day 15', { kind: 'monthly', interval: 1, day: 15, ordinal: null, weekday: null }],
    ['monthly on the first monday', { kind: 'monthly', interval: 1, day: null, ordinal: 1, weekday: 1 }],
    ['monthly on the second tuesday', { kind: 'monthly', interval: 1, day: null, ordinal: 2, weekday: 2 }],
    ['monthly on the third wed', { kind: 'monthly', interval: 1, day: null, ordinal: 3, weekday: 3 }],
    ['monthly on the fourth thursday', { kind: 'monthly', interval: 1, day: null, ordinal: 4, weekday: 4 }],
    ['monthly on the last friday', { kind: 'monthly', interval: 1, day: null, ordinal: -1, weekday: 5 }],
    ['quarterly', { kind: 'monthly', interval: 3, day: null, ordinal: null, weekday: null }],
    ['every quarter on day 1', { kind: 'monthly', interval: 3, day: 1, ordinal: null, weekday: null }],
    ['every 3 months on the last monday', { kind: 'monthly', interval: 3, day: null, ordinal: -1, weekday: 1 }],
    ['quarterly on day 15', { kind: 'monthly', interval: 3, day: 15, ordinal: null, weekday: null }],
    ['once on 2027-02-03', { kind: 'once', date: '2027-02-03' }],
    ['once on 2028-02-29', { kind: 'once', date: '2028-02-29' }],
  ])('%s', (text, expected) => {
    expect(parseCadence(text)).toEqual({ ok: true, cadence: expected });
  });

  it('ignores case and extra spaces', () => {
    expect(cadence('  WEEKLY   On  TuesDay ')).toEqual(cadence('weekly on tuesday'));
    expect(cadence('Monthly On The First MONDAY')).toEqual(cadence('monthly on the first monday'));
    expect(cadence('ONCE ON 2027-02-03')).toEqual({ kind: 'once', date: '2027-02-03' });
    expect(cadence('Every\tOther\nWeek')).toEqual({ kind: 'weekly', interval: 2, weekday: null });
    expect(cadence('rrule:freq=monthly;byday=-1fr')).toEqual({ kind: 'rrule', rule: 'RRULE:FREQ=MONTHLY;BYDAY=-1FR' });
    expect(cadence(' RRULE: FREQ=WEEKLY; BYDAY=MO ')).toEqual({ kind: 'rrule', rule: 'RRULE:FREQ=WEEKLY;BYDAY=MO' });
  });

  it('reads every example it gives in its hints', () => {
    expect(CADENCE_FORMS.length).toBeGreaterThan(5);
    for (const form of CADENCE_FORMS) expect(parseCadence(form).ok, form).toBe(true);
  });
});

describe('parseCadence: errors for people', () => {
  it('says what it cannot read and lists the accepted forms', () => {
    const { message, hint } = failure('every fortnight');
    expect(message).toBe('"every fortnight" is not a cadence Herald can read');
    expect(hint).toContain('every 2 weeks');
    const other = failure('whenever');
    expect(other.message).toBe('"whenever" is not a cadence Herald can read');
    for (const form of CADENCE_FORMS) expect(other.hint).toContain(`"${form}"`);
  });

  it('handles empty input', () => {
    expect(failure('').message).toBe('The cadence is empty');
    expect(failure('   ').hint).toContain('"weekly on tuesday"');
  });

  it('is not fooled by words that are names of object properties', () => {
    for (const text of ['weekly on constructor', 'monthly on the constructor monday', 'monthly on the first __proto__', 'every toString']) {
      expect(parseCadence(text).ok, text).toBe(false);
    }
  });

  it('names the weekday in full when it was abbreviated', () => {
    expect(failure('monthly on mon').message).toContain('which Monday of the month?');
    expect(failure('monthly on the fifth fri').message).toContain('not every month has a fifth Friday');
  });

  it('clips very long input in the message', () => {
    expect(failure(`weekly ${'x'.repeat(500)}`).message.length).toBeLessThan(120);
  });

  it.each([
    ['weekly on thrusday', 'Did you mean "weekly on thursday"?'],
    ['every 2 weeks on tuseday', 'Did you mean "every 2 weeks on tuesday"?'],
    ['weekyl on thursday', 'Did you mean "weekly on thursday"?'],
    ['montly on the first monday', 'Did you mean "monthly on the first monday"?'],
    ['monthly on the frist monday', 'Did you mean "monthly on the first monday"?'],
    ['monthly on the first mondy', 'Did you mean "monthly on the first monday"?'],
    ['monthly on the 1st monday', 'Did you mean "monthly on the first monday"?'],
    ['quarterly on the 2nd friday', 'Did you mean "quarterly on the second friday"?'],
    ['monthly on the 15th', 'Did you mean "monthly on day 15"?'],
    ['monthly on the 15', 'Did you mean "monthly on day 15"?'],
    ['monthly on 15', 'Did you mean "monthly on day 15"?'],
    ['weekly tuesday', 'Did you mean "weekly on tuesday"?'],
    ['tuesday', 'Did you mean "weekly on tuesday"?'],
    ['every two weeks', 'Did you mean "every 2 weeks"?'],
    ['every 2 wekes', 'Did you mean "every 2 weeks"?'],
    ['every wek', 'Did you mean "every week"?'],
    ['once 2027-02-03', 'Did you mean "once on 2027-02-03"?'],
    ['2027-02-03', 'Did you mean "once on 2027-02-03"?'],
    ['on 2027-02-03', 'Did you mean "once on 2027-02-03"?'],
  ])('suggests a fix for "%s"', (text, hint) => {
    expect(failure(text).hint).toBe(hint);
  });

  it('explains that the ordinal must be first to fourth or last', () => {
    const fifth = failure('monthly on the fifth monday');
    expect(fifth.message).toContain('not every month has a fifth Monday');
    expect(fifth.hint).toContain('first, second, third, fourth or last');
    expect(fifth.hint).toContain('RRULE:FREQ=MONTHLY;BYDAY=5MO');
    expect(failure('quarterly on the 5th friday').hint).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=5FR');
    expect(failure('monthly on the sixth monday').message).toContain('"sixth" is not a position in the month');
  });

  it('needs a week count of 1 or more, and a sane one', () => {
    expect(failure('every 0 weeks').hint).toContain('must be 1 or more');
    expect(failure('every -2 weeks on monday').hint).toContain('must be 1 or more');
    expect(failure('every 600 weeks').message).toContain('more than ten years');
  });

  it('points month counts other than 1 and 3, days and years to RRULE', () => {
    expect(failure('every 2 months').hint).toContain('RRULE:FREQ=MONTHLY;INTERVAL=2');
    expect(failure('every 0 months').hint).toContain('1 or more');
    expect(failure('every 3 days').hint).toContain('RRULE:FREQ=DAILY;INTERVAL=3');
    expect(failure('every 2 years').hint).toContain('RRULE:FREQ=YEARLY;INTERVAL=2');
    expect(failure('every year').hint).toContain('RRULE:FREQ=YEARLY');
    expect(failure('yearly').hint).toContain('RRULE:FREQ=YEARLY');
    expect(failure('every day').hint).toContain('RRULE:FREQ=DAILY');
    expect(failure('fortnightly').hint).toContain('every 2 weeks');
    expect(failure('hourly').message).toContain('at most daily');
  });

  it('explains which words go with which form', () => {
    expect(failure('weekly on the first monday').message).toContain('is for monthly and quarterly cadences');
    expect(failure('every 2 weeks on day 3').message).toContain('is for monthly and quarterly cadences');
    expect(failure('weekly on').message).toContain('on which day?');
    expect(failure('daily on monday').hint).toBe('For one day a week write "weekly on monday".');
    expect(failure('monthly on monday').message).toContain('which Monday of the month?');
    expect(failure('monthly on monday').hint).toContain('"monthly on the first monday"');
    expect(failure('monthly on the last day').hint).toContain('BYMONTHDAY=-1');
    expect(failure('weekly on monday and thursday').hint).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH');
    expect(failure('every 2 weeks on mon, fri').hint).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR');
    expect(failure('weekly on holiday').message).toContain('"holiday" is not a day of the week');
    expect(failure('monthly on the first holiday').message).toContain('"holiday" is not a day of the week');
    expect(failure('weekly on blursday').hint).toBe('Did you mean "weekly on thursday"?');
  });

  it('keeps the time of day out of the cadence', () => {
    const { message, hint } = failure('weekly on monday at 09:00');
    expect(message).toContain('the time of day does not belong in it');
    expect(hint).toContain('"weekly on monday"');
    expect(hint).toContain('time: "09:00"');
  });

  it('checks the day of the month', () => {
    expect(failure('monthly on day 32').message).toContain('there is no day 32');
    expect(failure('monthly on day 0').message).toContain('there is no day 0');
    expect(failure('quarterly on day x').message).toContain('"x" is not a day of the month');
  });

  it('checks the date of a one-off', () => {
    expect(failure('once on 2027-02-29').message).toContain('2027-02-29 is not a real date');
    expect(failure('once on 2027-13-01').message).toContain('not a real date');
    expect(failure('once on tomorrow').message).toContain('"tomorrow" is not a date');
    expect(failure('once').message).toContain('on which date?');
    expect(failure('once on').hint).toContain('YYYY-MM-DD');
  });

  it('asks for the RRULE: prefix', () => {
    expect(failure('FREQ=WEEKLY;BYDAY=MO').hint).toBe('Start an RFC 5545 rule with "RRULE:", e.g. "RRULE:FREQ=WEEKLY;BYDAY=MO".');
  });

  it('rejects trailing words after a complete form', () => {
    expect(failure('monthly on the first monday please').hint).toContain('"monthly on the first monday"');
    expect(failure('once on 2027-02-03 and 2027-03-03').message).toContain('on which date?');
  });
});

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

  it('keeps 7 days of a cadence running to 9999 cheap and exact', () => {
    const huge = { start: '2027-01-04', end: '9999-12-31' };
    const window = { from: '9999-12-20', to: '9999-12-26' };
    const started = performance.now();
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
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps an unbounded request at MAX_OCCURRENCES', () => {
    const found = dates('daily', { start: '2027-01-04', end: '9999-12-31' });
    expect(found).toHaveLength(MAX_OCCURRENCES);
    expect(found[0]).toBe('2027-01-04');
    expect(dates('RRULE:FREQ=DAILY', { start: '2027-01-04', end: '9999-12-31' })).toHaveLength(MAX_OCCURRENCES);
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

  it('returns quickly for a rule that never matches', () => {
    const started = performance.now();
    expect(dates('RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toEqual([]);
    expect(dates('RRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', { start: '2027-01-04', end: '2099-12-31' })).toEqual([]);
    expect(
      dates('RRULE:FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2', { start: '2027-01-04', end: '2099-12-31' }, { from: '2098-01-01', to: '2098-12-31' }),
    ).toEqual([]);
    expect(dates('RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU')).toEqual([]); // the start is a Monday
    expect(performance.now() - started).toBeLessThan(1500);
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
