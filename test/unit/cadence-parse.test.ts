import { describe, expect, it } from 'vitest';
import { CADENCE_FORMS, parseCadence } from '../../src/core/cadence/cadence.js';
import { cadence, failure } from '../helpers/cadence.js';

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
