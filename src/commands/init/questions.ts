/**
 * Every question `herald init` asks, once: its key (the answer's name, and its flag in
 * kebab-case: goalId is --goal-id), the flag's help, the question shown in a terminal, its
 * default, its check, and for a choice the values offered. The command's flags
 * (./command.ts), the steps that ask (./steps.ts, through ./ask.ts) and the checks of typed
 * answers and flags all read this table, so a question never exists as a prompt without its
 * flag, and a default or a list of values is written once. Data only: program.ts loads it for
 * every command, so it imports nothing but constants. `{name}` in a message or hint is the
 * audience's name; `{default}` and `{choices}` in a help are the question's own.
 */
import { CHANNEL_TYPES, LEVELS, RESEARCH_TYPES } from '../../core/plan/formats.js';

/** Checks of typed answers, by name (./ask.ts maps them to core/init/check-answer.ts). A choice is checked against its values. */
export type CheckName = 'text' | 'date' | 'timeZone' | 'number' | 'slug' | 'cadence' | 'time' | 'duration';

export interface InitQuestion {
  /** What the flag takes, e.g. `text` in `--name <text>`. */
  value: string;
  help: string;
  message: string;
  /** A line above the question (a terminal only), e.g. examples. */
  hint?: string;
  /**
   * The answer Enter takes, and `--yes`. A default that depends on other answers (the plan's
   * end, the goal's id) is left out here: the step works it out, and the help describes it.
   */
  default?: string;
  check?: CheckName;
  /** The values offered, one to pick; checked against them when given as a flag. */
  choices?: readonly string[];
  /**
   * Optional: an empty answer leaves the field out. The question says "(optional)" only when it
   * shows no suggestion, so that a terminal never shows two sets of parentheses.
   */
  optional?: boolean;
}

/** Meetings and one-on-ones start later than mail (the default of `time` for other channels). */
export const MEETING_TIME = '10:00';
const TIME_HINT = 'HH:MM on a 24-hour clock, in the plan\'s time zone; "all day" for none';
const CADENCE_HINT = 'e.g. "weekly on tuesday", "monthly on the first monday", "every 2 weeks"';
const DURATION_HINT = 'e.g. 15m, 30m, 1h, 1h30m';

export const INIT_QUESTIONS = {
  name: { value: 'text', help: "the plan's name (default: Team visibility, <quarter>)", message: 'Name of the plan', check: 'text' },
  summary: {
    value: 'text',
    help: "what the plan is for, in a sentence (`herald brief`'s first line)",
    message: 'What is the plan for?',
    // Short enough that the question and its suggestion fit one line of a terminal.
    default: 'Make our work visible to those who decide.',
    optional: true,
  },
  organization: { value: 'text', help: 'the organisation', message: 'Organisation', optional: true },
  owner: { value: 'name', help: 'who owns the plan (also owner of the goal and channels)', message: 'Who owns the plan?', optional: true },
  start: {
    value: 'date',
    help: 'first day, YYYY-MM-DD (default: this quarter, or the next once this one is half over)',
    message: 'First day, YYYY-MM-DD',
    check: 'date',
  },
  end: {
    value: 'date',
    help: "last day, YYYY-MM-DD (default: last day of the start's quarter)",
    message: 'Last day, YYYY-MM-DD',
    check: 'date',
  },
  timezone: {
    value: 'zone',
    help: "IANA time zone (default: the system's)",
    message: 'Time zone, an IANA name like Europe/Berlin',
    check: 'timeZone',
  },
  research: {
    value: 'title',
    help: 'research you already have, e.g. "Q4 pulse survey"',
    message: 'What research do you have? A title, e.g. "Q4 pulse survey"',
    optional: true,
  },
  researchType: {
    value: 'type',
    help: '{choices} (default: {default})',
    message: 'What kind of research is it?',
    choices: RESEARCH_TYPES,
    default: 'survey',
  },
  goal: {
    value: 'title',
    help: 'the first goal, in a sentence',
    message: 'Your first goal, in a sentence',
    default: 'Leadership knows our top wins',
    check: 'text',
  },
  goalId: {
    value: 'id',
    help: "the goal's id, which `herald track` takes (default: a few words of the goal)",
    message: "The goal's id, for `herald track`",
    hint: 'lowercase letters, digits and dashes; you type it to record progress',
    check: 'slug',
  },
  why: {
    value: 'text',
    help: 'why the goal matters (shown by `herald brief` and the drafts)',
    message: 'Why does it matter?',
    /** Offered only with the default goal: for a goal of the user's own, it would not fit. */
    default: 'Budgets follow what leadership knows.',
    optional: true,
  },
  metric: {
    value: 'text',
    help: 'how the goal is measured',
    message: 'How is it measured?',
    default: 'Leaders who can name two of our recent wins',
    optional: true,
  },
  unit: {
    value: 'unit',
    help: 'unit of the measure (default: {default})',
    message: 'Unit of the measure, e.g. %, days, USD',
    default: '%',
    optional: true,
  },
  baseline: {
    value: 'number',
    help: 'where the measure stands today',
    message: 'Where does it stand today? A number',
    check: 'number',
    optional: true,
  },
  target: {
    value: 'number',
    help: 'where it should be by the due date',
    message: 'Where should it be by the due date? A number',
    check: 'number',
    optional: true,
  },
  due: { value: 'date', help: 'when the target is due (default: the last day)', message: 'When is the target due?', check: 'date' },
  decisionMakers: {
    value: 'name',
    help: 'the decision-makers audience, influence high (default: {default})',
    message: 'Who are the decision-makers who must know your work?',
    default: 'Leadership team',
    check: 'text',
  },
  channelType: {
    value: 'type',
    help: 'how you reach them: email, slack, meeting, … (default: {default})',
    message: 'How do you reach {name}?',
    choices: CHANNEL_TYPES,
    default: 'email',
  },
  cadence: {
    value: 'cadence',
    help: 'how often, e.g. "{default}" (the default)',
    message: 'How often does {name} hear from you?',
    hint: CADENCE_HINT,
    default: 'every 2 weeks on monday',
    check: 'cadence',
  },
  time: {
    value: 'HH:MM',
    help: `the time of day of their channel, or "all day" (default: {default}, meetings ${MEETING_TIME})`,
    message: 'At what time does {name} hear from you?',
    hint: TIME_HINT,
    default: '09:00',
    check: 'time',
  },
  duration: {
    value: 'length',
    help: 'how long their meeting or one-on-one lasts, e.g. 30m, 1h (default: {default})',
    message: 'How long does it last?',
    hint: DURATION_HINT,
    default: '30m',
    check: 'duration',
  },
  audience: { value: 'name', help: 'one more audience, e.g. "Sales team"', message: 'Name of the audience', check: 'text' },
  influence: {
    value: 'level',
    help: "that audience's influence: {choices} (default: {default})",
    message: 'How much does {name} decide?',
    choices: LEVELS,
    default: 'medium',
  },
  interest: {
    value: 'level',
    help: "that audience's interest: {choices} (default: {default})",
    message: 'How much does {name} already care?',
    choices: LEVELS,
    default: 'high',
  },
  audienceChannelType: {
    value: 'type',
    help: 'how you reach that audience (default: {default})',
    message: 'How do you reach {name}?',
    choices: CHANNEL_TYPES,
    default: 'slack',
  },
  audienceCadence: {
    value: 'cadence',
    help: 'how often (default: {default})',
    message: 'How often does {name} hear from you?',
    hint: CADENCE_HINT,
    default: 'weekly on tuesday',
    check: 'cadence',
  },
  audienceTime: {
    value: 'HH:MM',
    help: 'the time of day of that channel, or "all day"',
    message: 'At what time does {name} hear from you?',
    hint: TIME_HINT,
    default: '09:00',
    check: 'time',
  },
  audienceDuration: {
    value: 'length',
    help: 'how long that meeting or one-on-one lasts (default: {default})',
    message: 'How long does it last?',
    hint: DURATION_HINT,
    default: '30m',
    check: 'duration',
  },
  feedback: {
    value: 'text',
    help: 'how people answer back, written on every channel',
    message: 'How can people answer back?',
    default: 'Reply to any update, or ask at the next one.',
    optional: true,
  },
} as const satisfies Record<string, InitQuestion>;

export type QuestionKey = keyof typeof INIT_QUESTIONS;

/** Every answer can be given as a flag (commander's camelCase of --kebab-case). */
export type InitFlags = { [key in QuestionKey]?: string | undefined };

/** The questions that offer values to pick. */
export type ChoiceKey = {
  [key in QuestionKey]: (typeof INIT_QUESTIONS)[key] extends { choices: readonly string[] } ? key : never;
}[QuestionKey];

/** A choice question's values, e.g. the channel types. */
export type ChoiceOf<Key extends ChoiceKey> = (typeof INIT_QUESTIONS)[Key]['choices'][number];

/** The question's flag, e.g. `--goal-id <id>`: its key in kebab-case, so commander's camelCase is the key. */
export function initFlag(key: QuestionKey): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} <${INIT_QUESTIONS[key].value}>`;
}

/** The flag's help, with the question's own default and values filled in. */
export function initFlagHelp(key: QuestionKey): string {
  const question: InitQuestion = INIT_QUESTIONS[key];
  return question.help.replace('{default}', question.default ?? '').replace('{choices}', (question.choices ?? []).join(' | '));
}
