import { Command, Option } from 'commander';
import type { CommandContext } from './commands/context.js';
import pkg from '../package.json' with { type: 'json' };

/**
 * Declares Herald's commands and nothing else. Each action imports its command module only
 * when it runs, so that `herald validate` never loads what `generate` or `init` need.
 */
export function buildProgram(context: Omit<CommandContext, 'color'>, setExitCode: (code: number) => void): Command {
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
    .addHelpText(
      'after',
      examples(['herald init', 'herald validate', 'herald validate plans/h1.yaml --format json', 'herald schema > plan.schema.json']),
    );

  const withContext = (): CommandContext => {
    const color = program.getOptionValueSource('color') === 'cli' ? (program.opts().color as boolean) : undefined;
    return color === undefined ? { ...context } : { ...context, color };
  };

  program
    .command('validate')
    .description('check a plan: YAML, structure, references, dates, cadences and planning rules')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail (exit 1) on warnings too', false)
    .option('-q, --quiet', 'report errors only', false)
    .addHelpText(
      'after',
      examples([
        'herald validate                      # checks ./herald.yaml',
        'herald validate plans/h1.yaml --strict',
        'herald validate --format json | jq .valid',
        'herald validate --format github      # annotations in GitHub Actions',
      ]) + '\nExit codes: 0 valid, 1 problems found (warnings too with --strict), 2 could not run.\n',
    )
    .action(async (plan: string | undefined, options: { format: 'text' | 'json' | 'github'; strict: boolean; quiet: boolean }) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExitCode(await validateCommand(plan, options, withContext()));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the plan file, for editors')
    .addHelpText(
      'after',
      examples([
        'herald schema > plan.schema.json',
        '# then, on the first line of herald.yaml:',
        '# yaml-language-server: $schema=./plan.schema.json',
      ]),
    )
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExitCode(schemaCommand(withContext()));
    });

  return program;
}

export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => (line.startsWith('#') ? `  ${line}` : `  $ ${line}`)).join('\n')}\n`;
}
