/**
 * The shapes and closed lists of the plan format, apart from the schema builder so that
 * run-time code can use them without loading TypeBox.
 */

export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]*$';
/**
 * The shapes `validate`'s compiled schema checks; check-values then says precisely what is
 * wrong with a value of the right shape (2027-02-30, "25:61").
 */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const TIME_PATTERN = '^\\d{2}:\\d{2}$';

/**
 * The same, exact, for the printed schema, so that an editor flags what `validate` rejects.
 * A date: months of 31 and 30 days, February to the 28th, and the 29th in leap years (a year
 * divisible by 4 and not by 100, or by 400). A regular expression can say all of it for
 * four-digit years; the build swaps these for the shapes above in validate's own schema.
 */
export const EXACT_DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';
export const EXACT_TIME_PATTERN = '^(?:[01]\\d|2[0-3]):[0-5]\\d$';
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
/** An audience's influence or interest, a highlight's impact. */
export type Level = (typeof LEVELS)[number];
