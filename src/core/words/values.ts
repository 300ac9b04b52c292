/**
 * The one way Herald writes a value, in every output (drafts, report, brief, schedule, track,
 * messages): numbers, money, percentages, counts and dates as a person writes them: 240000
 * USD is "$240,000" everywhere, a progress of 0.644 is "64%", 2027-01-04 is "Monday,
 * 4 January 2027" in a sentence and "4 Jan 2027" in a table, 1 day but 2 days. Nothing here
 * ever returns "NaN", "undefined" or "Invalid Date".
 */
import { dateParts, isIsoDate, monthName, weekdayName, type IsoDate } from '../time/dates.js';
import { joinWords } from './text.js';

/** Symbols written before the amount; other currency codes follow it ("1,200 SEK"). */
const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const CURRENCY_CODE = /^[A-Z]{3}$/;
const KNOWN_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'CNY', 'BRL']);

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday';

/**
 * A civil date in words: long "Monday, 4 January 2027", medium "4 January 2027", short
 * "4 January", weekday "Monday". Anything that is not a date comes back as it was.
 */
export function formatDateWords(date: string, style: DateStyle = 'long'): string {
  if (!isIsoDate(date)) return date;
  const { year, month, day } = dateParts(date);
  const weekday = weekdayName(date);
  const monthWord = monthName(month);
  if (style === 'weekday') return weekday;
  if (style === 'short') return `${day} ${monthWord}`;
  if (style === 'medium') return `${day} ${monthWord} ${year}`;
  return `${weekday}, ${day} ${monthWord} ${year}`;
}

/** "09:00 Berlin time": the wall-clock time and where that clock hangs. */
export function formatTimeOfDay(time: string, timeZone: string): string {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return time;
  return `${time} ${zoneLabel(timeZone)}`;
}

/**
 * A zone as people name it in a sentence: "Berlin time", "New York time", "UTC". Taken from
 * the zone's name alone, so it is never wrong about summer time (which abbreviations such as
 * CET/CEST must get right) and needs none of ICU's costly name data.
 */
export function zoneLabel(timeZone: string): string {
  if (/^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)([+-]?0)?$/i.test(timeZone)) return 'UTC';
  // Etc/GMT+5 is five hours *behind* UTC: POSIX signs are inverted.
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(timeZone);
  if (fixed !== null) return `UTC${fixed[1] === '+' ? '-' : '+'}${Number(fixed[2])}`;
  // Abbreviations that are zone names of their own (CET, EST5EDT) read as they are.
  if (/^[A-Z0-9-]+$/.test(timeZone)) return timeZone;
  const parts = timeZone.split('/');
  const place = (parts[parts.length - 1] ?? timeZone).replace(/_/g, ' ');
  // Old links name a region, not a city: US/Eastern is "US Eastern time".
  const region = parts.length === 2 && /^(US|Canada|Mexico|Brazil|Chile)$/.test(parts[0] ?? '') ? `${parts[0]} ` : '';
  return `${region}${place} time`;
}

/** "Monday, 4 January 2027 at 09:00 Berlin time", or the date alone for an all-day touchpoint. */
export function formatWhen(date: IsoDate, time: string | null, timeZone: string): string {
  const day = formatDateWords(date);
  return time === null ? day : `${day} at ${formatTimeOfDay(time, timeZone)}`;
}

/**
 * A number as a person writes it in English: 1234567.5 -> "1,234,567.5", 0.125 -> "0.13" (at
 * most two decimals by default); never "NaN". Written out rather than with Intl.NumberFormat,
 * whose first use costs ~10 ms of ICU start-up.
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (Number.isNaN(value)) return 'an unknown number';
  if (!Number.isFinite(value)) return value > 0 ? 'infinitely many' : 'minus infinity';
  const rounded = Number(value.toFixed(maximumFractionDigits));
  // Past 1e21 toString() switches to exponent notation; such values have no fraction.
  const digits = Math.abs(rounded) >= 1e21 ? BigInt(Math.abs(rounded)).toString() : Math.abs(rounded).toString();
  const [whole = '0', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A value with its unit as formatQuantity writes it; "–" (a dash, for tables and facts) for none. */
export function formatValue(value: number | null, unit: string | null): string {
  return value === null ? '–' : formatQuantity(value, unit);
}

/** A currency amount: "$240,000", "€410,000", "1,200 SEK". */
export function formatMoney(value: number, currency: string): string {
  const code = currency.trim().toUpperCase();
  const symbol = CURRENCY_SYMBOLS[code];
  const amount = formatNumber(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  return symbol === undefined ? `${sign}${amount} ${code}` : `${sign}${symbol}${amount}`;
}

/** A share from 0..1 as a whole percentage, as progress is said: 0.64 -> "64%", 0.378 -> "38%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return formatNumber(share);
  return `${formatNumber(Math.round(share * 100))}%`;
}

export function isCurrency(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && CURRENCY_CODE.test(unit.trim()) && KNOWN_CURRENCIES.has(unit.trim());
}

/**
 * A value in its unit: "45%" for %, money for currency codes, "2 days", "118 people",
 * "1 deal" (a plural unit loses its "s" for one).
 */
export function formatQuantity(value: number, unit: string | null | undefined): string {
  const trimmed = unit?.trim() ?? '';
  if (trimmed === '') return formatNumber(value);
  // Units written against the number: 45%, 3‰, 21°.
  if (/^[%\u2030\u00b0]/.test(trimmed)) return `${formatNumber(value)}${trimmed}`;
  if (isCurrency(trimmed)) return formatMoney(value, trimmed);
  return `${formatNumber(value)} ${value === 1 ? singularUnit(trimmed) : trimmed}`;
}

function singularUnit(unit: string): string {
  if (unit === 'people') return 'person';
  if (/[^s]s$/.test(unit) && unit.length > 3) return unit.slice(0, -1);
  return unit;
}

/** "1 highlight", "3 highlights", "1,200 touchpoints", "2 people" (with an explicit plural). */
export function plural(count: number, singular: string, pluralWord?: string): string {
  const word = count === 1 ? singular : (pluralWord ?? `${singular}s`);
  return `${formatNumber(count)} ${word}`;
}

/** "every day", "every 14 days": how often, without "every 1 days". */
export function formatEvery(count: number, unit: string): string {
  return count === 1 ? `every ${unit}` : `every ${plural(count, unit)}`;
}

/** A size in bytes as a message gives it: 5242880 -> "5.0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "a", "a and b", "a, b and c"; empty and blank items are left out. */
export function formatList(items: readonly unknown[], last = 'and'): string {
  const words = items.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number');
  return joinWords(
    words.map(String).filter((word) => word.trim() !== ''),
    last,
  );
}

/** Text as a sentence: a capital first letter and a full stop unless it ends in punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?\u2026:;]["'\u201d\u2019)\]]*$/.test(capital) ? capital : `${capital}.`;
}

/** A bar of `width` cells, filled to `share` (0..1): "█████░░░░░". Null: a dotted bar. */
export function progressBar(share: number | null, width: number): string {
  if (share === null) return '·'.repeat(width);
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const filled = Math.round(clamped * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A bar of `width` cells for a share 0..1 with its percentage: "██████░░░░ 64%". */
export function formatProgressBar(share: number, width = 10): string {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `${progressBar(clamped, width)} ${formatPercent(clamped)}`;
}

/** "2027-04-01" -> "1 Apr 2027": a date in a table or a list of facts. */
export function shortDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month, 'short')} ${year}`;
}

/** "2027-04-01", "09:00" -> "Thu 1 Apr 2027, 09:00"; without a time, the day alone. */
export function touchWhen(date: string, time: string | null): string {
  const day = `${weekdayName(date, 'short')} ${shortDate(date)}`;
  return time === null ? day : `${day}, ${time}`;
}

/** "Mon" for 2027-01-04. */
export function weekdayShort(date: IsoDate): string {
  return weekdayName(date, 'short');
}

/** "Mon  4 Jan": weekday, day and month in a fixed width of 10. */
export function shortDay(date: IsoDate): string {
  const { month, day } = dateParts(date);
  return `${weekdayShort(date)} ${String(day).padStart(2)} ${monthName(month, 'short')}`;
}

/** "11–17 January 2027", "29 March – 4 April 2027", "28 December 2026 – 3 January 2027", or one day. */
export function formatDayRange(range: { from: IsoDate; to: IsoDate }): string {
  const a = dateParts(range.from);
  const b = dateParts(range.to);
  const full = (p: typeof a): string => `${p.day} ${monthName(p.month)} ${p.year}`;
  if (range.from === range.to) return full(a);
  if (a.year !== b.year) return `${full(a)} – ${full(b)}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} – ${full(b)}`;
  return `${a.day}–${full(b)}`;
}
