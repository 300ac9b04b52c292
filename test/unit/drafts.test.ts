import { describe, expect, it } from 'vitest';
import {
  asSentence,
  formatDateWords,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProgressBar,
  formatQuantity,
  formatTimeOfDay,
  formatWhen,
  plural,
  zoneLabel,
} from '../../src/core/words/values.js';
import { durationMinutes } from '../../src/core/time/duration.js';
import { draftWindow as resolveWindow } from '../helpers/window-words.js';
describe('resolveWindow', () => {
  it('defaults to today and the six days after it', () => {
    expect(resolveWindow({}, '2027-02-01')).toEqual({ ok: true, window: { from: '2027-02-01', to: '2027-02-07' } });
  });
  it('takes one day with --date and a range with --from/--to', () => {
    expect(resolveWindow({ date: '2027-02-01' }, '2026-11-23')).toEqual({ ok: true, window: { from: '2027-02-01', to: '2027-02-01' } });
    expect(resolveWindow({ from: '2027-03-01', to: '2027-03-31' }, '2026-11-23')).toEqual({
      ok: true,
      window: { from: '2027-03-01', to: '2027-03-31' },
    });
    expect(resolveWindow({ from: '2027-03-01' }, '2026-11-23')).toEqual({ ok: true, window: { from: '2027-03-01', to: '2027-03-07' } });
  });
  it('refuses a bad date, a reversed range and --date with --from', () => {
    expect(resolveWindow({ date: '2027-02-30' }, '2026-11-23')).toMatchObject({
      ok: false,
      message: '--date 2027-02-30 is not a real date: February 2027 has 28 days',
    });
    expect(resolveWindow({ from: '2027-03-01', to: '2027-02-01' }, '2026-11-23')).toMatchObject({ ok: false });
    expect(resolveWindow({ date: '2027-03-01', to: '2027-03-02' }, '2026-11-23')).toMatchObject({ ok: false });
  });
});

describe('value formatting', () => {
  it('writes money, percentages and quantities as people do', () => {
    expect(formatMoney(240000, 'USD')).toBe('$240,000');
    expect(formatMoney(410000, 'EUR')).toBe('€410,000');
    expect(formatMoney(1200, 'SEK')).toBe('1,200 SEK');
    expect(formatPercent(0.64)).toBe('64%');
    expect(formatPercent(0.4167)).toBe('42%');
    expect(formatQuantity(45, '%')).toBe('45%');
    expect(formatQuantity(240000, 'USD')).toBe('$240,000');
    expect(formatQuantity(2, 'days')).toBe('2 days');
    expect(formatQuantity(1, 'days')).toBe('1 day');
    expect(formatQuantity(1, 'people')).toBe('1 person');
    expect(formatQuantity(1234.567, null)).toBe('1,234.57');
    expect(formatNumber(Number.NaN)).not.toContain('NaN');
  });
  it('writes dates in words and times with the zone', () => {
    expect(formatDateWords('2027-01-04')).toBe('Monday, 4 January 2027');
    expect(formatDateWords('2027-01-04', 'medium')).toBe('4 January 2027');
    expect(formatDateWords('2027-01-04', 'short')).toBe('4 January');
    expect(formatWhen('2027-01-04', '09:00', 'Europe/Berlin')).toBe('Monday, 4 January 2027 at 09:00 Berlin time');
    expect(formatWhen('2027-07-05', '14:30', 'America/New_York')).toBe('Monday, 5 July 2027 at 14:30 New York time');
    expect(formatWhen('2027-01-04', null, 'UTC')).toBe('Monday, 4 January 2027');
  });
  it('names a time zone as people say it, from its name alone', () => {
    expect(zoneLabel('Europe/Berlin')).toBe('Berlin time');
    expect(zoneLabel('America/Argentina/Buenos_Aires')).toBe('Buenos Aires time');
    expect(zoneLabel('US/Eastern')).toBe('US Eastern time');
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('Etc/UTC')).toBe('UTC');
    expect(zoneLabel('GMT')).toBe('UTC');
    expect(zoneLabel('Etc/GMT+5')).toBe('UTC-5');
    expect(zoneLabel('Etc/GMT-14')).toBe('UTC+14');
    expect(zoneLabel('CET')).toBe('CET');
    expect(zoneLabel('Japan')).toBe('Japan time');
    expect(formatTimeOfDay('09:00', 'Asia/Kolkata')).toBe('09:00 Kolkata time');
    expect(formatTimeOfDay('9 am', 'Asia/Kolkata')).toBe('9 am');
  });
  it('joins lists with commas and "and", pluralises, draws bars and ends sentences', () => {
    expect(formatList(['Ann'])).toBe('Ann');
    expect(formatList(['Ann', 'Bo'])).toBe('Ann and Bo');
    expect(formatList(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
    expect(formatList([null, 'Ann', '', undefined])).toBe('Ann');
    expect(plural(1, 'win')).toBe('1 win');
    expect(plural(3, 'story', 'stories')).toBe('3 stories');
    expect(formatProgressBar(0.64)).toBe('██████░░░░ 64%');
    expect(asSentence('repeat in March')).toBe('Repeat in March.');
    expect(asSentence('Done!')).toBe('Done!');
    expect(durationMinutes('1h30m')).toBe(90);
    expect(durationMinutes(undefined)).toBeNull();
  });
});
