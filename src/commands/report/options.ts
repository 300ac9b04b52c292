/** The options of `herald report`, as commander hands them over (command.ts declares them). */
import type { OutputOptions } from '../shared/write-output.js';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';

export interface ReportCommandOptions extends OutputOptions {
  format: ReportFormat;
  /** The day the report is about (default: today in the plan's time zone). */
  date?: string;
  /** The period of the highlights shown (default: the plan's start to the report date). */
  from?: string;
  to?: string;
}
