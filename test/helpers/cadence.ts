import { expandCadence, parseCadence, type Cadence, type CadenceRange } from '../../src/core/cadence/cadence.js';

/** The first half of 2027, from a Monday: the range most cadence tests expand over. */
export const H1: CadenceRange = { start: '2027-01-04', end: '2027-06-30' };

export function cadence(text: string): Cadence {
  const parsed = parseCadence(text);
  if (!parsed.ok) throw new Error(`${parsed.message} (${parsed.hint})`);
  return parsed.cadence;
}

export function dates(text: string, range: CadenceRange = H1, window?: { from: string; to: string }): string[] {
  return expandCadence(cadence(text), range, window);
}

export function failure(text: string): { message: string; hint: string } {
  const parsed = parseCadence(text);
  if (parsed.ok) throw new Error(`"${text}" parsed as ${JSON.stringify(parsed.cadence)}`);
  return parsed;
}
