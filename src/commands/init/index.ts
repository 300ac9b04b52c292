import { resolve } from 'node:path';
import { planIds, renderPlan } from '../../core/init/render-plan.js';
import { explainSyntaxErrors, validatePlan } from '../../core/plan/validate-plan.js';
import { EXIT, HeraldError, InterruptedError } from '../../errors.js';
import type { Palette } from '../../format/palette.js';
import { refuseFormatFlag } from '../shared/format-flag.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import { defaultsPrompt, type Prompt } from './prompt.js';
import { runInitFlow, type InitFlags } from './steps.js';
import { DEFAULT_PLAN, displayPathOf, OTHER_DEFAULT_PLAN } from '../../io/read-plan-file.js';
import { colorLevel, paletteFor } from '../../io/terminal.js';
import { exists, writeFileSafely } from '../../io/write-file.js';
import type { CommandContext } from '../shared/context.js';

export interface InitOptions extends InitFlags {
  /** Take the defaults for every question no flag answers; never prompt. */
  yes: boolean;
  /** Replace an existing file. */
  force: boolean;
  /** Not an option of init: -f is --format everywhere, and init explains that. */
  format?: string | undefined;
}

// Printed after "hint: ", so the first line is 74 columns and no line passes 80.
const NON_INTERACTIVE_HINT =
  'Run `herald init --yes` for the defaults, with flags for your own answers:\n' +
  '  herald init --yes --name "Platform team visibility" \\\n' +
  '    --goal "Leadership knows our wins" --cadence "weekly on monday"\n' +
  '(`herald init --help` lists every flag).';

/** Printed lines stay within this many columns, whatever the terminal. */
const LINE_WIDTH = 80;

/**
 * Asks for the essentials of a plan and writes it, commented, to a new file. Interactive only
 * when stdin and stdout are a terminal (as create-vite decides); otherwise `--yes` is needed,
 * so that a script never hangs on a question nobody can answer.
 */
export async function initCommand(fileArgument: string | undefined, options: InitOptions, context: CommandContext): Promise<number> {
  refuseFormatFlag('init', options.format);
  const path = resolve(context.cwd, fileArgument ?? DEFAULT_PLAN);
  const displayPath = displayPathOf(path, context.cwd);
  // Commands read herald.yml when there is no herald.yaml, and refuse both: do not make both.
  if (fileArgument === undefined && (await exists(resolve(context.cwd, OTHER_DEFAULT_PLAN)))) {
    throw new HeraldError('plan-exists', `${OTHER_DEFAULT_PLAN} is already the plan here`, {
      hint: `Herald reads it when there is no ${DEFAULT_PLAN}; name another file for a new plan: \`herald init plans/new.yaml\`.`,
    });
  }
  // Before the first question: nobody should answer ten questions to learn the file exists.
  if (!options.force && (await exists(path))) {
    throw new HeraldError('plan-exists', `${displayPath} already exists`, {
      hint: `Pass --force to replace it, or name another file: \`herald init plans/${fileArgument === undefined ? 'new.yaml' : 'new-plan.yaml'}\`.`,
    });
  }
  const interactive = !options.yes && context.stdin?.isTTY === true && context.stdout.isTTY === true;
  if (!options.yes && !interactive) {
    throw new HeraldError('no-terminal', 'herald init asks questions, and there is no terminal to ask them in', {
      hint: NON_INTERACTIVE_HINT,
    });
  }

  // The edge reads the system's time zone; the steps and the core only receive it.
  const system = context.zones.system();
  const systemZone = system.zone;
  const prompt: Prompt = interactive ? await terminalPrompt(context) : defaultsPrompt;
  if (interactive) {
    context.stdout.write(
      `Herald will write ${displayPath} from your answers.\nEnter takes the answer in parentheses, - leaves an optional one out;\nCtrl-C stops without writing.\n\n`,
    );
  }
  const today = context.zones.today(systemZone);
  const answers = await runInitFlow({ prompt, flags: options, today, systemTimeZone: systemZone, answers: {} }).catch((error: unknown) => {
    if (error instanceof InterruptedError) throw new InterruptedError(`Stopped: nothing was written to ${displayPath}.`);
    throw error;
  });
  const text = renderPlan(answers, { today });

  const check = await explainSyntaxErrors(
    validatePlan(new TextEncoder().encode(text), {
      today: (zone) => context.zones.today(zone),
      zoneOffset: context.zones.offset,
    }),
  );
  const errors = check.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((error) => `  line ${error.line}: ${error.message}`).join('\n');
    throw new HeraldError(
      'would-have-errors',
      `These answers make a plan with errors, so nothing was written:\n${safeTerminalText(list)}`,
      { hint: 'Check the dates and cadences you gave.' },
    );
  }
  await writeFileSafely(path, text, { force: options.force, displayPath, fileSystem: context.fileSystem });
  if (!system.known && answers.timezone === 'UTC') {
    context.stderr.write(`note: the system's time zone is unknown, so ${displayPath} says UTC; set \`timezone:\` if that is wrong\n`);
  }

  const palette = paletteFor(colorLevel(context.stdout, context.env, context.color));
  const argument = fileArgument === undefined ? '' : ` ${displayPath}`;
  const planFlag = fileArgument === undefined ? '' : ` --plan ${displayPath}`;
  const warnings = check.diagnostics.length;
  const steps: NextStep[] = [
    [`herald validate${argument}`, 'check the plan (run it after every edit)'],
    [`herald schedule${argument}`, 'who hears what, and when'],
    [`herald track ${planIds(answers).goal} <value>${planFlag}`, 'record where your goal stands'],
    ['herald schema > plan.schema.json', 'so your editor checks the plan as you type'],
  ];
  const lines = [
    `${palette.success('✔')} Wrote ${displayPath}`,
    ...(warnings === 0
      ? []
      : [`  It has ${warnings} warning${warnings === 1 ? '' : 's'}: things to fill in, which \`herald validate\` lists.`]),
    '',
    'Next steps:',
    ...formatNextSteps(steps, palette),
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

type NextStep = [command: string, why: string];

/**
 * Commands in a column and what each does beside it, within LINE_WIDTH: a command too long
 * for the column (a long goal id, a plan path) gets a line of its own, its words below it.
 */
function formatNextSteps(steps: readonly NextStep[], palette: Palette): string[] {
  const longestWhy = Math.max(...steps.map(([, why]) => why.length));
  const fitting = steps.map(([command]) => command.length).filter((length) => 2 + length + 3 + longestWhy <= LINE_WIDTH);
  const column = 2 + Math.max(0, ...fitting) + 3;
  return steps.flatMap(([command, why]) =>
    2 + command.length + 3 <= column
      ? [`  ${command.padEnd(column - 2)}${palette.dim(why)}`]
      : [`  ${command}`, `${' '.repeat(column)}${palette.dim(why)}`],
  );
}

async function terminalPrompt(context: CommandContext): Promise<Prompt> {
  const { inquirerPrompt } = await import('./inquirer-prompt.js');
  // Interactive means stdin and stdout are the process's terminal streams, which inquirer reads and draws on.
  return inquirerPrompt({
    input: context.stdin as NodeJS.ReadableStream,
    output: context.stdout.stream ?? (context.stdout as NodeJS.WritableStream),
  });
}
