/**
 * RFC 5545 rules inside a cadence ("RRULE:FREQ=..."). The rrule package does the calendar
 * work; this module checks a rule before the library sees it (the library accepts nonsense
 * such as COUNT=abc or BYDAY=XX silently or crashes on it) and keeps its expansion bounded.
 * Private to cadence.ts, which owns the cadence grammar.
 */
import rrulePkg from 'rrule';
import { closest } from '../words/suggest.js';
import { boundedMemo } from '../words/bounded-memo.js';
import { show } from '../words/text.js';
import { dayNumberOf, isIsoDate, isLeapYear, WEEKDAY_NAMES, weekdayOfDayNumber } from '../time/dates.js';

// rrule ships CommonJS for Node; its named exports are only reachable through the default.
const { RRule } = rrulePkg;

export const MAX_RRULE_COUNT = 10_000;
const MS_PER_DAY = 86_400_000;

export type RruleCheck = { ok: true; rule: string } | { ok: false; message: string; hint: string };

const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
const KEYS = [
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
  'BYHOUR',
  'BYMINUTE',
  'BYSECOND',
];
const DAY = '(MO|TU|WE|TH|FR|SA|SU)';
/** The numeric list parts: their range, and the frequencies RFC 5545 forbids them with. */
const NUMBER_LISTS: ReadonlyArray<{ key: string; max: number; signed: boolean; notWith: readonly string[] }> = [
  { key: 'BYMONTH', max: 12, signed: false, notWith: [] },
  { key: 'BYMONTHDAY', max: 31, signed: true, notWith: ['WEEKLY'] },
  { key: 'BYYEARDAY', max: 366, signed: true, notWith: ['DAILY', 'WEEKLY', 'MONTHLY'] },
  { key: 'BYWEEKNO', max: 53, signed: true, notWith: ['DAILY', 'WEEKLY', 'MONTHLY'] },
  { key: 'BYSETPOS', max: 366, signed: true, notWith: [] },
];
const EXAMPLE = 'e.g. "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1" for the first Monday of each month';

/**
 * A normalised rule ('RRULE:' + upper-case parts, no spaces) if Herald can use it, or a
 * message and hint for the person who wrote it.
 */
export function checkRrule(text: string): RruleCheck {
  const trimmed = text.trim();
  const fail = (reason: string, hint: string): RruleCheck => ({
    ok: false,
    message: `${show(trimmed.replace(/\s+/g, ' '))} is not a rule Herald can use: ${reason}`,
    hint,
  });
  const body = trimmed
    .replace(/^rrule:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (/DTSTART|TZID/i.test(trimmed)) {
    return fail(
      'it sets its own start or time zone',
      "Remove DTSTART and TZID: Herald starts the rule at the plan's start (or the channel's own `start`), in the plan's time zone.",
    );
  }
  if (/[\r\n]/.test(trimmed)) return fail('it spans several lines', `Write a single RRULE line, ${EXAMPLE}.`);
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [key = '', value, ...extra] = part.split('=');
    if (key === '' && value === undefined) continue; // a stray or trailing ";"
    if (value === undefined || value === '' || extra.length > 0)
      return fail(`"${part}" is not KEY=VALUE`, `Separate the parts with ";", ${EXAMPLE}.`);
    if (!KEYS.includes(key)) {
      const match = closest(key, KEYS);
      return fail(`it has an unknown part ${key}`, match !== undefined ? `Did you mean ${match}?` : `RFC 5545 parts: ${KEYS.join(', ')}.`);
    }
    if (parts.has(key)) return fail(`${key} appears twice`, `Give each part once; list several values with commas, e.g. BYDAY=MO,TH.`);
    parts.set(key, value);
  }
  const problem = checkParts(parts);
  if (problem !== null) return fail(problem[0], problem[1]);
  const rule = `RRULE:${[...parts].map(([key, value]) => `${key}=${value}`).join(';')}`;
  // The n-th weekday of a month, checked part by part above, is a rule the library reads.
  if (nthWeekdayOf(rule) !== null) return { ok: true, rule };
  try {
    // Last line of defence: whatever the library itself refuses.
    new RRule({ ...RRule.parseString(rule), dtstart: new Date(0) });
  } catch (error) {
    return fail(
      `the rrule library cannot read it (${error instanceof Error ? error.message : String(error)})`,
      `Check the rule against RFC 5545, ${EXAMPLE}.`,
    );
  }
  return { ok: true, rule };
}

/** The first problem with a rule's parts, as [reason, hint], or null. */
function checkParts(parts: Map<string, string>): [string, string] | null {
  const freq = parts.get('FREQ');
  if (freq === undefined) return ['it has no FREQ', `Start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, ${EXAMPLE}.`];
  if (['HOURLY', 'MINUTELY', 'SECONDLY'].includes(freq)) {
    return [
      `FREQ=${freq} repeats more often than once a day`,
      'Touchpoints happen at most daily: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.',
    ];
  }
  if (!FREQS.includes(freq)) return [`FREQ=${freq} is not a frequency`, 'Use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.'];
  for (const key of ['BYHOUR', 'BYMINUTE', 'BYSECOND']) {
    if (parts.has(key))
      return [`it sets ${key}`, 'The time of day comes from the channel\'s `time` (e.g. time: "09:00"); remove it from the rule.'];
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return ['it has both COUNT and UNTIL', 'Keep one of them (RFC 5545 allows only one).'];
  const count = parts.get('COUNT');
  if (count !== undefined && !inRange(count, 1, MAX_RRULE_COUNT))
    return [`COUNT=${count} is not a number from 1 to ${MAX_RRULE_COUNT}`, "Use a smaller COUNT, or none: the plan's end stops the rule."];
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !inRange(interval, 1, 10_000))
    return [`INTERVAL=${interval} is not a whole number of 1 or more`, 'E.g. INTERVAL=2 for every other week with FREQ=WEEKLY.'];
  const until = parts.get('UNTIL');
  if (until !== undefined && !isUntil(until)) return [`UNTIL=${until} is not a date`, 'Write UNTIL as YYYYMMDD, e.g. UNTIL=20270630.'];
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !new RegExp(`^${DAY}$`).test(wkst))
    return [`WKST=${wkst} is not a weekday`, 'Use MO, TU, WE, TH, FR, SA or SU.'];
  for (const { key, max, signed, notWith } of NUMBER_LISTS) {
    const value = parts.get(key);
    if (value === undefined) continue;
    if (notWith.includes(freq))
      return [
        `${key} does not go with FREQ=${freq}`,
        `RFC 5545 allows ${key} only with ${FREQS.filter((f) => !notWith.includes(f)).join(' or ')}.`,
      ];
    const ok = value
      .split(',')
      .every((item) => /^[+-]?\d{1,3}$/.test(item) && Number(item) !== 0 && Math.abs(Number(item)) <= max && (signed || Number(item) > 0));
    if (!ok)
      return [
        `${key}=${value} is out of range`,
        `${key} takes ${signed ? `1 to ${max} or -1 to -${max}` : `1 to ${max}`}, separated by commas.`,
      ];
  }
  const byday = parts.get('BYDAY');
  if (byday !== undefined) {
    for (const item of byday.split(',')) {
      const match = new RegExp(`^([+-]?\\d{1,2})?${DAY}$`).exec(item);
      if (match === null)
        return [
          `BYDAY=${byday} has "${item}", which is not a weekday`,
          'Use MO, TU, WE, TH, FR, SA or SU, optionally with a position: 1MO, -1FR.',
        ];
      if (match[1] !== undefined) {
        const n = Math.abs(Number(match[1]));
        if (freq !== 'MONTHLY' && freq !== 'YEARLY')
          return [
            `BYDAY=${item} has a position, which FREQ=${freq} does not take`,
            'Positions such as 1MO or -1FR go with FREQ=MONTHLY or YEARLY.',
          ];
        if (n === 0 || n > (freq === 'MONTHLY' ? 5 : 53))
          return [
            `BYDAY=${item} asks for a position no ${freq === 'MONTHLY' ? 'month' : 'year'} has`,
            'Use 1 to 4 or -1 (last), e.g. BYDAY=1MO or BYDAY=-1FR.',
          ];
      }
    }
  }
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((key) => key.startsWith('BY') && key !== 'BYSETPOS')) {
    return [
      'BYSETPOS has nothing to pick from',
      'Use it with another BY part, e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 for the last working day.',
    ];
  }
  return null;
}

function inRange(text: string, min: number, max: number): boolean {
  return /^\d{1,6}$/.test(text) && Number(text) >= min && Number(text) <= max;
}

function isUntil(text: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(text);
  return match !== null && isIsoDate(`${match[1]}-${match[2]}-${match[3]}`);
}

/**
 * The days of a checked rule from `start` (its DTSTART) on, inside lower..upper (day numbers,
 * inclusive), at most `max` of them.
 *
 * Bounding this is subtle: the library only looks at the bounds when a day matches, so a rule
 * that rarely or never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) walks day by day to the
 * year 9999. Two exact tricks keep that short. DAILY and WEEKLY rules without COUNT start at
 * the last whole period before `lower` instead of at `start`. And the whole computation is
 * moved forward by a number of years whose calendar is identical (same leap years, same
 * weekday on each 1 January) so that `upper` lands just before 9999, leaving the library
 * little to walk through.
 */
export function expandRrule(rule: string, start: number, lower: number, upper: number, max: number): number[] {
  if (lower > upper) return [];
  const options = RRule.parseString(rule);
  let first = start;
  if (options.count == null && (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY)) {
    const period = (options.freq === RRule.DAILY ? 1 : 7) * (options.interval ?? 1);
    first = start + Math.max(0, Math.floor((lower - start) / period)) * period;
  }
  const untilDay = options.until == null ? upper : Math.min(upper, Math.floor(options.until.getTime() / MS_PER_DAY));
  const shift = calendarShift(yearOf(first), yearOf(upper));
  const moved = (day: number): Date => {
    const at = new Date(day * MS_PER_DAY);
    at.setUTCFullYear(at.getUTCFullYear() + shift);
    return at;
  };
  const library = new RRule({ ...options, dtstart: moved(first), until: moved(untilDay) }, true);
  const found = library.between(moved(Math.max(lower, start)), moved(upper), true, (_date, length) => length < max);
  const days = found.map((date) => dayNumberOf(date.getUTCFullYear() - shift, date.getUTCMonth() + 1, date.getUTCDate()));
  return [...new Set(days)];
}

/**
 * A plain-English reading of a checked rule, or "custom rule (RRULE:...)" where the library's
 * would mislead. The n-th weekday of every month or few months (FREQ=MONTHLY;BYDAY=TU;
 * BYSETPOS=2), the common shape the library reads wrongly, is read here.
 */
export function describeRrule(rule: string): string {
  const nth = nthWeekdayRule(rule);
  if (nth !== null) return nth;
  try {
    const library = new RRule(RRule.parseString(rule));
    // The library's wording ignores BYSETPOS ("every month on Monday" for the first Monday).
    if (!rule.includes('BYSETPOS') && library.isFullyConvertibleToText()) return library.toText();
  } catch {
    // Fall through to the rule itself.
  }
  return `custom rule (${rule})`;
}

const RULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** "monthly on the second Tuesday", "every 2 months on the last Friday", or null for other rules. */
function nthWeekdayRule(rule: string): string | null {
  const nth = nthWeekdayOf(rule);
  if (nth === null) return null;
  const every = nth.interval === 1 ? 'monthly' : nth.interval === 3 ? 'quarterly' : `every ${nth.interval} months`;
  return `${every} on the ${ORDINALS[String(nth.ordinal)]} ${WEEKDAY_NAMES[nth.weekday - 1]}`;
}

/** The n-th weekday of every month or few months, read from a checked rule, or null for other rules. */
export interface NthWeekday {
  interval: number;
  /** 1 (the first) to 4, or -1 (the last). */
  ordinal: 1 | 2 | 3 | 4 | -1;
  /** 1 = Monday .. 7 = Sunday. */
  weekday: number;
}

/**
 * A checked rule (RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2, with INTERVAL and WKST at most) read
 * as the n-th weekday of every month or few months, or null when it is any other rule. The
 * answer is kept: a schedule asks about each channel's rule for every window.
 */
export const nthWeekdayOf: (rule: string) => NthWeekday | null = boundedMemo(readNthWeekday);

function readNthWeekday(rule: string): NthWeekday | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'WKST']);
  if (parts.get('FREQ') !== 'MONTHLY' || [...parts.keys()].some((key) => !known.has(key))) return null;
  const weekday = RULE_DAYS.indexOf(parts.get('BYDAY') ?? '') + 1;
  const ordinal = Number(parts.get('BYSETPOS'));
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (weekday === 0 || !(ordinal === -1 || (ordinal >= 1 && ordinal <= 4)) || !Number.isInteger(interval) || interval < 1) return null;
  return { interval, ordinal: ordinal as NthWeekday['ordinal'], weekday };
}

function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * The largest number of years, keeping `toYear` at most 9998, by which every year from
 * fromYear - 1 to toYear + 1 can move without its calendar changing; 0 if none or if the
 * span is too long to be worth it. Every 400 years qualify, so the tail left is short.
 */
export function calendarShift(fromYear: number, toYear: number): number {
  if (toYear - fromYear > 400 || fromYear < 1) return 0;
  for (let shift = 9998 - toYear; shift > 0; shift--) {
    let same = true;
    for (let year = fromYear - 1; same && year <= toYear + 1; year++) {
      same =
        isLeapYear(year) === isLeapYear(year + shift) &&
        weekdayOfDayNumber(dayNumberOf(year, 1, 1)) === weekdayOfDayNumber(dayNumberOf(year + shift, 1, 1));
    }
    if (same) return shift;
  }
  return 0;
}
