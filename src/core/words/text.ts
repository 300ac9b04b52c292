/** Small wording helpers shared by messages. */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A value quoted for a message, clipped so hostile or huge text cannot flood the terminal. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clipped = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === 'string' ? `"${clipped}"` : clipped;
}

/** "1 warning", "3 warnings": for words whose plural takes an "s". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
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

/**
 * A number as a person writes it in English: 240000 -> "240,000", 0.125 -> "0.13". Written
 * out rather than with Intl.NumberFormat, whose first use costs ~10 ms of ICU start-up.
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(maximumFractionDigits));
  // Past 1e21 toString() switches to exponent notation; such values have no fraction.
  const digits = Math.abs(rounded) >= 1e21 ? BigInt(Math.abs(rounded)).toString() : Math.abs(rounded).toString();
  const [whole = '0', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
