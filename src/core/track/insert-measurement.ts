/**
 * `herald track`'s insertion: one measurement added to `measurements:` by insert-entry.ts,
 * which keeps the rest of the plan's text byte for byte.
 */
import type { SourcePositions } from '../yaml/positions.js';
import { insertEntry, type InsertResult } from './insert-entry.js';
import { MEASUREMENTS_SECTION } from './sections.js';

export type { InsertResult } from './insert-entry.js';

export interface NewMeasurement {
  goal: string;
  date: string;
  value: number;
  /** How many answers a survey figure rests on (track --from-csv). */
  responses?: number | undefined;
  note?: string | undefined;
}

/** `parsed`: the text as already read (data and positions), which saves reading it again. */
export function insertMeasurement(
  text: string,
  measurement: NewMeasurement,
  parsed?: { data: unknown; positions: SourcePositions },
): InsertResult {
  return insertEntry(text, MEASUREMENTS_SECTION, { ...measurement }, parsed);
}
