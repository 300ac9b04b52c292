/**
 * The top-level lists Herald adds entries to, each with the order a new entry lists its
 * fields in (the plan format's order), how a new list writes them, and its heading comment.
 */
import type { SectionSpec } from './insert-entry.js';
import { MEASUREMENTS_COMMENT } from './section-comment.js';

/** The lists that commands add to. */
export type ListSection = 'measurements' | 'highlights' | 'touches';
export type ListSectionSpec = SectionSpec & { name: ListSection };

export const MEASUREMENTS_SECTION: ListSectionSpec = {
  name: 'measurements',
  fields: ['goal', 'date', 'value', 'responses', 'note'],
  flow: true,
  comment: MEASUREMENTS_COMMENT,
};

/** A win has many fields, some long: block lines read better than one flow line. */
export const HIGHLIGHTS_SECTION: ListSectionSpec = {
  name: 'highlights',
  fields: ['id', 'date', 'title', 'what', 'why', 'next', 'impact', 'goals', 'audiences', 'metric', 'evidence', 'credit'],
  flow: false,
  comment: '# highlights: wins worth sharing, with evidence, not hype; added by `herald win`.',
};

export const TOUCHES_SECTION: ListSectionSpec = {
  name: 'touches',
  fields: ['channel', 'date', 'status', 'audiences', 'reach', 'note'],
  flow: true,
  comment: '# touches: what went out, or was skipped; added by `herald sent` and `herald skipped`.',
};
