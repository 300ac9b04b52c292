import type * as ChalkModule from 'chalk';
import type { Palette } from '../format/palette.js';

/** What Herald writes to: stdout or stderr, or a stand-in in tests. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number | undefined;
  /** The Node stream behind it, for a library that must draw on the real thing (init's prompts). */
  stream?: NodeJS.WritableStream;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Colour only for a terminal, unless the user says otherwise: NO_COLOR (any value) turns it
 * off, FORCE_COLOR turns it on (chalk reads FORCE_COLOR but not NO_COLOR), and so do the
 * --color / --no-color flags, which win over both.
 */
export function colorLevel(stream: OutputStream, env: Environment, flag?: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, forcedLevel(env) ?? 1) as 1 | 2 | 3;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = forcedLevel(env);
  if (forced !== undefined) return forced;
  if (stream.isTTY !== true || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}

function forcedLevel(env: Environment): 0 | 1 | 2 | 3 | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? 1 : (Math.min(3, Math.max(0, level)) as 0 | 1 | 2 | 3);
}

let chalkModule: typeof ChalkModule | undefined;

/** Loads chalk, which paletteFor needs for any colour. */
export async function loadChalk(): Promise<void> {
  chalkModule ??= await import('chalk');
}

/**
 * Loads chalk when some output may be coloured: a terminal, FORCE_COLOR, `--color`. Most runs
 * write to a pipe, a file or CI's log, and chalk building its styles when it loads costs every
 * start ~120 KB of memory, which the first garbage collection then has to copy.
 */
export async function loadChalkIfColoured(streams: readonly OutputStream[], env: Environment, argv: readonly string[]): Promise<void> {
  if (argv.includes('--color') || streams.some((stream) => colorLevel(stream, env) > 0)) await loadChalk();
}

const PLAIN: Palette = {
  enabled: false,
  error: (text) => text,
  warning: (text) => text,
  success: (text) => text,
  dim: (text) => text,
  bold: (text) => text,
  accent: (text) => text,
};

/** The palette for a colour level; any colour needs chalk loaded first (loadChalkIfColoured). */
export function paletteFor(level: 0 | 1 | 2 | 3): Palette {
  if (level === 0) return PLAIN;
  if (chalkModule === undefined) throw new Error('paletteFor: colour asked for before chalk was loaded (loadChalkIfColoured)');
  const chalk = new chalkModule.Chalk({ level });
  return {
    enabled: level > 0,
    error: (text) => chalk.red.bold(text),
    warning: (text) => chalk.yellow.bold(text),
    success: (text) => chalk.green(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    accent: (text) => chalk.cyan(text),
  };
}

/** Output width: the terminal's, else 80; never narrower than 40. */
export function widthOf(stream: OutputStream, env: Environment): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const columns = stream.columns ?? (Number.isNaN(fromEnv) ? 80 : fromEnv);
  return Math.max(40, columns);
}
