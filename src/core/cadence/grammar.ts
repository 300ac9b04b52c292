/**
 * The words of the cadence grammar ("weekly on tuesday", "monthly on the first monday") and
 * the hints for near misses. Private to cadence.ts, which is the public face of cadences;
 * kept apart so that each file stays readable.
 */
import { isIsoDate, type IsoDate } from '../time/dates.js';
import { closest } from '../words/suggest.js';
import { capitalise, show } from '../words/text.js';

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

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// Maps, not object literals: user words such as "constructor" must not find Object.prototype.
const WEEKDAY_ALIASES = new Map([
  ['tues', 2],
  ['weds', 3],
  ['thur', 4],
  ['thurs', 4],
]);
const ORDINALS = new Map<string, 1 | 2 | 3 | 4 | -1>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['last', -1],
]);
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'last'];
const HEADS = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'once', 'every'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export const FORMS_HINT = `Write a cadence such as ${CADENCE_FORMS.map((form) => `"${form}"`).join(', ')}. "daily" means Monday to Friday.`;

type Fail = { ok: false; message: string; hint: string };

/** Reads a cadence already trimmed, with single spaces, split into lower-case words. */
export function parseWords(text: string, words: string[]): CadenceParse {
  const fail = (reason: string | null, hint: string): Fail => ({
    ok: false,
    message: `${show(text)} is not a cadence Herald can read${reason === null ? '' : `: ${reason}`}`,
    hint,
  });
  // "did you mean" with `count` words replaced, offered only when the result is itself a cadence.
  const instead = (index: number, replacement: string, otherwise: string, count = 1): Fail => {
    const fixed = [...words.slice(0, index), replacement, ...words.slice(index + count)].join(' ');
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
    if (a === 'the' && /^\d{1,2}$/.test(b) && c === '') return instead(offset + 1, `day ${b}`, FORMS_HINT, 2);
    if (weekdayOf(a) !== null && b === '') {
      return fail(
        `which ${weekdayWord(weekdayOf(a) ?? 1)} of the month?`,
        `Say which, e.g. "${words.slice(0, offset + 1).join(' ')} the first ${a}" or "... the last ${a}".`,
      );
    }
    if (a !== 'the' || b === '') return fail(null, FORMS_HINT);
    const numbered = /^(\d{1,2})(st|nd|rd|th)$/.exec(b);
    if (numbered !== null && c === '') return instead(offset + 1, `day ${numbered[1] ?? ''}`, FORMS_HINT, 2);
    if (b === 'last' && c === 'day')
      return fail('"the last day" is not a form Herald reads', `For the last day of each month write "${rrule};BYMONTHDAY=-1".`);
    if (c === '') return fail(null, FORMS_HINT);
    const ordinal = ORDINALS.get(b);
    const weekday = weekdayOf(c);
    if (ordinal !== undefined && weekday !== null) return ok({ kind: 'monthly', interval, day: null, ordinal, weekday });
    const position = numbered !== null ? Number(numbered[1]) : NUMBER_WORDS.indexOf(b) === 4 || b === 'fifth' ? 5 : null;
    if (position !== null && position >= 1 && position <= 4) return instead(offset + 2, ORDINAL_WORDS[position - 1] ?? 'first', FORMS_HINT);
    if (position === 5 || b === 'fifth') {
      const name = weekday === null ? c : weekdayWord(weekday);
      const code = weekday === null ? 'MO' : name.slice(0, 2).toUpperCase();
      return fail(
        `not every month has a fifth ${name}`,
        `Use first, second, third, fourth or last (e.g. "on the last ${c}"); for fifth ${name}s only, write "${rrule};BYDAY=5${code}".`,
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
  return index >= 0 ? index + 1 : (WEEKDAY_ALIASES.get(word) ?? null);
}

export function weekdayWord(weekday: number): string {
  return capitalise(WEEKDAYS[weekday - 1] ?? 'monday');
}
