/**
 * The questions of `herald init`, as a list of small steps in the manner of create-astro:
 * each step gets a narrow context with the prompt injected, asks its few questions and puts
 * the answers in `answers`. A flag answers its question without asking; `--yes` swaps the
 * prompt for one that takes every default. Tests drive the steps with scripted prompts.
 */
import {
  defaultPeriod,
  defaultPlanName,
  quarterOf,
  suggestGoalId,
  TIMED_TYPES,
  type AudienceAnswer,
  type InitAnswers,
} from '../../core/init/answers.js';
import type { Level } from '../../core/plan/formats.js';
import { ALL_DAY_WORDS, checkDateBetween } from '../../core/init/check-answer.js';
import { longestQuietSpell, QUIET_DAYS } from '../../core/init/quiet-cadence.js';
import type { IsoDate } from '../../core/time/dates.js';
import { canonicalTimeZone } from '../../core/time/zoned-time.js';
import { readMeasurementValue } from '../../core/goals/measurement-value.js';
import { ask, choose, isNone, optional, question } from './ask.js';
import type { InputQuestion, Prompt } from './prompt.js';
import { INIT_QUESTIONS, MEETING_TIME, type InitFlags, type QuestionKey } from './questions.js';
import { formatEvery, plural } from '../../core/words/values.js';

export type { InitFlags } from './questions.js';

export interface InitContext {
  prompt: Prompt;
  flags: InitFlags;
  /** Today in the system's time zone: the default period is this quarter. */
  today: IsoDate;
  /** The system's time zone, the default of the plan's. */
  systemTimeZone: string;
  answers: Partial<InitAnswers>;
}

export type Step = (context: InitContext) => Promise<void>;

/** More would be a plan to write by hand; the flow stops offering "another audience?". */
const MAX_AUDIENCES = 8;

export async function askPlan(context: Pick<InitContext, 'prompt' | 'flags' | 'today' | 'systemTimeZone' | 'answers'>): Promise<void> {
  const period = defaultPeriod(context.today);
  const answers = context.answers;
  answers.name = await ask(context, 'name', { default: defaultPlanName(period.label) });
  answers.summary = optional(await ask(context, 'summary'));
  answers.organization = optional(await ask(context, 'organization'));
  answers.owner = optional(await ask(context, 'owner'));
  const start = await ask(context, 'start', { default: period.start });
  answers.start = start;
  answers.end = await ask(context, 'end', { default: quarterOf(start).end, validate: checkDateBetween(start) });
  const zone = await ask(context, 'timezone', { default: context.systemTimeZone });
  answers.timezone = canonicalTimeZone(zone) ?? zone;
}

export async function askResearch(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const title = optional(await ask(context, 'research'));
  if (title === undefined) return;
  const type = await choose(context, 'researchType');
  context.answers.research = { title, type };
}

export async function askGoal(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const { start, end } = context.answers;
  if (start === undefined || end === undefined) throw new Error('askGoal runs after askPlan');
  const title = await ask(context, 'goal');
  // The id is what `herald track` takes: the user sees it now, rather than a long one later.
  const id = await ask(context, 'goalId', { default: suggestGoalId(title) });
  // The table's reason fits only its own goal: a goal of the user's own gets no suggestion.
  const why = optional(await ask(context, 'why', title === INIT_QUESTIONS.goal.default ? {} : { default: '' }));
  const metric = optional(await ask(context, 'metric'));
  const unit = optional(await ask(context, 'unit'));
  const baseline = await askNumber(context, 'baseline');
  const target = await askNumber(context, 'target');
  const due = await ask(context, 'due', { default: end, validate: checkDateBetween(start, end) });
  context.answers.goal = { id, title, why, metric, unit, baseline, target, due };
}

export async function askAudiences(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const { flags } = context;
  const name = await ask(context, 'decisionMakers');
  const audiences: AudienceAnswer[] = [
    {
      name,
      influence: 'high',
      interest: DECISION_MAKERS_INTEREST,
      channel: await askChannel(context, name, 'high', DECISION_MAKERS_FLAGS),
    },
  ];
  if (flags.audience !== undefined) {
    audiences.push(await askAudience(context, flags.audience));
  } else {
    while (
      audiences.length < MAX_AUDIENCES &&
      (await context.prompt.confirm({ message: 'Add another audience (e.g. a team that uses your work)?', default: false }))
    ) {
      const other = await ask(context, 'audience');
      audiences.push(await askAudience(context, other));
    }
  }
  context.answers.audiences = audiences;
}

export async function askFeedback(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  context.answers.feedback = optional(await ask(context, 'feedback'));
}

export const INIT_STEPS: readonly Step[] = [askPlan, askResearch, askGoal, askAudiences, askFeedback];

/** Runs the steps in order and returns the complete answers. */
export async function runInitFlow(context: InitContext): Promise<InitAnswers> {
  for (const step of INIT_STEPS) await step(context);
  const { name, start, end, timezone, goal, audiences } = context.answers;
  if (name === undefined || start === undefined || end === undefined || timezone === undefined || goal === undefined || !audiences) {
    throw new Error('The init steps left an answer out');
  }
  return { ...context.answers, name, start, end, timezone, goal, audiences };
}

/**
 * The cadence question, short enough for one line of a terminal (the channel was the question
 * before), with examples in its hint and the grammar's check as it is typed.
 */
export function cadenceQuestion(audienceName: string, defaultCadence: string): InputQuestion {
  return question('cadence', { name: audienceName, default: defaultCadence });
}

/** Not asked: the decision-makers are those who decide, and care about as much as most. */
const DECISION_MAKERS_INTEREST: Level = 'medium';

/** The questions about an audience's channel: the decision-makers' and the other audience's. */
interface ChannelFlags {
  type: 'channelType' | 'audienceChannelType';
  cadence: QuestionKey;
  time: QuestionKey;
  duration: QuestionKey;
}
const DECISION_MAKERS_FLAGS: ChannelFlags = { type: 'channelType', cadence: 'cadence', time: 'time', duration: 'duration' };
const AUDIENCE_FLAGS: ChannelFlags = {
  type: 'audienceChannelType',
  cadence: 'audienceCadence',
  time: 'audienceTime',
  duration: 'audienceDuration',
};

async function askAudience(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>, name: string): Promise<AudienceAnswer> {
  const influence = await choose(context, 'influence', name);
  const interest = await choose(context, 'interest', name);
  const channel = await askChannel(context, name, influence, AUDIENCE_FLAGS);
  return { name, influence: influence satisfies Level, interest, channel };
}

async function askChannel(
  context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>,
  audienceName: string,
  influence: Level,
  flags: ChannelFlags,
): Promise<AudienceAnswer['channel']> {
  const type = await choose(context, flags.type, audienceName);
  const cadence = await askCadence(context, audienceName, influence, flags.cadence);
  const timed = TIMED_TYPES.includes(type);
  const time = await ask(context, flags.time, { name: audienceName, ...(timed ? { default: MEETING_TIME } : {}) });
  const allDay = ALL_DAY_WORDS.includes(time.toLowerCase());
  // Asked of meetings and one-on-ones (a flag gives any channel one); an all-day touchpoint has none.
  const wanted = timed || context.flags[flags.duration] !== undefined;
  const duration = wanted && !allDay ? await ask(context, flags.duration) : undefined;
  return { type, cadence, time: allDay ? undefined : time, duration };
}

/**
 * The cadence, with a word at the question when decision-makers would go more than
 * QUIET_DAYS without a touch (the decision-makers-quiet rule `validate` applies later).
 * A flag is taken as given: scripts get the rule's warning from validate.
 */
async function askCadence(
  context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>,
  audienceName: string,
  influence: Level,
  flag: QuestionKey,
): Promise<string> {
  const { start, end } = context.answers;
  for (;;) {
    const cadence = (await ask(context, flag, { name: audienceName })).replace(/\s+/g, ' ');
    if (influence !== 'high' || context.flags[flag] !== undefined || start === undefined || end === undefined) return cadence;
    const spell = longestQuietSpell(cadence, { start, end });
    if (spell === undefined) return cadence;
    const keep = await context.prompt.confirm({
      hint:
        `${audienceName} would hear nothing for ${plural(spell.days, 'day')} (${spell.from} to ${spell.to}):\n` +
        `decision-makers should hear from you at least ${formatEvery(QUIET_DAYS, 'day')}.`,
      message: `Keep "${cadence}" anyway?`,
      default: false,
    });
    if (keep) return cadence;
  }
}

async function askNumber(context: Pick<InitContext, 'prompt' | 'flags'>, flag: 'baseline' | 'target'): Promise<number | undefined> {
  const text = await ask(context, flag, { default: '' });
  return isNone(text) ? undefined : readMeasurementValue(text);
}
