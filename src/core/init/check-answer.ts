/**
 * Checks of single answers, shared by the prompts (shown under the question as it is typed)
 * and the flags (an error, exit 2). Each returns true or the message to show.
 */
import { parseCadence } from '../cadence/cadence.js';
import { compareDates, isClockTime, isIsoDate, type IsoDate } from '../time/dates.js';
import { durationMinutes } from '../time/duration.js';
import { SLUG_PATTERN } from '../plan/formats.js';
import { closest, slugify } from '../words/suggest.js';
import { readMeasurementValue } from '../goals/measurement-value.js';
import { resolveTimeZone } from '../time/zone-resolver.js';

export type Check = (value: string) => true | string;

export const checkText: Check = (value) => (value.trim() === '' ? 'Please write something here.' : true);

export const checkDate: Check = (value) => (isIsoDate(value.trim()) ? true : 'Write a date that exists, as YYYY-MM-DD (e.g. 2027-03-31).');

/** A date on or after `from` (and on or before `to`, when given). */
export function checkDateBetween(from: IsoDate, to?: IsoDate): Check {
  return (value) => {
    const date = value.trim();
    const shape = checkDate(date);
    if (shape !== true) return shape;
    if (compareDates(date, from) < 0) return `It must be on or after ${from}.`;
    if (to !== undefined && compareDates(date, to) > 0) return `It must be on or before ${to}.`;
    return true;
  };
}

/** Takes what init can write surely (PST is written America/Los_Angeles); says why not otherwise. */
export const checkTimeZone: Check = (value) => {
  const resolved = resolveTimeZone(value);
  if (resolved.ok || resolved.meant !== null) return true;
  return `${resolved.message}. ${resolved.hint}`;
};

/** Empty is fine (the question is optional); otherwise a plain number. */
export const checkOptionalNumber: Check = (value) =>
  value.trim() === '' || readMeasurementValue(value) !== undefined ? true : 'Write a number without its unit (e.g. 20), or leave it empty.';

/** The cadence grammar's own message and hint, e.g. a "did you mean" or the accepted forms. */
export const checkCadence: Check = (value) => {
  const parsed = parseCadence(value);
  // "on which date?" ends in its own mark: no full stop after it.
  return parsed.ok ? true : `${parsed.message}${/[.?!]$/.test(parsed.message) ? '' : '.'} ${parsed.hint}`;
};

/** Answers that mean "no time of day": an all-day touchpoint. */
export const ALL_DAY_WORDS = ['all day', 'all-day', 'none', '-'];

export const checkTime: Check = (value) => {
  const text = value.trim().toLowerCase();
  if (ALL_DAY_WORDS.includes(text) || isClockTime(text)) return true;
  return 'Write a time from 00:00 to 23:59 as HH:MM (e.g. 09:30), or "all day".';
};

export const checkDuration: Check = (value) =>
  durationMinutes(value) !== null ? true : 'Write a length in hours and minutes, e.g. 30m, 1h or 1h30m.';

const SLUG = new RegExp(SLUG_PATTERN);
export const checkSlug: Check = (value) => {
  if (SLUG.test(value.trim())) return true;
  const slug = slugify(value);
  return `Use lowercase letters, digits and dashes${slug === '' ? '' : `, e.g. ${slug}`}.`;
};

/** One of a choice's values (the levels, the channel types), with the nearest when it is not. */
export function checkOneOf(allowed: readonly string[]): Check {
  return (value) => {
    if (allowed.includes(value.trim())) return true;
    const match = closest(value.trim(), allowed);
    return `It must be one of ${allowed.join(', ')}${match === undefined ? '' : `; did you mean ${match}?`}`;
  };
}
