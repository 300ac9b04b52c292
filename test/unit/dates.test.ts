import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  isClockTime,
  isIsoDate,
  isoWeek,
  isoWeekday,
  maxDate,
  minDate,
} from '../../src/core/time/dates.js';
import { formatDateWords } from '../../src/core/words/values.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const date of ['2027-01-04', '2027-12-31', '2028-02-29', '2000-02-29', '1999-01-01']) expect(isIsoDate(date), date).toBe(true);
  });

  it('rejects days that do not exist, including Feb 29 outside leap years', () => {
    for (const date of ['2027-02-29', '1900-02-29', '2100-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2027-01-32']) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it('rejects other shapes', () => {
    for (const text of ['2027-1-04', '27-01-04', '2027/01/04', ' 2027-01-04', '2027-01-04T00:00', '', '20270104']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('isClockTime', () => {
  it('accepts 00:00 to 23:59', () => {
    for (const time of ['00:00', '09:00', '12:30', '23:59']) expect(isClockTime(time), time).toBe(true);
  });

  it('rejects impossible or loosely written times', () => {
    for (const time of ['24:00', '23:60', '9:00', '09:0', '09.00', '0900', '09:00:00', '']) expect(isClockTime(time), time).toBe(false);
  });
});

describe('addDays and daysBetween', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-01-04', 0)).toBe('2027-01-04');
  });

  it('is not thrown off by DST: every day is 24 hours in UTC arithmetic', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
  });

  it('counts to minus from, negative when to is earlier', () => {
    expect(daysBetween('2027-01-01', '2027-01-08')).toBe(7);
    expect(daysBetween('2027-01-08', '2027-01-01')).toBe(-7);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('handles years below 100 as real years, not 19xx', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(daysBetween('0050-01-01', '1950-01-01')).toBeGreaterThan(690_000);
  });

  it('round-trips day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dateOfDayNumber(dayNumber('2028-02-29'))).toBe('2028-02-29');
  });

  it('refuses text that is not a date rather than guessing', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('soon', '2027-01-01')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-03-15', -3)).toBe('2026-12-15');
    expect(addMonths('2027-03-15', 0)).toBe('2027-03-15');
  });

  it('clamps to the last day of a shorter month (documented behaviour)', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-05-31', -1)).toBe('2027-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});

describe('daysInMonth', () => {
  it('knows month lengths and the leap-year rules', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2027, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    const week = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10'];
    expect(week.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(isoWeekday('2028-02-29')).toBe(2);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-28')).toBe(7);
  });
});

describe('isoWeek', () => {
  it('gives the week, its ISO year and its Monday', () => {
    expect(isoWeek('2027-01-06')).toEqual({ year: 2027, week: 1, monday: '2027-01-04' });
    expect(isoWeek('2027-01-10')).toEqual({ year: 2027, week: 1, monday: '2027-01-04' });
    expect(isoWeek('2027-06-30')).toEqual({ year: 2027, week: 26, monday: '2027-06-28' });
  });

  it('puts early January in the previous year when the week has its Thursday there', () => {
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
  });

  it('puts late December in week 1 of the next year when its Thursday is there', () => {
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1, monday: '2024-12-30' });
    expect(isoWeek('2025-12-31')).toEqual({ year: 2026, week: 1, monday: '2025-12-29' });
  });
});

describe('compareDates, minDate, maxDate', () => {
  it('orders dates', () => {
    expect(compareDates('2027-01-04', '2027-01-05')).toBeLessThan(0);
    expect(compareDates('2027-02-01', '2027-01-31')).toBeGreaterThan(0);
    expect(compareDates('2027-01-04', '2027-01-04')).toBe(0);
    expect(['2027-03-01', '2026-12-31', '2027-01-15'].sort(compareDates)).toEqual(['2026-12-31', '2027-01-15', '2027-03-01']);
  });

  it('picks the earlier or the later', () => {
    expect(minDate('2027-01-04', '2026-12-31')).toBe('2026-12-31');
    expect(maxDate('2027-01-04', '2026-12-31')).toBe('2027-01-04');
    expect(minDate('2027-01-04', '2027-01-04')).toBe('2027-01-04');
  });
});

describe('formatDateWords, medium (was formatLongDate)', () => {
  it('writes a date for people', () => {
    expect(formatDateWords('2027-02-03', 'medium')).toBe('3 February 2027');
    expect(formatDateWords('2028-12-31', 'medium')).toBe('31 December 2028');
  });
});
