/**
 * Asking one question of the table (questions.ts): from its flag when given, checked like a
 * typed answer, else through the prompt, with the table's message, hint, default and check.
 */
import {
  checkCadence,
  checkDate,
  checkDuration,
  checkOneOf,
  checkOptionalNumber,
  checkSlug,
  checkText,
  checkTime,
  checkTimeZone,
  type Check,
} from '../../core/init/check-answer.js';
import { show } from '../../core/words/text.js';
import { HeraldError } from '../../errors.js';
import type { InputQuestion, Prompt } from './prompt.js';
import {
  INIT_QUESTIONS,
  initFlag,
  type CheckName,
  type ChoiceKey,
  type ChoiceOf,
  type InitFlags,
  type InitQuestion,
  type QuestionKey,
} from './questions.js';

export interface AskContext {
  prompt: Prompt;
  flags: InitFlags;
}

const CHECKS: Record<CheckName, Check> = {
  text: checkText,
  date: checkDate,
  timeZone: checkTimeZone,
  number: checkOptionalNumber,
  slug: checkSlug,
  cadence: checkCadence,
  time: checkTime,
  duration: checkDuration,
};

/** The table's check of an answer: its named check, or for a choice, one of its values. */
function checkOf(entry: InitQuestion): Check | undefined {
  if (entry.choices !== undefined) return checkOneOf(entry.choices);
  return entry.check === undefined ? undefined : CHECKS[entry.check];
}

export interface Asking {
  /** The audience's name, for `{name}` in the message. */
  name?: string;
  /** In place of the table's, e.g. one worked out from other answers. */
  default?: string;
  /** A check in place of the table's, e.g. a date between two others. */
  validate?: Check;
}

/** The table's question, with its check, its default and "(optional)" only where no suggestion shows. */
export function question(key: QuestionKey, asking: Asking = {}): InputQuestion {
  const entry: InitQuestion = INIT_QUESTIONS[key];
  const fill = (text: string): string => text.replaceAll('{name}', asking.name ?? '');
  const suggestion = asking.default ?? entry.default ?? '';
  const check = asking.validate ?? checkOf(entry);
  return {
    message: `${fill(entry.message)}${entry.optional === true && suggestion === '' ? ' (optional)' : ''}`,
    hint: entry.hint === undefined ? undefined : fill(entry.hint),
    default: suggestion,
    // An optional answer may be empty, or "-" to leave out a suggestion; otherwise it goes through its check.
    validate: check === undefined ? undefined : entry.optional === true ? (value) => isNone(value) || check(value) : check,
  };
}

/** The flag's value when given (checked like a typed answer), else the prompt's answer. */
export async function ask(context: AskContext, key: QuestionKey, asking: Asking = {}): Promise<string> {
  const shown = question(key, asking);
  const given = context.flags[key];
  if (given !== undefined) {
    checkFlag(key, given, shown.validate);
    return given.trim();
  }
  return (await context.prompt.input(shown)).trim();
}

/** A choice of the table's values, the table's default selected. */
export async function choose<Key extends ChoiceKey>(context: AskContext, key: Key, name?: string): Promise<ChoiceOf<Key>> {
  const entry: InitQuestion = INIT_QUESTIONS[key];
  const values = (entry.choices ?? []) as readonly ChoiceOf<Key>[];
  const given = context.flags[key];
  if (given !== undefined) {
    checkFlag(key, given, checkOf(entry));
    return given.trim() as ChoiceOf<Key>;
  }
  const message = entry.message.replaceAll('{name}', name ?? '');
  return context.prompt.select({ message, choices: values.map((value) => ({ value })), default: entry.default as ChoiceOf<Key> });
}

function checkFlag(key: QuestionKey, value: string, check: Check | undefined): void {
  const verdict = check?.(value) ?? true;
  if (verdict !== true) {
    const flag = initFlag(key).split(' ')[0] ?? key;
    throw new HeraldError('bad-option-value', `${flag} ${show(value)}: ${verdict}`, { hint: 'Run `herald init --help` for the flags.' });
  }
}

/** An optional answer left out: empty, or "-" where Enter would take a suggestion. */
export function isNone(text: string): boolean {
  return text.trim() === '' || text.trim() === '-';
}

export function optional(text: string): string | undefined {
  return isNone(text) ? undefined : text;
}
