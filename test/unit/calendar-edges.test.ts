import { afterEach, describe, expect, it } from 'vitest';
import { getDaysInMonth, getISOWeek, getISOWeekYear, isLeapYear as isLeapYearOfDate } from 'date-fns';
import { addDays, addMonths, daysInMonth, isIsoDate, isLeapYear, isoWeek, monthName, utcDate } from '../../src/core/time/dates.js';
import { formatDateWords, formatDayRange, shortDate, shortDay, touchWhen, weekdayShort } from '../../src/core/words/values.js';

// Calendar arithmetic and date words at the edges: addMonths and the names are date-fns's; the
// hand-written fast path (month lengths, leap years, ISO weeks) is checked against date-fns.

describe('addMonths (date-fns) clamps to the end of a shorter month', () => {
  it('lands on the last day, leap or not, and crosses year ends both ways', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-29', 1)).toBe('2028-02-29');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2028-01-31', -2)).toBe('2027-11-30');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
  });

  it('keeps years below 100 as real years', () => {
    expect(addMonths('0050-12-31', 2)).toBe('0051-02-28');
    expect(addMonths('0000-01-31', 1)).toBe('0000-02-29');
  });
});

describe('daysInMonth and isLeapYear (hand-written, checked against date-fns)', () => {
  it('knows February across the century rules', () => {
    expect([1900, 2000, 2024, 2027, 2028, 2100, 2400].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 29, 28, 29, 28, 29]);
    expect(daysInMonth(2027, 12)).toBe(31);
    expect(daysInMonth(50, 2)).toBe(28);
  });

  it('agrees with date-fns on every month from year 1 to 2500', () => {
    const disagreements: string[] = [];
    for (let year = 1; year <= 2500; year++) {
      const yyyy = String(year).padStart(4, '0');
      if (isLeapYear(year) !== isLeapYearOfDate(utcDate(`${yyyy}-06-01`))) disagreements.push(yyyy);
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== getDaysInMonth(utcDate(`${yyyy}-${String(month).padStart(2, '0')}-01`)))
          disagreements.push(`${yyyy}-${month}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('lets isIsoDate tell the 29th to 31st that exist from those that do not', () => {
    expect(['2028-02-29', '2000-02-29', '2027-01-31', '2027-04-30'].every(isIsoDate)).toBe(true);
    expect(['2027-02-29', '2100-02-29', '2027-02-30', '2027-04-31', '2027-06-31'].some(isIsoDate)).toBe(false);
  });
});

describe('isoWeek (hand-written, checked against date-fns) at year ends', () => {
  it('finds week 53 in years that have one, and week 1 starting in December', () => {
    expect({ ...isoWeek('2026-12-31') }).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
    expect({ ...isoWeek('2021-01-03') }).toEqual({ year: 2020, week: 53, monday: '2020-12-28' });
    expect({ ...isoWeek('2032-12-31') }).toEqual({ year: 2032, week: 53, monday: '2032-12-27' });
    expect({ ...isoWeek('2027-12-31') }).toEqual({ year: 2027, week: 52, monday: '2027-12-27' });
    expect({ ...isoWeek('2029-12-31') }).toEqual({ year: 2030, week: 1, monday: '2029-12-31' });
    expect({ ...isoWeek('2028-02-29') }).toEqual({ year: 2028, week: 9, monday: '2028-02-28' });
  });

  it('agrees with date-fns on every day from 1999 to 2040', () => {
    const disagreements: string[] = [];
    for (let date = '1999-01-01'; date <= '2040-12-31'; date = addDays(date, 1)) {
      const { year, week } = isoWeek(date);
      if (year !== getISOWeekYear(utcDate(date)) || week !== getISOWeek(utcDate(date))) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('date words (date-fns names)', () => {
  it('writes leap days, year ends and early years', () => {
    expect(formatDateWords('2028-02-29')).toBe('Tuesday, 29 February 2028');
    expect(formatDateWords('2026-12-31', 'medium')).toBe('31 December 2026');
    expect(formatDateWords('2027-01-01', 'short')).toBe('1 January');
    expect(formatDateWords('2027-01-03', 'weekday')).toBe('Sunday');
    expect(formatDateWords('0050-01-01', 'medium')).toBe('1 January 50');
    expect(formatDateWords('0000-03-01', 'medium')).toBe('1 March 0');
    expect(formatDateWords('2027-02-29')).toBe('2027-02-29');
  });

  it('writes the short forms a table uses', () => {
    expect(shortDate('2028-02-29')).toBe('29 Feb 2028');
    expect(touchWhen('2026-12-31', '23:30')).toBe('Thu 31 Dec 2026, 23:30');
    expect(weekdayShort('2027-01-04')).toBe('Mon');
    expect(shortDay('2027-09-04')).toBe('Sat  4 Sep');
    expect(shortDay('2027-09-10')).toBe('Fri 10 Sep');
    expect(monthName(9, 'short')).toBe('Sep');
    expect(monthName(13)).toBe('');
  });

  it('writes a range across a leap day and a year end', () => {
    expect(formatDayRange({ from: '2028-02-28', to: '2028-03-05' })).toBe('28 February – 5 March 2028');
    expect(formatDayRange({ from: '2026-12-28', to: '2027-01-03' })).toBe('28 December 2026 – 3 January 2027');
    expect(formatDayRange({ from: '2028-02-29', to: '2028-02-29' })).toBe('29 February 2028');
  });
});

describe('independence from the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const everything = (): unknown[] =>
    ['2026-12-31', '2027-01-01', '2027-03-28', '2027-11-07', '2028-02-29', '0050-12-31'].flatMap((date) => [
      formatDateWords(date),
      formatDayRange({ from: date, to: '2029-01-01' }),
      shortDate(date),
      touchWhen(date, null),
      shortDay(date),
      addMonths(date, 1),
      addMonths(date, -13),
      { ...isoWeek(date) },
      daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))),
    ]);

  it('gives the same results 14 hours ahead of UTC and 8 hours behind', () => {
    const newYear = new Date('2027-01-01T00:00:00Z');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(newYear.getTimezoneOffset()).toBe(-14 * 60); // the switch took hold: local dates are a day ahead
    const ahead = everything();
    process.env.TZ = 'America/Los_Angeles';
    expect(newYear.getTimezoneOffset()).toBe(8 * 60);
    const behind = everything();
    expect(behind).toEqual(ahead);
    expect(ahead[0]).toBe('Thursday, 31 December 2026');
  });
});
