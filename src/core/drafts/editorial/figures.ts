/**
 * Whether a title already says a figure: "62 buddies matched" needs no "(buddies: 62 people)"
 * after it, and "€38.5k saved" states a saving of 38,500.
 */

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/** The numbers a text states, with "38.5k" as 38,500 and "1,200" as 1200. */
export function numbersIn(text: string): number[] {
  const numbers: number[] = [];
  const pattern = /(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|mn|m|million|bn|b|billion)?(?![\p{L}\d])/giu;
  for (const match of text.matchAll(pattern)) {
    const value = Number((match[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const multiplier = MULTIPLIERS[(match[2] ?? '').toLowerCase()] ?? 1;
    numbers.push(value * multiplier);
  }
  return numbers;
}

/** True when `text` states `value`, allowing the rounding an abbreviation brings (240k for 240,300). */
export function statesValue(text: string, value: number): boolean {
  return numbersIn(text).some((stated) => stated === value || (value !== 0 && Math.abs(stated - value) / Math.abs(value) < 0.01));
}
