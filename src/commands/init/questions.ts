/**
 * Every question `herald init` asks, once: the flag that answers it, its help, the question
 * shown in a terminal and the name of its check. program.ts declares the flags from this table
 * and the steps ask from it, so a question never exists as a prompt without its flag (or the
 * reverse). Data only: program.ts loads it for every command, so it imports nothing.
 * `{name}` in a message or hint is the audience's name.
 */
export type CheckName =
  'text' | 'date' | 'timeZone' | 'number' | 'slug' | 'cadence' | 'time' | 'duration' | 'level' | 'channelType' | 'researchType';

export interface InitQuestion {
  /** commander's flag, e.g. `--name <text>`; the key is its camelCase. */
  flag: string;
  help: string;
  message: string;
  /** A line above the question (a terminal only), e.g. examples. */
  hint?: string;
  check?: CheckName;
  /**
   * Optional: an empty answer leaves the field out. The question says "(optional)" only when it
   * shows no suggestion, so that a terminal never shows two sets of parentheses.
   */
  optional?: boolean;
}

const TIME_HINT = 'HH:MM on a 24-hour clock, in the plan\'s time zone; "all day" for none';

export const INIT_QUESTIONS = {
  name: {
    flag: '--name <text>',
    help: "the plan's name (default: Team visibility, <quarter>)",
    message: 'Name of the plan',
    check: 'text',
  },
  summary: {
    flag: '--summary <text>',
    help: "what the plan is for, in a sentence (`herald brief`'s first line)",
    message: 'What is the plan for?',
    optional: true,
  },
  organization: { flag: '--organization <text>', help: 'the organisation', message: 'Organisation', optional: true },
  owner: {
    flag: '--owner <name>',
    help: 'who owns the plan (also owner of the goal and channels)',
    message: 'Who owns the plan?',
    optional: true,
  },
  start: {
    flag: '--start <date>',
    help: 'first day, YYYY-MM-DD (default: this quarter, or the next once this one is half over)',
    message: 'First day, YYYY-MM-DD',
    check: 'date',
  },
  end: {
    flag: '--end <date>',
    help: "last day, YYYY-MM-DD (default: last day of the start's quarter)",
    message: 'Last day, YYYY-MM-DD',
    check: 'date',
  },
  timezone: {
    flag: '--timezone <zone>',
    help: "IANA time zone (default: the system's)",
    message: 'Time zone, an IANA name like Europe/Berlin',
    check: 'timeZone',
  },
  research: {
    flag: '--research <title>',
    help: 'research you already have, e.g. "Q4 pulse survey"',
    message: 'What research do you have? A title, e.g. "Q4 pulse survey"',
    optional: true,
  },
  researchType: {
    flag: '--research-type <type>',
    help: 'survey | analytics | interview | focus-group | competitor | other (default: survey)',
    message: 'What kind of research is it?',
    check: 'researchType',
  },
  goal: { flag: '--goal <title>', help: 'the first goal, in a sentence', message: 'Your first goal, in a sentence', check: 'text' },
  goalId: {
    flag: '--goal-id <id>',
    help: "the goal's id, which `herald track` takes (default: a few words of the goal)",
    message: "The goal's id, for `herald track`",
    hint: 'lowercase letters, digits and dashes; you type it to record progress',
    check: 'slug',
  },
  why: {
    flag: '--why <text>',
    help: 'why the goal matters (shown by `herald brief` and the drafts)',
    message: 'Why does it matter?',
    optional: true,
  },
  metric: { flag: '--metric <text>', help: 'how the goal is measured', message: 'How is it measured?', optional: true },
  unit: {
    flag: '--unit <unit>',
    help: 'unit of the measure (default: %)',
    message: 'Unit of the measure, e.g. %, days, USD',
    optional: true,
  },
  baseline: {
    flag: '--baseline <number>',
    help: 'where the measure stands today',
    message: 'Where does it stand today? A number',
    check: 'number',
    optional: true,
  },
  target: {
    flag: '--target <number>',
    help: 'where it should be by the due date',
    message: 'Where should it be by the due date? A number',
    check: 'number',
    optional: true,
  },
  due: { flag: '--due <date>', help: 'when the target is due (default: the last day)', message: 'When is the target due?', check: 'date' },
  decisionMakers: {
    flag: '--decision-makers <name>',
    help: 'the decision-makers audience, influence high (default: Leadership team)',
    message: 'Who are the decision-makers who must know your work?',
    check: 'text',
  },
  channelType: {
    flag: '--channel-type <type>',
    help: 'how you reach them: email, slack, meeting, … (default: email)',
    message: 'How do you reach {name}?',
    check: 'channelType',
  },
  cadence: {
    flag: '--cadence <cadence>',
    help: 'how often, e.g. "every 2 weeks on monday" (the default)',
    message: 'How often does {name} hear from you?',
    hint: 'e.g. "weekly on tuesday", "monthly on the first monday", "every 2 weeks"',
    check: 'cadence',
  },
  time: {
    flag: '--time <HH:MM>',
    help: 'the time of day of their channel, or "all day" (default: 09:00, meetings 10:00)',
    message: 'At what time does {name} hear from you?',
    hint: TIME_HINT,
    check: 'time',
  },
  duration: {
    flag: '--duration <length>',
    help: 'how long their meeting or one-on-one lasts, e.g. 30m, 1h (default: 30m)',
    message: 'How long does it last?',
    hint: 'e.g. 15m, 30m, 1h, 1h30m',
    check: 'duration',
  },
  audience: { flag: '--audience <name>', help: 'one more audience, e.g. "Sales team"', message: 'Name of the audience', check: 'text' },
  influence: {
    flag: '--influence <level>',
    help: "that audience's influence: high | medium | low (default: medium)",
    message: 'How much does {name} decide?',
    check: 'level',
  },
  interest: {
    flag: '--interest <level>',
    help: "that audience's interest: high | medium | low (default: high)",
    message: 'How much does {name} already care?',
    check: 'level',
  },
  audienceChannelType: {
    flag: '--audience-channel-type <type>',
    help: 'how you reach that audience (default: slack)',
    message: 'How do you reach {name}?',
    check: 'channelType',
  },
  audienceCadence: {
    flag: '--audience-cadence <cadence>',
    help: 'how often (default: weekly on tuesday)',
    message: 'How often does {name} hear from you?',
    hint: 'e.g. "weekly on tuesday", "monthly on the first monday", "every 2 weeks"',
    check: 'cadence',
  },
  audienceTime: {
    flag: '--audience-time <HH:MM>',
    help: 'the time of day of that channel, or "all day"',
    message: 'At what time does {name} hear from you?',
    hint: TIME_HINT,
    check: 'time',
  },
  audienceDuration: {
    flag: '--audience-duration <length>',
    help: 'how long that meeting or one-on-one lasts (default: 30m)',
    message: 'How long does it last?',
    hint: 'e.g. 15m, 30m, 1h, 1h30m',
    check: 'duration',
  },
  feedback: {
    flag: '--feedback <text>',
    help: 'how people answer back, written on every channel',
    message: 'How can people answer back?',
    optional: true,
  },
} as const satisfies Record<string, InitQuestion>;

export type QuestionKey = keyof typeof INIT_QUESTIONS;

/** Every answer can be given as a flag (commander's camelCase of --kebab-case). */
export type InitFlags = { [key in QuestionKey]?: string | undefined };
