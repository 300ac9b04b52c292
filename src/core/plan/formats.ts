/**
 * The shapes and closed lists of the plan format, apart from the schema builder so that
 * run-time code can use them without loading TypeBox.
 */

export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]*$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const TIME_PATTERN = '^\\d{2}:\\d{2}$';
export const DURATION_PATTERN = '^(?=\\d)(\\d+h)?(\\d+m)?$';

export const CHANNEL_TYPES = [
  'email',
  'slack',
  'teams',
  'meeting',
  'one-on-one',
  'hallway',
  'podcast',
  'newsletter',
  'intranet',
  'other',
] as const;
export const RESEARCH_TYPES = ['survey', 'analytics', 'interview', 'focus-group', 'competitor', 'other'] as const;
export const LEVELS = ['high', 'medium', 'low'] as const;
/** A goal's level, after the AMEC evaluation framework. */
export const GOAL_LEVELS = ['output', 'outtake', 'outcome'] as const;
export const TOUCH_STATUSES = ['sent', 'skipped'] as const;

export type ChannelType = (typeof CHANNEL_TYPES)[number];
export type GoalLevel = (typeof GOAL_LEVELS)[number];
