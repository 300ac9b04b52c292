/**
 * The cadence grammar as one regular expression, for the JSON Schema that editors check the
 * plan with. JSON Schema patterns take no flags, so the expression spells each letter in both
 * cases; it allows any spacing, as parseCadence does. It accepts exactly what the grammar
 * accepts (a test holds the two together), except that an `RRULE:` line is taken on its shape
 * only: its parts are checked by `validate`.
 */
import { EXACT_DATE_PATTERN } from '../plan/formats.js';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** As cadence-grammar's weekdayOf reads them: the name, its plural, three letters, four aliases. */
const WEEKDAY_WORDS = [...WEEKDAY_NAMES.flatMap((name) => [name, `${name}s`, name.slice(0, 3)]), 'tues', 'weds', 'thur', 'thurs'];

const any = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
const _ = '\\s+';
const WEEKDAY = any(WEEKDAY_WORDS);
/** 1 to 520 weeks, written as digits (a sign and leading zeros are read too). */
const WEEKS = '\\+?0*(?:[1-9]\\d?|[1-4]\\d\\d|5[01]\\d|520)';
/** A day of the month, 1 to 31, in at most three digits. */
const MONTH_DAY = '(?:0{0,2}[1-9]|0?[12]\\d|0?3[01])';
const DATE = EXACT_DATE_PATTERN.slice(1, -1);

const ON_WEEKDAY = `(?:${_}on${_}${WEEKDAY})?`;
const IN_MONTH = `(?:${_}on${_}(?:day${_}${MONTH_DAY}|the${_}${any(['first', 'second', 'third', 'fourth', 'last'])}${_}${WEEKDAY}))?`;

const FORMS = [
  'daily',
  `(?:weekly|bi-?weekly|every${_}(?:other${_})?weeks?|every${_}${WEEKS}${_}weeks?)${ON_WEEKDAY}`,
  `every${_}(?:other${_})?${WEEKDAY}`,
  `every${_}weekdays?`,
  `(?:monthly|quarterly|every${_}(?:months?|quarters?)|every${_}\\+?0*[13]${_}months?)${IN_MONTH}`,
  `once${_}on${_}(?:${DATE})`,
];

/** Letters outside escapes as [xX], so the pattern needs no case-insensitive flag. */
function bothCases(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i += 1;
    } else out += /[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char;
  }
  return out;
}

/** `RRULE:` and at least one more character on the line; the rule's parts are validate's to check. */
const RRULE = 'rrule:[^\\r\\n]*\\S';

export const CADENCE_PATTERN = bothCases(`^\\s*(?:${FORMS.join('|')}|${RRULE})\\s*$`);
