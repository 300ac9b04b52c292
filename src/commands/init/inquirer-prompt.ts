/**
 * The Prompt of a real terminal, with @inquirer/prompts. Loaded only when `herald init` or
 * `herald win` runs interactively, so no other command (nor `init --yes`) pays for inquirer.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { InterruptedError } from '../../errors.js';
import type { CheckboxQuestion, ChoicePrompt, SelectQuestion } from './prompt.js';

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Longer lists scroll; ten (the channel types) fit any terminal. */
const MAX_PAGE = 12;

export function inquirerPrompt(streams: PromptStreams): ChoicePrompt {
  const context = { input: streams.input, output: streams.output };
  return {
    input: (question) => {
      // inquirer's input has no line for examples: they go above the question, plain.
      if (question.hint !== undefined) streams.output.write(`  ${question.hint}\n`);
      return interruptible(
        input(
          {
            message: question.message,
            default: question.default,
            ...(question.validate === undefined ? {} : { validate: question.validate }),
          },
          context,
        ),
      );
    },
    select: <T extends string>(question: SelectQuestion<T>) =>
      interruptible(
        select<T>(
          {
            message: question.message,
            choices: question.choices.map((choice) => ({ ...choice })),
            // inquirer shows 7 by default: the ten channel types should all be in view.
            pageSize: Math.min(question.choices.length, MAX_PAGE),
            ...(question.default === undefined ? {} : { default: question.default }),
          },
          context,
        ),
      ),
    confirm: (question) => {
      if (question.hint !== undefined) streams.output.write(`${question.hint.replace(/^/gm, '  ')}\n`);
      return interruptible(confirm({ message: question.message, default: question.default }, context));
    },
    checkbox: <T extends string>(question: CheckboxQuestion<T>) =>
      interruptible(
        checkbox<T>({ message: question.message, choices: question.choices.map((choice) => ({ ...choice })), pageSize: MAX_PAGE }, context),
      ),
  };
}

/** Ctrl-C makes inquirer reject with ExitPromptError; Herald turns it into a quiet exit 130. */
async function interruptible<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError();
    throw error;
  }
}
