import { CommanderError } from 'commander';
import type { CommandContext } from './commands/shared/context.js';
import { EXIT, HeraldError, InterruptedError } from './errors.js';
import { buildProgram } from './program.js';
import { colorLevel, loadChalkIfColoured, paletteFor } from './io/terminal.js';
import { zoneService } from './io/zone-service.js';
import { isIsoDate } from './core/time/dates.js';

export interface MainInput extends Omit<CommandContext, 'now' | 'color' | 'zones'> {
  argv: readonly string[];
  /** The real clock; HERALD_TODAY in `env` overrides it. */
  now: Date;
}

/**
 * Runs Herald and returns its exit code. The one place where errors become output: expected
 * ones (HeraldError, usage) as a message and a hint, anything else as a bug with its stack.
 */
export async function main(input: MainInput): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    await loadChalkIfColoured([input.stdout, input.stderr], input.env, input.argv);
    const now = clock(input);
    const context = {
      cwd: input.cwd,
      env: input.env,
      // Read on demand: creating the process's stdin stream costs start-up time, and only init reads it.
      get stdin() {
        return input.stdin;
      },
      stdout: input.stdout,
      stderr: input.stderr,
      now,
      zones: zoneService(now, input.env),
      fileSystem: input.fileSystem,
    };
    notePinnedDate(input);
    const program = buildProgram(
      context,
      (code) => {
        exitCode = code;
      },
      input.argv,
    );
    if (input.argv.length === 0) {
      // The overview with its examples (helpInformation() alone would leave them out).
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...input.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, input);
  }
}

function clock(input: MainInput): Date {
  const pinned = input.env.HERALD_TODAY;
  if (pinned === undefined || pinned === '') return input.now;
  // Checked by arithmetic (isIsoDate): a Date's toISOString would start V8's date and zone
  // machinery, most of a millisecond, for a check.
  if (!isIsoDate(pinned)) {
    throw new HeraldError('bad-herald-today', `HERALD_TODAY is "${pinned}", not a date`, {
      hint: 'Set it to a date as YYYY-MM-DD, or unset it to use the real date.',
    });
  }
  return new Date(`${pinned}T12:00:00Z`);
}

/** The text of the note on stderr when HERALD_TODAY pins the date (tests look for it). */
export const PINNED_DATE_NOTE = /^note: HERALD_TODAY=\S+ pins today's date.*\n/m;

/**
 * A pinned date is easy to forget in a shell (a later `track` would record it): say so on
 * stderr, once, for commands that read the date. Stdout stays clean for JSON, calendars and mail.
 */
function notePinnedDate(input: MainInput): void {
  const pinned = input.env.HERALD_TODAY;
  const [command = ''] = input.argv;
  if (pinned === undefined || pinned === '' || command.startsWith('-') || command === 'schema' || command === 'help') return;
  if (input.argv.some((arg) => arg === '-h' || arg === '--help')) return;
  input.stderr.write(`note: HERALD_TODAY=${pinned} pins today's date; unset it to use the real one\n`);
}

function report(error: unknown, input: MainInput): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; every other commander error is bad usage.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
      ? EXIT.ok
      : EXIT.cannotRun;
  }
  if (error instanceof InterruptedError) {
    // On a line of its own: the prompt that was interrupted leaves the cursor after its question.
    if (error.note !== undefined) input.stderr.write(`\n${error.note}\n`);
    return EXIT.interrupted;
  }
  const palette = paletteFor(colorLevel(input.stderr, input.env));
  if (error instanceof HeraldError) {
    input.stderr.write(`${palette.error('error:')} ${error.message}\n`);
    if (error.hint !== undefined) input.stderr.write(`${palette.accent('hint:')} ${error.hint}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  input.stderr.write(`${palette.error('Herald hit a bug.')} Please report it with the command you ran and this output:\n${stack}\n`);
  return EXIT.cannotRun;
}
