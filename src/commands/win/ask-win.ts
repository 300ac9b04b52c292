/**
 * The questions of `herald win`, in the manner of init's steps: each answer comes from its
 * flag when one is given (checked as a typed answer would be), else from the prompt on a
 * terminal, else it is left out. Tests drive it with a scripted prompt.
 */
import type { Check } from '../../core/init/check-answer.js';
import { isIsoDate, type IsoDate } from '../../core/time/dates.js';
import { LEVELS } from '../../core/plan/formats.js';
import type { Plan } from '../../core/plan/schema.js';
import { suggestionHint } from '../../core/words/suggest.js';
import { show } from '../../core/words/text.js';
import { readMetric, splitNames, type WinAnswers } from '../../core/win/win-entry.js';
import { EXIT, HeraldError } from '../../errors.js';
import type { ChoicePrompt, InputQuestion } from '../init/prompt.js';

/** Every answer is also a flag (commander's camelCase of --kebab-case); list flags repeat. */
export interface WinFlags {
  title?: string | undefined;
  date?: string | undefined;
  what?: string | undefined;
  why?: string | undefined;
  next?: string | undefined;
  nextBy?: string | undefined;
  goal?: string[] | undefined;
  audience?: string[] | undefined;
  impact?: string | undefined;
  metric?: string | undefined;
  evidence?: string | undefined;
  credit?: string[] | undefined;
}

export interface WinContext {
  /** Null without a terminal: flags answer, the rest is left out. */
  prompt: ChoicePrompt | null;
  flags: WinFlags;
  plan: Pick<Plan, 'goals' | 'audiences'>;
  today: IsoDate;
  /** A candidate being completed: its title and date are the defaults, its source is shown. */
  candidate?: { title: string; date: IsoDate; source: string } | undefined;
}

// init's checks of these two would load its cadence and time-zone checks too, for nothing.
const checkDate: Check = (value) => (isIsoDate(value.trim()) ? true : 'Write a date that exists, as YYYY-MM-DD (e.g. 2027-03-31).');
const checkLevel: Check = (value) =>
  (LEVELS as readonly string[]).includes(value.trim()) ? true : `It must be one of ${LEVELS.join(', ')}`;
const checkTitle: Check = (value) => (value.trim() === '' ? 'Name the win in one line.' : true);
const checkOptionalDate: Check = (value) => (value.trim() === '' ? true : checkDate(value));
const checkOptionalMetric: Check = (value) => {
  if (value.trim() === '') return true;
  const read = readMetric(value);
  return read.ok ? true : read.message;
};

export async function askWin(context: WinContext): Promise<WinAnswers> {
  const { candidate } = context;
  const title = await ask(context, 'title', {
    message: 'The win, in one line',
    hint: candidate === undefined ? undefined : `from ${candidate.source}`,
    default: candidate?.title,
    validate: checkTitle,
  });
  const date = await ask(context, 'date', {
    message: 'When did it happen? (YYYY-MM-DD)',
    default: candidate?.date ?? context.today,
    validate: checkDate,
  });
  const what = await ask(context, 'what', { message: 'What was done? (optional)' });
  const why = await ask(context, 'why', { message: 'Why does it matter? (optional)' });
  const next = await ask(context, 'next', { message: 'What comes next? (optional)' });
  const nextBy =
    next === '' && context.flags.nextBy === undefined
      ? ''
      : await ask(context, 'nextBy', { message: 'By when? (YYYY-MM-DD, optional)', validate: checkOptionalDate });
  if (nextBy !== '' && next === '') {
    throw new HeraldError('missing-option', '--next-by needs --next: the date of which next step?', {
      hint: 'Give both, e.g. --next "Repeat in March" --next-by 2027-03-15.',
    });
  }
  const goals = await pick(context, 'goal', 'Which goals does it advance?', context.plan.goals ?? [], (goal) => goal.title);
  const audiences = await pick(
    context,
    'audience',
    'Who should hear about it? (none ticked: the audiences of its goals)',
    context.plan.audiences ?? [],
    (audience) => audience.name,
  );
  const impact = await chooseImpact(context);
  const metricText = await ask(context, 'metric', {
    message: 'A figure that shows it (optional)',
    hint: 'name=value unit, e.g. pipeline=240000 USD or adoption=45%',
    validate: checkOptionalMetric,
  });
  const evidence = await ask(context, 'evidence', {
    message: 'Where can people check it? (optional)',
    hint: 'a link to a report, a dashboard or a pull request; without evidence or a figure, `herald validate` calls it hype',
  });
  const credit =
    context.flags.credit !== undefined
      ? context.flags.credit.map((name) => name.trim()).filter((name) => name !== '')
      : context.prompt === null
        ? []
        : splitNames(await context.prompt.input({ message: 'Who should be thanked? (names, apart by commas; optional)' }));
  const metric = metricText === '' ? undefined : readMetric(metricText);
  return {
    title,
    date,
    what: optional(what),
    why: optional(why),
    next: optional(next),
    nextBy: optional(nextBy),
    impact,
    goals,
    audiences,
    metric: metric?.ok === true ? metric.metric : undefined,
    evidence: optional(evidence),
    credit,
  };
}

type TextFlag = 'title' | 'date' | 'what' | 'why' | 'next' | 'nextBy' | 'metric' | 'evidence';

/** The flag's value when given (checked like a typed answer), else the prompt's answer, else the default. */
async function ask(context: WinContext, flag: TextFlag, question: InputQuestion): Promise<string> {
  const given = context.flags[flag];
  if (given !== undefined) {
    checkFlag(flag, given, question.validate);
    return given.trim();
  }
  if (context.prompt === null) return question.default ?? '';
  return (await context.prompt.input(question)).trim();
}

async function chooseImpact(context: WinContext): Promise<WinAnswers['impact']> {
  const given = context.flags.impact;
  if (given !== undefined) {
    checkFlag('impact', given, checkLevel);
    return given.trim() as WinAnswers['impact'];
  }
  if (context.prompt === null) return undefined;
  return context.prompt.select<(typeof LEVELS)[number]>({
    message: 'How much does it matter? (it decides what leads a draft)',
    choices: LEVELS.map((value) => ({ value })),
    default: 'medium',
  });
}

/** Ids from a repeatable flag (or a,b), each one the plan knows; else ticked on a terminal. */
async function pick<T extends { id: string }>(
  context: WinContext,
  flag: 'goal' | 'audience',
  message: string,
  entries: readonly T[],
  label: (entry: T) => string,
): Promise<string[]> {
  const given = context.flags[flag];
  const ids = entries.map((entry) => entry.id);
  if (given !== undefined) {
    const chosen = [...new Set(given.flatMap((value) => value.split(',')).map((value) => value.trim()))].filter((id) => id !== '');
    for (const id of chosen) {
      if (!ids.includes(id)) {
        throw new HeraldError('unknown-id', `--${flag} ${show(id)}: the plan has no ${flag} ${show(id)}`, {
          hint: suggestionHint(id, ids, `${flag}s`),
          exitCode: EXIT.problems,
        });
      }
    }
    return chosen;
  }
  if (context.prompt === null || entries.length === 0) return [];
  return context.prompt.checkbox({ message, choices: entries.map((entry) => ({ value: entry.id, name: `${entry.id}: ${label(entry)}` })) });
}

function checkFlag(flag: string, value: string, check: Check | undefined): void {
  const verdict = check?.(value) ?? true;
  if (verdict !== true) {
    throw new HeraldError(
      'bad-option-value',
      `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${show(value)}: ${verdict}`,
      { hint: 'Run `herald win --help` for the flags.' },
    );
  }
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}
