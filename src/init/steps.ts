/**
 * The questions of `herald init`, as a list of small steps in the manner of create-astro:
 * each step gets a narrow context with the prompt injected, asks its few questions and puts
 * the answers in `answers`. A flag answers its question without asking; `--yes` swaps the
 * prompt for one that takes every default. Tests drive the steps with scripted prompts.
 */
import { DEFAULTS, defaultPlanName, quarterOf, type AudienceAnswer, type InitAnswers, type Level } from '../core/init/answers.js';
import {
  checkCadence,
  checkChannelType,
  checkDate,
  checkDateBetween,
  checkLevel,
  checkOptionalNumber,
  checkResearchType,
  checkText,
  checkTimeZone,
  type Check,
} from '../core/init/check-answer.js';
import type { IsoDate } from '../core/dates.js';
import { CHANNEL_TYPES, LEVELS, RESEARCH_TYPES, type ChannelType } from '../core/plan/formats.js';
import { show } from '../core/text.js';
import { readMeasurementValue } from '../core/track/progress-line.js';
import { canonicalTimeZone } from '../core/zoned-time.js';
import { HeraldError } from '../errors.js';
import type { InputQuestion, Prompt } from './prompt.js';

/** Every answer can be given as a flag (commander's camelCase of --kebab-case). */
export interface InitFlags {
  name?: string | undefined;
  summary?: string | undefined;
  organization?: string | undefined;
  owner?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  timezone?: string | undefined;
  research?: string | undefined;
  researchType?: string | undefined;
  goal?: string | undefined;
  why?: string | undefined;
  metric?: string | undefined;
  unit?: string | undefined;
  baseline?: string | undefined;
  target?: string | undefined;
  due?: string | undefined;
  decisionMakers?: string | undefined;
  channelType?: string | undefined;
  cadence?: string | undefined;
  audience?: string | undefined;
  influence?: string | undefined;
  interest?: string | undefined;
  audienceChannelType?: string | undefined;
  audienceCadence?: string | undefined;
  feedback?: string | undefined;
}

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
  const quarter = quarterOf(context.today);
  const answers = context.answers;
  answers.name = await ask(context, 'name', { message: 'Name of the plan', default: defaultPlanName(quarter.label), validate: checkText });
  answers.summary = optional(await ask(context, 'summary', { message: 'What is the plan for? (optional)', default: DEFAULTS.summary }));
  answers.organization = optional(await ask(context, 'organization', { message: 'Organisation (optional)', default: '' }));
  answers.owner = optional(await ask(context, 'owner', { message: 'Who owns the plan? (optional)', default: '' }));
  const start = await ask(context, 'start', { message: 'First day (YYYY-MM-DD)', default: quarter.start, validate: checkDate });
  answers.start = start;
  answers.end = await ask(context, 'end', {
    message: 'Last day (YYYY-MM-DD)',
    default: quarterOf(start).end,
    validate: checkDateBetween(start),
  });
  const zone = await ask(context, 'timezone', {
    message: 'Time zone (IANA name, e.g. Europe/Berlin)',
    default: context.systemTimeZone,
    validate: checkTimeZone,
  });
  answers.timezone = canonicalTimeZone(zone) ?? zone;
}

export async function askResearch(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const title = optional(
    await ask(context, 'research', { message: 'What research do you have? A title, e.g. "Q4 pulse survey" (optional)', default: '' }),
  );
  if (title === undefined) return;
  const type = await choose(
    context,
    'researchType',
    'What kind of research is it?',
    RESEARCH_TYPES,
    DEFAULTS.researchType,
    checkResearchType,
  );
  context.answers.research = { title, type };
}

export async function askGoal(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const { start, end } = context.answers;
  if (start === undefined || end === undefined) throw new Error('askGoal runs after askPlan');
  const title = await ask(context, 'goal', { message: 'Your first goal, in a sentence', default: DEFAULTS.goalTitle, validate: checkText });
  const why = optional(
    await ask(context, 'why', {
      message: 'Why does it matter? (optional)',
      default: title === DEFAULTS.goalTitle ? DEFAULTS.goalWhy : '',
    }),
  );
  const metric = optional(await ask(context, 'metric', { message: 'How is it measured? (optional)', default: DEFAULTS.metric }));
  const unit = optional(
    await ask(context, 'unit', { message: 'Unit of the measure, e.g. %, days, USD (optional)', default: DEFAULTS.unit }),
  );
  const baseline = await askNumber(context, 'baseline', 'Where does it stand today? A number (optional)');
  const target = await askNumber(context, 'target', 'Where should it be by the due date? A number (optional)');
  const due = await ask(context, 'due', { message: 'When is the target due?', default: end, validate: checkDateBetween(start, end) });
  context.answers.goal = { title, why, metric, unit, baseline, target, due };
}

export async function askAudiences(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  const { flags } = context;
  const name = await ask(context, 'decisionMakers', {
    message: 'Who are the decision-makers who must know your work?',
    default: DEFAULTS.decisionMakers,
    validate: checkText,
  });
  const audiences: AudienceAnswer[] = [
    {
      name,
      influence: 'high',
      interest: DEFAULTS.decisionMakersInterest,
      channel: await askChannel(context, name, 'channelType', 'cadence', DEFAULTS.decisionMakersChannel),
    },
  ];
  if (flags.audience !== undefined) {
    audiences.push(await askAudience(context, flags.audience));
  } else {
    while (
      audiences.length < MAX_AUDIENCES &&
      (await context.prompt.confirm({ message: 'Add another audience (e.g. a team that uses your work)?', default: false }))
    ) {
      const other = await ask(context, 'audience', { message: 'Name of the audience', validate: checkText });
      audiences.push(await askAudience(context, other));
    }
  }
  context.answers.audiences = audiences;
}

export async function askFeedback(context: Pick<InitContext, 'prompt' | 'flags' | 'answers'>): Promise<void> {
  context.answers.feedback = optional(
    await ask(context, 'feedback', { message: 'How can people answer back?', default: DEFAULTS.feedback }),
  );
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
  return {
    message: `How often does ${audienceName} hear from you?`,
    hint: 'e.g. "weekly on tuesday", "monthly on the first monday", "every 2 weeks"',
    default: defaultCadence,
    validate: checkCadence,
  };
}

async function askAudience(context: Pick<InitContext, 'prompt' | 'flags'>, name: string): Promise<AudienceAnswer> {
  const influence = await choose(context, 'influence', `How much does ${name} decide?`, LEVELS, DEFAULTS.otherInfluence, checkLevel);
  const interest = await choose(context, 'interest', `How much does ${name} already care?`, LEVELS, DEFAULTS.otherInterest, checkLevel);
  const channel = await askChannel(context, name, 'audienceChannelType', 'audienceCadence', DEFAULTS.otherChannel);
  return { name, influence: influence satisfies Level, interest, channel };
}

async function askChannel(
  context: Pick<InitContext, 'prompt' | 'flags'>,
  audienceName: string,
  typeFlag: 'channelType' | 'audienceChannelType',
  cadenceFlag: 'cadence' | 'audienceCadence',
  defaults: { type: ChannelType; cadence: string },
): Promise<AudienceAnswer['channel']> {
  const type = await choose(context, typeFlag, `How do you reach ${audienceName}?`, CHANNEL_TYPES, defaults.type, checkChannelType);
  const cadence = await ask(context, cadenceFlag, cadenceQuestion(audienceName, defaults.cadence));
  return { type, cadence: cadence.trim().replace(/\s+/g, ' ') };
}

async function askNumber(
  context: Pick<InitContext, 'prompt' | 'flags'>,
  flag: 'baseline' | 'target',
  message: string,
): Promise<number | undefined> {
  const text = await ask(context, flag, { message, default: '', validate: checkOptionalNumber });
  return text === '' ? undefined : readMeasurementValue(text);
}

/** The flag's value when given (checked like a typed answer), else the prompt's answer. */
async function ask(context: Pick<InitContext, 'prompt' | 'flags'>, flag: keyof InitFlags, question: InputQuestion): Promise<string> {
  const given = context.flags[flag];
  if (given !== undefined) {
    checkFlag(flag, given, question.validate);
    return given.trim();
  }
  return (await context.prompt.input(question)).trim();
}

async function choose<T extends string>(
  context: Pick<InitContext, 'prompt' | 'flags'>,
  flag: keyof InitFlags,
  message: string,
  values: readonly T[],
  defaultValue: T,
  check: Check,
): Promise<T> {
  const given = context.flags[flag];
  if (given !== undefined) {
    checkFlag(flag, given, check);
    return given.trim() as T;
  }
  return context.prompt.select({ message, choices: values.map((value) => ({ value })), default: defaultValue });
}

function checkFlag(flag: keyof InitFlags, value: string, check: Check | undefined): void {
  const verdict = check?.(value) ?? true;
  if (verdict !== true)
    throw new HeraldError(`--${kebab(flag)} ${show(value)}: ${verdict}`, { hint: 'Run `herald init --help` for the flags.' });
}

function kebab(flag: string): string {
  return flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}
