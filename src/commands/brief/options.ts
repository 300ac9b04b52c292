/** The options of `herald brief`, as commander hands them over (command.ts declares them). */
import type { OutputOptions } from '../shared/write-output.js';

export type BriefFormat = 'text' | 'md' | 'html';

export interface BriefCommandOptions extends OutputOptions {
  format: BriefFormat;
  /** Tailor the brief to this audience id. */
  audience?: string;
  /** A brief of several plans: ordered by week (default) or by team. */
  by?: 'week' | 'team';
  /** A brief of several plans: its first and last day (default: today to the quarter's end). */
  from?: string;
  to?: string;
}
