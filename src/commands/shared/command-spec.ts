import type { CommandContext } from './context.js';

/**
 * A command as it declares itself in its folder (`src/commands/<name>/command.ts`): what
 * program.ts needs to declare it to commander, what the build runs to warm its code cache, and
 * how to run it. Data and a lazy import only: every command's declaration is loaded on every
 * start, so a command.ts imports its own module only inside `run`, and other modules as types.
 */
export interface CommandSpec<Options extends object = object> {
  name: string;
  description: string;
  /** In commander's notation: `[plan]` may be left out, `<channel>` may not. */
  arguments?: readonly ArgumentSpec[];
  /** The usage line, when commander's own would mislead. */
  usage?: string;
  /** The command as the overview (`herald --help`) lists it, when its usage is too long. */
  overviewTerm?: string;
  options: readonly OptionSpec[];
  /** The examples after `herald <name> --help`; a `# comment` may follow two spaces. */
  examples: readonly string[];
  /** Paragraphs after the examples, e.g. the exit codes. */
  notes?: readonly string[];
  /** The line in the overview's examples, if any (they follow the workflow order). */
  overviewExample?: string;
  /**
   * The arguments of the run the build makes to write this command's code cache
   * (`dist/herald.<name>.cache`), and the bench times when it has no case of its own.
   */
  warmRun(paths: WarmPaths): readonly string[];
  /** Loads the command's module (only now) and runs it: commander's arguments, then its options. */
  run(args: readonly (string | undefined)[], options: Options, context: CommandContext): Promise<number>;
}

export interface ArgumentSpec {
  name: string;
  description: string;
}

export interface OptionSpec {
  /** commander's flags, e.g. `-f, --format <format>`. */
  flags: string;
  /** Left out: a hidden option, there only to explain itself (-f in a command without --format). */
  description?: string;
  choices?: readonly string[];
  default?: string | boolean;
  /** list: every occurrence kept, in order (--goal a --goal b); path: a path, never ''. */
  value?: 'list' | 'path';
}

/** Where a warm-up run may read and write. */
export interface WarmPaths {
  /** The example plan, read only. */
  example: string;
  /** A scratch folder holding `plan.yaml`, a copy of the example plan, to write in. */
  scratch: string;
}

/** Type-checks a command's declaration against its own options. */
export function defineCommand<Options extends object>(spec: CommandSpec<Options>): CommandSpec<Options> {
  return spec;
}
