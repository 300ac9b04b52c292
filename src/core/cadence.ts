/**
 * The cadence grammar ("weekly on tuesday", "monthly on the first monday", "RRULE:...") and
 * how each form counts. validate uses parseCadence, schedule uses expandCadence: one place,
 * so every user of a plan gets the same calendar. RFC 5545 rules live in cadence-rrule.ts.
 */
import { checkRrule, describeRrule, expandRrule } from './cadence-rrule.js';
import {
  dateOfDayNumber,
  dateParts,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  formatDate,
  formatLongDate,
  isIsoDate,
  weekdayOfDayNumber,
  type IsoDate,
} from './dates.js';
import { closest } from './suggest.js';
import { show } from './text.js';

export type Cadence =
  | { kind: 'once'; date: IsoDate }
  /** Monday to Friday. */
  | { kind: 'daily' }
  /** Every `interval` weeks on an ISO weekday (1 = Monday), or on the start's weekday. */
  | { kind: 'weekly'; interval: number; weekday: number | null }
  /** Interval 3 is quarterly. `day`, or `ordinal` with `weekday`, or neither (the start's day). */
  | { kind: 'monthly'; interval: 1 | 3; day: number | null; ordinal: 1 | 2 | 3 | 4 | -1 | null; weekday: number | null }
  /** A checked, normalised RFC 5545 rule: 'RRULE:FREQ=...'. */
  | { kind: 'rrule'; rule: string };

export type CadenceParse = { ok: true; cadence: Cadence } | { ok: false; message: string; hint: string };

/** Bounds inclusive: the plan's start..end, or a channel's own, narrowed by the caller. */
export interface CadenceRange {
  start: IsoDate;
  end: IsoDate;
}

/** Safety cap on the dates one expansion returns (about 38 years of working days). */
export const MAX_OCCURRENCES = 10_000;

/** Accepted forms, each itself a valid cadence, for hints and documentation. */
export const CADENCE_FORMS: readonly string[] = [
  'daily',
  'weekly on tuesday',
  'every 2 weeks on thursday',
  'biweekly',
  'monthly on the first monday',
  'monthly on day 15',
  'quarterly on the last friday',
  'quarterly on day 15',
  'once on 2027-02-03',
  'RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ALIASES: Record<string, number> = { tues: 2, weds: 3, thur: 4, thurs: 4 };
const ORDINALS: Record<string, 1 | 2 | 3 | 4 | -1> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'last'];
const HEADS = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'once', 'every'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const FORMS_HINT = `Write a cadence such as ${CADENCE_FORMS.map((form) => `"${form}"`).join(', ')}. "daily" means Monday to Friday.`;

type Fail = { ok: false; message: string; hint: string };

/** Reads a cadence, case-insensitively and whatever the spacing. Never throws. */
export function parseCadence(text: string): CadenceParse {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return { ok: false, message: 'The cadence is empty', hint: FORMS_HINT };
  if (/^rrule:/i.test(clean)) {
    const checked = checkRrule(text);
    return checked.ok ? { ok: true, cadence: { kind: 'rrule', rule: checked.rule } } : checked;
  }
  return parseWords(clean, clean.toLowerCase().split(' '));
}

function parseWords(text: string, words: string[]): CadenceParse {
  const fail = (reason: string | null, hint: string): Fail => ({
    ok: false,
    message: `${show(text)} is not a cadence Herald can read${reason === null ? '' : `: ${reason}`}`,
    hint,
  });
  // "did you mean" with one word replaced, offered only when the result is itself a cadence.
  const instead = (index: number, replacement: string, otherwise: string): Fail => {
    const fixed = words.map((word, i) => (i === index ? replacement : word)).join(' ');
    return fail(null, parseWords(fixed, fixed.split(' ')).ok ? `Did you mean "${fixed}"?` : otherwise);
  };
  const at = words.indexOf('at');
  if (at > 0 && at === words.length - 2) {
    const rest = words.slice(0, at).join(' ');
    const example = parseWords(rest, words.slice(0, at)).ok ? `"${rest}"` : 'the cadence';
    return fail(
      'the time of day does not belong in it',
      `Write ${example} here and the time in the channel's \`time\`, e.g. time: "09:00".`,
    );
  }
  if (/^freq=/i.test(text)) return fail(null, `Start an RFC 5545 rule with "RRULE:", e.g. "RRULE:${text.toUpperCase()}".`);
  const [head = '', ...rest] = words;
  const ok = (cadence: Cadence): CadenceParse => ({ ok: true, cadence });

  const weekly = (interval: number, tail: string[], offset: number): CadenceParse => {
    if (tail.length === 0) return ok({ kind: 'weekly', interval, weekday: null });
    if (tail[0] !== 'on')
      return weekdayOf(tail[0] ?? '') !== null ? instead(offset, `on ${tail[0] ?? ''}`, FORMS_HINT) : fail(null, FORMS_HINT);
    const [, what = '', ...more] = tail;
    if (what === '') return fail('on which day?', 'Name a day of the week, e.g. "weekly on tuesday".');
    if (what === 'the' || what === 'day') {
      return fail(
        `"on ${what} ..." is for monthly and quarterly cadences`,
        'For one day a week write e.g. "weekly on monday"; for one day a month "monthly on the first monday" or "monthly on day 15".',
      );
    }
    const weekday = weekdayOf(what);
    if (weekday !== null && more.length === 0) return ok({ kind: 'weekly', interval, weekday });
    const days = tail
      .slice(1)
      .map((word) => word.replace(/,$/, ''))
      .filter((word) => word !== 'and' && word !== '');
    if (days.length > 1 && days.every((word) => weekdayOf(word) !== null)) {
      const byday = days.map((word) => WEEKDAYS[(weekdayOf(word) ?? 1) - 1]?.slice(0, 2).toUpperCase()).join(',');
      return fail(
        'it names several days',
        `Herald's weekly forms take one day; for several write an RFC 5545 rule, e.g. "RRULE:FREQ=WEEKLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYDAY=${byday}".`,
      );
    }
    if (weekday === null && more.length === 0) return misspeltWeekday(what, offset + 1);
    return fail(null, FORMS_HINT);
  };

  const monthly = (interval: 1 | 3, tail: string[], offset: number): CadenceParse => {
    const rrule = interval === 3 ? 'RRULE:FREQ=MONTHLY;INTERVAL=3' : 'RRULE:FREQ=MONTHLY';
    if (tail.length === 0) return ok({ kind: 'monthly', interval, day: null, ordinal: null, weekday: null });
    if (tail[0] !== 'on') return fail(null, FORMS_HINT);
    const [, a = '', b = '', c = '', ...more] = tail;
    if (more.length > 0) return fail(null, FORMS_HINT);
    if (a === 'day' && c === '') {
      if (!/^\d{1,3}$/.test(b))
        return fail(`"${b}" is not a day of the month`, 'Write the day as a number from 1 to 31, e.g. "monthly on day 15".');
      const day = Number(b);
      if (day < 1 || day > 31)
        return fail(
          `there is no day ${day} in a month`,
          'Use a day from 1 to 31, e.g. "monthly on day 15"; from 1 to 28 every month has it.',
        );
      return ok({ kind: 'monthly', interval, day, ordinal: null, weekday: null });
    }
    if (/^\d{1,2}$/.test(a) && b === '') return instead(offset + 1, `day ${a}`, FORMS_HINT);
    if (weekdayOf(a) !== null && b === '') {
      return fail(
        `which ${capital(a)} of the month?`,
        `Say which, e.g. "${words.slice(0, offset + 1).join(' ')} the first ${a}" or "... the last ${a}".`,
      );
    }
    if (a !== 'the' || b === '') return fail(null, FORMS_HINT);
    const numbered = /^(\d{1,2})(st|nd|rd|th)$/.exec(b);
    if (numbered !== null && c === '') return instead(offset + 1, `day ${numbered[1] ?? ''}`, FORMS_HINT);
    if (b === 'last' && c === 'day')
      return fail('"the last day" is not a form Herald reads', `For the last day of each month write "${rrule};BYMONTHDAY=-1".`);
    if (c === '') return fail(null, FORMS_HINT);
    const ordinal = ORDINALS[b];
    const weekday = weekdayOf(c);
    if (ordinal !== undefined && weekday !== null) return ok({ kind: 'monthly', interval, day: null, ordinal, weekday });
    const position = numbered !== null ? Number(numbered[1]) : NUMBER_WORDS.indexOf(b) === 4 || b === 'fifth' ? 5 : null;
    if (position !== null && position >= 1 && position <= 4) return instead(offset + 2, ORDINAL_WORDS[position - 1] ?? 'first', FORMS_HINT);
    if (position === 5 || b === 'fifth') {
      const code = (WEEKDAYS[(weekday ?? 1) - 1] ?? 'monday').slice(0, 2).toUpperCase();
      return fail(
        `not every month has a fifth ${capital(c)}`,
        `Use first, second, third, fourth or last (e.g. "on the last ${c}"); for fifth ${capital(c)}s only, write "${rrule};BYDAY=5${code}".`,
      );
    }
    if (ordinal === undefined) {
      const match = closest(b, ORDINAL_WORDS);
      return match !== undefined
        ? instead(offset + 2, match, FORMS_HINT)
        : fail(`"${b}" is not a position in the month`, 'Use first, second, third, fourth or last, e.g. "monthly on the last friday".');
    }
    return misspeltWeekday(c, offset + 3);
  };

  const misspeltWeekday = (word: string, index: number): Fail => {
    const match = closest(word, WEEKDAYS);
    return match !== undefined
      ? instead(index, match, `Did you mean "${match}"?`)
      : fail(`"${word}" is not a day of the week`, 'Name a day of the week: monday to sunday, or mon to sun.');
  };

  switch (head) {
    case 'daily':
      if (rest.length === 0) return ok({ kind: 'daily' });
      return fail(
        '"daily" means every working day and takes no day',
        weekdayOf(rest[1] ?? '') !== null ? `For one day a week write "weekly on ${rest[1] ?? ''}".` : FORMS_HINT,
      );
    case 'weekly':
      return weekly(1, rest, 1);
    case 'biweekly':
    case 'bi-weekly':
      return weekly(2, rest, 1);
    case 'monthly':
      return monthly(1, rest, 1);
    case 'quarterly':
      return monthly(3, rest, 1);
    case 'once': {
      const [on = '', date = '', ...more] = rest;
      if (on !== 'on' && /^\d{4}-\d{2}-\d{2}$/.test(on) && date === '') return instead(1, `on ${on}`, FORMS_HINT);
      if (on !== 'on' || date === '' || more.length > 0)
        return fail('on which date?', 'Write the date as YYYY-MM-DD, e.g. "once on 2027-02-03".');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        return fail(`"${date}" is not a date`, 'Write the date as YYYY-MM-DD, e.g. "once on 2027-02-03".');
      if (!isIsoDate(date)) return fail(`${date} is not a real date`, 'Check the month and the day, e.g. "once on 2027-02-28".');
      return ok({ kind: 'once', date });
    }
    case 'every':
      return parseEvery();
    default:
      return parseUnknownHead();
  }

  function parseEvery(): CadenceParse {
    const [what = '', unit = '', ...tail] = rest;
    if (what === 'week' || what === 'weeks') return weekly(1, rest.slice(1), 2);
    if (what === 'other' && (unit === 'week' || unit === 'weeks')) return weekly(2, tail, 3);
    if (what === 'other' && weekdayOf(unit) !== null && tail.length === 0)
      return ok({ kind: 'weekly', interval: 2, weekday: weekdayOf(unit) });
    if (weekdayOf(what) !== null && unit === '') return ok({ kind: 'weekly', interval: 1, weekday: weekdayOf(what) });
    if ((what === 'weekday' || what === 'weekdays') && unit === '') return ok({ kind: 'daily' });
    if (what === 'month' || what === 'months') return monthly(1, rest.slice(1), 2);
    if (what === 'quarter' || what === 'quarters') return monthly(3, rest.slice(1), 2);
    if (what === 'day') return fail(null, `Herald's "daily" means Monday to Friday; for every day of the week write "RRULE:FREQ=DAILY".`);
    if (what === 'fortnight')
      return fail(null, `For every two weeks write "every 2 weeks" or "biweekly", e.g. "every 2 weeks on thursday".`);
    if (what === 'year') return fail(null, 'For once a year write an RFC 5545 rule, e.g. "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15".');
    if (NUMBER_WORDS.includes(what))
      return instead(1, String(NUMBER_WORDS.indexOf(what) + 1), 'Write the number in digits, e.g. "every 2 weeks".');
    if (/^[+-]?\d+$/.test(what)) {
      const n = Number(what);
      if (/^(weeks?)$/.test(unit)) {
        if (n < 1)
          return fail(`it repeats every ${what} weeks`, 'The number of weeks must be 1 or more, e.g. "every 2 weeks on thursday".');
        if (n > 520) return fail(`${what} weeks is more than ten years`, 'Use at most 520 weeks, or "once on YYYY-MM-DD".');
        return weekly(n, tail, 3);
      }
      if (/^(months?)$/.test(unit) && (n === 1 || n === 3)) return monthly(n, tail, 3);
      if (/^(months?)$/.test(unit))
        return fail(
          `Herald's forms repeat every month or every 3 months`,
          n < 1 ? 'The number must be 1 or more.' : `For every ${n} months write "RRULE:FREQ=MONTHLY;INTERVAL=${n}".`,
        );
      if (/^(days?)$/.test(unit))
        return fail(
          null,
          n < 1
            ? 'The number must be 1 or more.'
            : `For every ${n} days write "RRULE:FREQ=DAILY;INTERVAL=${n}", or use "daily" for Monday to Friday.`,
        );
      if (/^(years?)$/.test(unit))
        return fail(null, n < 1 ? 'The number must be 1 or more.' : `For every ${n} years write "RRULE:FREQ=YEARLY;INTERVAL=${n}".`);
      const match = closest(unit, ['weeks', 'months']);
      return match !== undefined ? instead(2, match, FORMS_HINT) : fail(null, FORMS_HINT);
    }
    const match = closest(what, ['week', 'other', 'weekday', 'month', 'quarter', ...WEEKDAYS]);
    return match !== undefined ? instead(1, match, FORMS_HINT) : fail(null, FORMS_HINT);
  }

  function parseUnknownHead(): CadenceParse {
    if (/^\d{4}-\d{2}-\d{2}$/.test(head) && rest.length === 0) return instead(0, `once on ${head}`, FORMS_HINT);
    if (head === 'on' && rest.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(rest[0] ?? '')) return instead(0, 'once on', FORMS_HINT);
    if (weekdayOf(head) !== null && rest.length === 0)
      return instead(0, `weekly on ${WEEKDAYS[(weekdayOf(head) ?? 1) - 1] ?? ''}`, FORMS_HINT);
    if (head === 'fortnightly') return fail(null, 'For every two weeks write "every 2 weeks" or "biweekly".');
    if (head === 'yearly' || head === 'annually')
      return fail(null, 'For once a year write an RFC 5545 rule, e.g. "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15".');
    if (['hourly', 'minutely', 'secondly'].includes(head)) return fail('touchpoints happen at most daily', FORMS_HINT);
    const match = closest(head, HEADS);
    return match !== undefined ? instead(0, match, `Did you mean "${match}"? ${FORMS_HINT}`) : fail(null, FORMS_HINT);
  }
}

/** ISO weekday of 'monday', 'mondays', 'mon', 'thurs'…, or null. */
function weekdayOf(word: string): number | null {
  const index = WEEKDAYS.findIndex((name) => word === name || word === `${name}s` || word === name.slice(0, 3));
  return index >= 0 ? index + 1 : (WEEKDAY_ALIASES[word] ?? null);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The dates of a cadence inside `range` (and inside `window` when given), in order, all
 * bounds inclusive, at most MAX_OCCURRENCES. Work is proportional to the window, not the
 * range, except for RFC 5545 rules that must count from the start (COUNT, MONTHLY, YEARLY).
 */
export function expandCadence(cadence: Cadence, range: CadenceRange, window?: { from: IsoDate; to: IsoDate }): IsoDate[] {
  const start = dayNumber(range.start);
  const lower = window === undefined ? start : Math.max(start, dayNumber(window.from));
  const upper = window === undefined ? dayNumber(range.end) : Math.min(dayNumber(range.end), dayNumber(window.to));
  if (lower > upper) return [];
  return expandDays(cadence, start, lower, upper).slice(0, MAX_OCCURRENCES).map(dateOfDayNumber);
}

function expandDays(cadence: Cadence, start: number, lower: number, upper: number): number[] {
  const days: number[] = [];
  switch (cadence.kind) {
    case 'once': {
      const day = dayNumber(cadence.date);
      return day >= lower && day <= upper ? [day] : [];
    }
    case 'daily':
      for (let day = lower; day <= upper && days.length < MAX_OCCURRENCES; day++) if (weekdayOfDayNumber(day) <= 5) days.push(day);
      return days;
    case 'weekly': {
      // The first matching day on or after the start, then every `interval` weeks from it.
      const weekday = cadence.weekday ?? weekdayOfDayNumber(start);
      const first = start + ((weekday - weekdayOfDayNumber(start) + 7) % 7);
      const step = 7 * Math.max(1, cadence.interval);
      const skip = lower > first ? Math.ceil((lower - first) / step) : 0;
      for (let day = first + skip * step; day <= upper && days.length < MAX_OCCURRENCES; day += step) days.push(day);
      return days;
    }
    case 'monthly': {
      // Months are counted from the start's month; a month's match before the start is dropped.
      const from = dateParts(dateOfDayNumber(start));
      const startMonth = from.year * 12 + from.month - 1;
      const low = monthIndexOf(lower);
      let month = startMonth + Math.max(0, Math.ceil((low - startMonth) / cadence.interval)) * cadence.interval;
      for (; month <= monthIndexOf(upper) && days.length < MAX_OCCURRENCES; month += cadence.interval) {
        const day = dayInMonth(cadence, Math.floor(month / 12), (month % 12) + 1, from.day);
        if (day !== null && day >= lower && day <= upper) days.push(day);
      }
      return days;
    }
    case 'rrule':
      return expandRrule(cadence.rule, start, lower, upper, MAX_OCCURRENCES);
  }
}

function monthIndexOf(day: number): number {
  const { year, month } = dateParts(dateOfDayNumber(day));
  return year * 12 + month - 1;
}

/** The day number of a monthly cadence's date in one month, or null when that month lacks it. */
function dayInMonth(cadence: Extract<Cadence, { kind: 'monthly' }>, year: number, month: number, startDay: number): number | null {
  const length = daysInMonth(year, month);
  if (cadence.ordinal !== null && cadence.weekday !== null) {
    if (cadence.ordinal === -1) {
      const last = dayNumberOf(year, month, length);
      return last - ((weekdayOfDayNumber(last) - cadence.weekday + 7) % 7);
    }
    const first = dayNumberOf(year, month, 1);
    return first + ((cadence.weekday - weekdayOfDayNumber(first) + 7) % 7) + 7 * (cadence.ordinal - 1);
  }
  const day = cadence.day ?? startDay;
  return day <= length ? dayNumberOf(year, month, day) : null; // no clamping, as RFC 5545
}

/**
 * The months in `range` (first day of each, e.g. '2027-04-01') where a monthly or quarterly
 * cadence asks for a day the month does not have, so validate can warn. A month counts when
 * its would-be date falls inside the range: with day 31 and a range ending 2027-06-30, June is
 * listed; ending 2027-06-15, it is not. Weekly forms, ordinals and RFC 5545 rules never skip here.
 */
export function cadenceSkips(cadence: Cadence, range: CadenceRange): IsoDate[] {
  if (cadence.kind !== 'monthly' || (cadence.ordinal !== null && cadence.weekday !== null)) return [];
  const start = dateParts(range.start);
  const wanted = cadence.day ?? start.day;
  const startDay = dayNumber(range.start);
  const endDay = dayNumber(range.end);
  const skipped: IsoDate[] = [];
  for (let month = start.year * 12 + start.month - 1; skipped.length < MAX_OCCURRENCES; month += cadence.interval) {
    const year = Math.floor(month / 12);
    const monthOfYear = (month % 12) + 1;
    const last = dayNumberOf(year, monthOfYear, daysInMonth(year, monthOfYear));
    if (last > endDay) break;
    if (wanted > daysInMonth(year, monthOfYear) && last >= startDay) skipped.push(formatDate(year, monthOfYear, 1));
  }
  return skipped;
}

/** A short plain-English reading, for schedules and briefs. */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'once':
      return `once on ${formatLongDate(cadence.date)}`;
    case 'daily':
      return 'every weekday';
    case 'weekly': {
      const day = cadence.weekday === null ? null : weekdayName(cadence.weekday);
      if (cadence.interval === 1) return day === null ? 'weekly' : `weekly on ${day}`;
      if (cadence.interval === 2) return day === null ? 'every other week' : `every other ${day}`;
      return day === null ? `every ${cadence.interval} weeks` : `every ${cadence.interval} weeks on ${day}`;
    }
    case 'monthly': {
      const every = cadence.interval === 3 ? 'quarterly' : 'monthly';
      if (cadence.ordinal !== null && cadence.weekday !== null) {
        return `${every} on the ${ORDINAL_WORDS[cadence.ordinal === -1 ? 4 : cadence.ordinal - 1] ?? ''} ${weekdayName(cadence.weekday)}`;
      }
      return cadence.day === null ? every : `${every} on day ${cadence.day}`;
    }
    case 'rrule':
      return describeRrule(cadence.rule);
  }
}

function weekdayName(weekday: number): string {
  return capital(WEEKDAYS[weekday - 1] ?? 'monday');
}
