import type { Highlight } from './schema.js';

/** A highlight's next step, whichever way the plan wrote it: text, or `{ text, by }`. */
export interface NextStep {
  text: string;
  /** When it is due (YYYY-MM-DD), or null when the plan gives no date. */
  by: string | null;
}

export function nextStepOf(highlight: Pick<Highlight, 'next'>): NextStep | null {
  const next = highlight.next;
  if (next === undefined) return null;
  if (typeof next === 'string') return next.trim() === '' ? null : { text: next, by: null };
  return next.text.trim() === '' ? null : { text: next.text, by: next.by ?? null };
}
