import { Command, Help, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from './commands/shared/context.js';
import type { CommandSpec, OptionSpec } from './commands/shared/command-spec.js';
import { COMMANDS } from './commands/registry.js';
import { helpAfter } from './help-text.js';
import pkg from '../package.json' with { type: 'json' };

/**
 * Declares Herald's commands, as each declares itself in its folder (src/commands/registry.ts),
 * and nothing else. Each action imports its command module only when it runs, so that
 * `herald validate` never loads what `generate` or `init` need. Given the arguments, only the
 * command they name is declared (its options are a few dozen objects to build on every
 * start); the overview, `help` and an unknown command (whose error suggests the nearest) get all.
 */
export function buildProgram(
  context: Omit<CommandContext, 'color'>,
  setExitCode: (code: number) => void,
  argv?: readonly string[],
): Command {
  // Set before the subcommands are added, which copy these settings when they are created.
  const program = new Command('herald')
    .exitOverride()
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) })
    .description('Plan internal marketing and communications: a YAML plan in git, checked, scheduled and drafted.')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'never colour the output (NO_COLOR works too)')
    .option('--color', 'colour the output even when it is not a terminal')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({
      subcommandTerm: (command) =>
        COMMANDS.find((spec) => spec.name === command.name())?.overviewTerm ?? new Help().subcommandTerm(command),
    })
    // Help texts are functions, so that they are composed only when help is shown.
    .addHelpText('after', () =>
      helpAfter(
        COMMANDS.flatMap((spec) => spec.overviewExample ?? []),
        'Run `herald <command> --help` for its options and examples.',
      ),
    );

  const withContext = (): CommandContext => {
    const color = program.getOptionValueSource('color') === 'cli' ? (program.opts().color as boolean) : undefined;
    if (color === undefined) return context;
    // Copied with its getters: spreading would read stdin, which creates Node's stdin stream.
    return Object.defineProperties(
      {},
      { ...Object.getOwnPropertyDescriptors(context), color: { value: color, enumerable: true } },
    ) as CommandContext;
  };

  // Declared in the registry's order, which is the order the help lists them in.
  const named = COMMANDS.find((spec) => spec.name === argv?.find((arg) => !arg.startsWith('-')));
  for (const spec of named === undefined ? COMMANDS : [named])
    declare(program, spec, async (args, options) => setExitCode(await spec.run(args, options, withContext())));
  return program;
}

function declare(program: Command, spec: CommandSpec, action: (args: (string | undefined)[], options: object) => Promise<void>): void {
  const command = program.command(spec.name).description(spec.description);
  if (spec.usage !== undefined) command.usage(spec.usage);
  for (const argument of spec.arguments ?? []) command.argument(argument.name, argument.description);
  for (const option of spec.options) command.addOption(commanderOption(option));
  command
    .addHelpText('after', () => helpAfter(spec.examples, ...(spec.notes ?? [])))
    // commander passes the arguments, then the options, then the command itself.
    .action((...params: unknown[]) => action(params.slice(0, -2) as (string | undefined)[], params.at(-2) as object));
}

function commanderOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.description === undefined) option.hideHelp();
  if (spec.choices !== undefined) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.value === 'list') option.argParser(repeatable);
  if (spec.value === 'path') option.argParser(notEmpty);
  return option;
}

/** A repeatable option: every occurrence kept, in order. */
function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--out ''` would write into the working folder: a path must be given. */
function notEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give a path, not an empty string.');
  return value;
}
