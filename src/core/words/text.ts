/** Small wording helpers shared by messages; quantities, counts and dates are in values.ts. */
import { displayWidth, truncateToWidth } from '../../format/text/width.js';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A value quoted for a message, clipped so hostile or huge text cannot flood the terminal. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clipped = displayWidth(text) > 60 ? truncateToWidth(text, 58) : text;
  return typeof value === 'string' ? `"${clipped}"` : clipped;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

/**
 * Orders ids, dates and times by code unit. `localeCompare` would load ICU's collator, about
 * 5 ms of start-up, for strings that are ASCII slugs and ISO dates anyway.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text the plan left out or left blank, as null: a template's `{{#if}}` and JSON both read it as absent. */
export function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
