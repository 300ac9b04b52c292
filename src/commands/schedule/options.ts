/** The options of `herald schedule`, as commander hands them over (command.ts declares them). */
import type { OutputOptions } from '../shared/write-output.js';

export type ScheduleFormat = 'text' | 'json' | 'md' | 'ics';

export type ScheduleView = 'agenda' | 'month' | 'load';

export interface ScheduleCommandOptions extends OutputOptions {
  from?: string;
  to?: string;
  weeks?: string;
  audience?: string[];
  channel?: string[];
  owner?: string[];
  /** Across plans: only these plans, by `plan.id`. */
  planId?: string[];
  view: ScheduleView;
  format: ScheduleFormat;
}
