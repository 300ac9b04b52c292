/** How report and brief show numbers, shares and dates, the same in every format. */
import { dateParts, monthName, weekdayName } from '../core/time/dates.js';
import { formatPercent, formatQuantity } from '../core/words/values.js';

/** A value with its unit, written as everywhere else ("45%", "14 days", "$240,000"); "–" for none. */
export function formatValue(value: number | null, unit: string | null): string {
  return value === null ? '–' : formatQuantity(value, unit);
}

/** 0.4166 -> "42%". */
export const formatShare = formatPercent;

/** "2027-04-01" -> "1 Apr 2027". */
export function shortDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month, 'short')} ${year}`;
}

/** "2027-04-01", "09:00" -> "Thu 1 Apr 2027, 09:00"; without a time, the day alone. */
export function touchWhen(date: string, time: string | null): string {
  const day = `${weekdayName(date, 'short')} ${shortDate(date)}`;
  return time === null ? day : `${day}, ${time}`;
}

/** "Highlights, 4 Jan 2027 – 1 Apr 2027", and what to say when there are none. */
export function highlightsHeading(period: { from: string; to: string }): { heading: string; none: string } {
  if (period.from > period.to) return { heading: 'Highlights', none: `None yet: the period starts on ${shortDate(period.from)}.` };
  return { heading: `Highlights, ${shortDate(period.from)} – ${shortDate(period.to)}`, none: 'None in this period.' };
}
