/**
 * The tail every reading command shares (schedule, report, brief): the style of text output,
 * the note about warnings, and the result written to stdout or to --out.
 */
import { resolve } from 'node:path';
import { plural } from '../../core/words/values.js';
import { EXIT } from '../../errors.js';
import { plainPalette, type Palette } from '../../format/palette.js';
import { piecesOf, type OutputText } from '../../format/text-pieces.js';
import { displayPathOf } from '../../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import type { CommandContext } from './context.js';
import type { LoadedPlan } from './load-plan.js';

export interface OutputOptions {
  /** Write to this file instead of stdout. */
  out?: string;
  force: boolean;
}

/** A file gets no colour and a fixed width of 80; the terminal gets its own. */
export function textStyle(options: OutputOptions, context: CommandContext): { palette: Palette; width: number } {
  if (options.out !== undefined) return { palette: plainPalette, width: 80 };
  return { palette: paletteFor(colorLevel(context.stdout, context.env, context.color)), width: widthOf(context.stdout, context.env) };
}

/** One line on stderr when the plan has warnings: the command ran, validate has the details. */
export function noteWarnings(loaded: Pick<LoadedPlan, 'file' | 'warnings'>, context: CommandContext): void {
  if (loaded.warnings.length === 0) return;
  context.stderr.write(
    `note: ${loaded.file.displayPath} has ${plural(loaded.warnings.length, 'warning')}; \`herald validate\` shows them\n`,
  );
}

/** Prints `output` on stdout, a piece at a time when it comes in pieces. */
export function printOutput(output: OutputText, context: Pick<CommandContext, 'stdout'>): void {
  for (const piece of piecesOf(output)) context.stdout.write(piece);
}

/**
 * Prints `output` on stdout, or writes it to --out (refusing to replace a file without
 * --force) and says so on stderr with `wrote(shownPath)`, by default "Wrote <path>".
 */
export async function writeOutput(
  output: OutputText,
  options: OutputOptions,
  context: CommandContext,
  wrote: (shown: string) => string = (shown) => `Wrote ${shown}`,
): Promise<number> {
  if (options.out === undefined) {
    printOutput(output, context);
    return EXIT.ok;
  }
  const path = resolve(context.cwd, options.out);
  const shown = displayPathOf(path, context.cwd);
  // Loaded only for --out: the write path (temp files, hashing names, fsync) costs start-up time.
  const { writeFileSafely } = await import('../../io/write-file.js');
  // "Wrote" only once the whole page is in place: a failure throws before it.
  await writeFileSafely(path, output, { force: options.force, displayPath: shown, fileSystem: context.fileSystem });
  context.stderr.write(`${wrote(shown)}\n`);
  return EXIT.ok;
}
