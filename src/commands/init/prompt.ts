/**
 * The questions `herald init` asks go through this interface, so that the flow does not know
 * whether a person answers (inquirer, in a terminal), the defaults do (`--yes`), or a test does.
 */
import type { Check } from '../../core/init/check-answer.js';

export interface InputQuestion {
  message: string;
  /** A line shown above the question (in a terminal only), e.g. examples of an answer. */
  hint?: string | undefined;
  default?: string | undefined;
  validate?: Check | undefined;
}

export interface Choice<T extends string> {
  value: T;
  name?: string;
  description?: string;
}

export interface SelectQuestion<T extends string> {
  message: string;
  choices: readonly Choice<T>[];
  default?: T | undefined;
}

export interface ConfirmQuestion {
  message: string;
  /** Lines shown above the question (in a terminal only), e.g. why it is asked. */
  hint?: string | undefined;
  default: boolean;
}

export interface Prompt {
  input(question: InputQuestion): Promise<string>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

export interface CheckboxQuestion<T extends string> {
  message: string;
  choices: readonly (Choice<T> & { checked?: boolean })[];
}

/** A Prompt that also offers several choices to tick (`herald win`: goals, audiences, candidate wins). */
export interface ChoicePrompt extends Prompt {
  checkbox<T extends string>(question: CheckboxQuestion<T>): Promise<T[]>;
}

/** `--yes`: every question not answered by a flag takes its default. */
export const defaultsPrompt: Prompt = {
  input: (question) => Promise.resolve(question.default ?? ''),
  select: <T extends string>(question: SelectQuestion<T>) => {
    const value = question.default ?? question.choices[0]?.value;
    return value === undefined ? Promise.reject(new Error(`No choices for "${question.message}"`)) : Promise.resolve(value);
  },
  confirm: (question) => Promise.resolve(question.default),
};
