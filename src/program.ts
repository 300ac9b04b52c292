import { Command, Help, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from './commands/shared/context.js';
// Type-only imports: erased at build time, so declaring a command loads none of its code.
import type { BriefCommandOptions } from './commands/brief/index.js';
import type { GenerateOptions } from './commands/generate/index.js';
import type { InitOptions } from './commands/init/index.js';
import { INIT_QUESTIONS } from './commands/init/questions.js';
import type { ReportCommandOptions } from './commands/report/index.js';
import type { ScheduleCommandOptions } from './commands/schedule/index.js';
import type { TrackOptions } from './commands/track/index.js';
import type { ValidateOptions } from './commands/validate/index.js';
import { helpAfter } from './help-text.js';
import { declareRecordCommands } from './program-record.js';
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
    // The overview lists track by its usual form: its full usage would push the descriptions
    // past 80 columns. `herald track --help` shows the plan argument.
    .configureHelp({
      subcommandTerm: (command) => (command.name() === 'track' ? 'track [options] <goal> <value>' : new Help().subcommandTerm(command)),
    })
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald init                       # answer a few questions: herald.yaml',
          'herald validate                   # check it, like a linter',
          'herald schedule                   # what is due in the next 4 weeks',
          'herald generate                   # drafts of the updates due this week',
          'herald sent <channel>             # record that an update went out',
          'herald track <goal> <value>       # record a measurement',
          'herald win --title "..."          # record a win',
          'herald report                     # where each goal stands',
        ],
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

  program
    .command('validate')
    .description('check a plan: YAML, structure, references, dates, cadences and planning rules')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail (exit 1) on warnings too', false)
    .option('-q, --quiet', 'report errors only', false)
    .option('-d, --date <date>', "judge date-dependent rules as of this day, YYYY-MM-DD (default: today in the plan's time zone)")
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald validate                      # checks ./herald.yaml',
          'herald validate plans/h1.yaml --strict',
          'herald validate --strict --date 2027-01-04   # the same answer every day, for CI',
          'herald validate --format json | jq .valid',
          'herald validate --format github      # annotations in GitHub Actions',
        ],
        'Exit codes: 0 valid, 1 problems found (warnings too with --strict), 2 could not run.',
      ),
    )
    .action(async (plan: string | undefined, options: ValidateOptions) => {
      const { validateCommand } = await import('./commands/validate/index.js');
      setExitCode(await validateCommand(plan, options, withContext()));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the plan file, for editors')
    .addHelpText('after', () =>
      helpAfter([
        'herald schema > plan.schema.json',
        '# then, on the first line of herald.yaml:',
        '# yaml-language-server: $schema=./plan.schema.json',
      ]),
    )
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema/index.js');
      setExitCode(schemaCommand(withContext()));
    });

  program
    .command('track')
    .description('record a measurement of a goal in the plan, in place (comments and formatting are kept)')
    // The plan comes first, as in every command, and may be left out: two words are <goal> <value>.
    .usage('[plan] <goal> [value] [options]')
    .argument('[plan]', 'the plan file (default: herald.yaml; --plan works too)')
    .argument('[goal]', 'the id of the goal measured')
    .argument('[value]', 'the measured value, a number without its unit (or --from-csv)')
    .option('-d, --date <date>', "the date measured, YYYY-MM-DD (default: today in the plan's time zone)")
    .option('--note <text>', 'context for the figure, e.g. where it comes from')
    // -n is --dry-run in generate, so it means nothing else: here it only says so.
    .addOption(new Option('-n <text>').hideHelp())
    .option('-p, --plan <file>', 'the plan file, as the first argument also takes it')
    .option('--from-csv <file>', 'compute the value from a survey or poll export (CSV)')
    .option('--column <name>', 'with --from-csv: the question, by header or spreadsheet letter (C)')
    .option('--stat <stat>', 'with --from-csv: top-box (% agreeing, default), mean or enps')
    .option('--agree <answers>', 'with --stat top-box: the answers that agree (default 4,5)', repeatable)
    .option('--where <column=value>', 'with --from-csv: only the rows where a column has this value', repeatable)
    .option('--min-responses <n>', 'with --from-csv: refuse fewer answers than this (default 5)')
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald track leadership-awareness 45        # the plan in ./herald.yaml',
          'herald track leadership-awareness 45 --date 2027-03-01 --note "Mid-quarter check-in"',
          'herald track plans/h1.yaml launch-brief-lag 2',
          'herald track launch-brief-lag 2 --date 2027-02-19 --note "Analytics Suite 3.0 launch"',
          'herald track leadership-awareness --from-csv pulse.csv --column "Can you name two marketing wins?"',
          'herald track sales-informed --from-csv pulse.csv --column D --agree "Agree,Strongly agree" --where "Team=Sales"',
          'herald track team-enps --from-csv enps.csv --column C --stat enps',
        ],
        'Exit codes: 0 recorded, 1 unknown goal, a plan with errors or too few responses, 2 bad value, date, flag or file.',
      ),
    )
    .action(async (first: string | undefined, second: string | undefined, third: string | undefined, options: TrackOptions) => {
      const { trackCommand } = await import('./commands/track/index.js');
      setExitCode(await trackCommand([first, second, third], options, withContext()));
    });

  program
    .command('generate')
    .description('draft every stakeholder update due in a window, per channel and audience, from Handlebars templates')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .option('--date <date>', 'one day (YYYY-MM-DD)')
    .option('--from <date>', 'first day (default: today)')
    .option('--to <date>', 'last day (default: six days after --from)')
    .addOption(new Option('-o, --out <folder>', 'where the drafts go (default: drafts/ next to the plan)').argParser(notEmpty))
    .option('-t, --templates <folder>', 'your own templates (<type>.hbs, partials/*.hbs), used before the built-in ones')
    .option('--stdout', 'print the drafts instead of writing files', false)
    .option('-n, --dry-run', 'list what would be written, write nothing', false)
    .option('--data', 'print the data handed to the templates, as JSON', false)
    .option('--quiet-too', 'also draft touchpoints with nothing new (they are left out by default)', false)
    .option('--force', 'overwrite drafts you have edited since Herald wrote them', false)
    .option('--diff', 'show how each kept (edited) draft differs from what Herald would write now', false)
    // -f is --format in every command that has one; here it only explains that.
    .addOption(new Option('-f, --format <format>').hideHelp())
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald generate                                # the next 7 days, into drafts/ next to the plan',
          'herald generate plan.yaml --date 2027-02-01 --stdout',
          'herald generate --from 2027-03-01 --to 2027-03-31 --out drafts/march',
          'herald generate --templates my-templates      # my-templates/email.hbs replaces the built-in one',
          'herald generate --data --date 2027-02-01 | jq ".[0].data"',
        ],
        'Drafts you edited are kept (reported as kept, with --diff to see what changed) unless you pass --force.',
        'Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, a template error, a file in the way).',
      ),
    )
    .action(async (plan: string | undefined, options: GenerateOptions) => {
      const { generateCommand } = await import('./commands/generate/index.js');
      setExitCode(await generateCommand(plan, options, withContext()));
    });

  program
    .command('report')
    .description('where the plan stands: goal progress, on track or not, trends, touches, highlights, people to recognise')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json', 'html']).default('text'))
    .option('-d, --date <date>', "the day the report is about, YYYY-MM-DD (default: today in the plan's time zone)")
    .option('--from <date>', "first day of the highlights shown (default: the plan's start)")
    .option('--to <date>', 'last day of the highlights shown (default: the report date)')
    .addOption(new Option('-o, --out <file>', 'write to this file instead of stdout').argParser(notEmpty))
    .option('--force', 'replace --out if it exists', false)
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald report',
          'herald report plans/h1.yaml --date 2027-04-01',
          'herald report --format json | jq ".goals[] | {id, progress}"',
          'herald report --format html --out report.html   # one page with a chart per goal',
          'herald report --format md --from 2027-03-01 --to 2027-03-31',
        ],
        'Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, no plan, --out exists).',
      ),
    )
    .action(async (plan: string | undefined, options: ReportCommandOptions) => {
      const { reportCommand } = await import('./commands/report/index.js');
      setExitCode(await reportCommand(plan, options, withContext()));
    });

  program
    .command('brief')
    .description('the plan as a one-page brief for colleagues: purpose, goals, who hears what and when, owners, research, feedback')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'html']).default('text'))
    .option('-a, --audience <id>', 'tailor the brief to one audience')
    .addOption(new Option('-o, --out <file>', 'write to this file instead of stdout').argParser(notEmpty))
    .option('--force', 'replace --out if it exists', false)
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald brief',
          'herald brief examples/herald.yaml --audience leadership',
          'herald brief --format md > BRIEF.md            # for a wiki or a README',
          'herald brief --format html --out brief.html    # prints well to PDF',
        ],
        'Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, unknown audience, no plan, --out exists).',
      ),
    )
    .action(async (plan: string | undefined, options: BriefCommandOptions) => {
      const { briefCommand } = await import('./commands/brief/index.js');
      setExitCode(await briefCommand(plan, options, withContext()));
    });

  const init = program
    .command('init')
    .description('start a plan: ask a few questions and write a new, valid, commented plan file')
    .argument('[file]', 'the file to write (default: herald.yaml)')
    .option('-y, --yes', 'ask nothing: take the defaults for every answer no flag gives', false)
    .option('--force', 'replace the file if it exists', false)
    // -f is --format in every command that has one; here it only explains that.
    .addOption(new Option('-f, --format <format>').hideHelp());
  // Every answer's flag comes from the question table, so flags and questions cannot drift apart.
  for (const question of Object.values(INIT_QUESTIONS)) init.option(question.flag, question.help);
  init
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald init                          # asks, then writes ./herald.yaml',
          'herald init plans/h1.yaml',
          'herald init --yes                    # no questions: the defaults',
          'herald init --yes --name "Platform team" --goal "Leadership can name our wins" --baseline 20 --target 80',
          'herald init --yes --audience "Sales team" --cadence "monthly on the first monday" --timezone Europe/Berlin',
        ],
        'Without a terminal, pass --yes (and flags for your answers): init never waits for input.',
        'Exit codes: 0 written, 2 could not run (the file exists without --force, no terminal without --yes, a bad flag), 130 Ctrl-C.',
      ),
    )
    .action(async (file: string | undefined, options: InitOptions) => {
      const { initCommand } = await import('./commands/init/index.js');
      setExitCode(await initCommand(file, options, withContext()));
    });

  // Repeatable filters: --audience a --audience b (or --audience a,b) collect into a list.
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('schedule')
    .description('every touchpoint in a window, with date, time, channel, audiences and owner; also as JSON, Markdown or iCalendar')
    .argument('[plan]', 'the plan file (default: herald.yaml)')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: today)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default: 4 weeks from --from)')
    .option('-w, --weeks <n>', 'how many weeks from --from (or up to --to); default 4')
    .option('-a, --audience <id>', 'only touchpoints for this audience (repeat, or a,b)', collect)
    .option('-c, --channel <id>', 'only this channel (repeat, or a,b)', collect)
    .option('--owner <name>', 'only channels this person owns (any case; repeat for several)', collect)
    .addOption(new Option('--view <view>', 'terminal view').choices(['agenda', 'month']).default('agenda'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md', 'ics']).default('text'))
    .addOption(new Option('-o, --out <file>', 'write to this file instead of stdout').argParser(notEmpty))
    .option('--force', 'replace --out if it exists', false)
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald schedule                                   # the next 4 weeks, by week',
          'herald schedule examples/herald.yaml --from 2027-01-04 --weeks 6',
          'herald schedule --view month --from 2027-03-01 --to 2027-04-30',
          'herald schedule --audience leadership --owner "dana lee"',
          'herald schedule --weeks 26 --format ics --out plan.ics   # for calendar apps',
          'herald schedule --format json | jq ".[] | select(.type == \\"meeting\\")"',
        ],
        'Warnings (quiet decision-makers, overloaded weeks) follow the agenda, month and md views; with json and ics they go to stderr.',
        'Exit codes: 0 done, 1 the plan has errors, 2 could not run (a bad date or window, an unknown filter, no plan, --out exists).',
      ),
    )
    .action(async (plan: string | undefined, options: ScheduleCommandOptions) => {
      const { scheduleCommand } = await import('./commands/schedule/index.js');
      setExitCode(await scheduleCommand(plan, options, withContext()));
    });

  declareRecordCommands(program, withContext, setExitCode, collect);

  // Help texts are functions, so that they are composed only when help is shown.
  // The help lists the commands in the order a plan is used, not the order declared above.
  (program.commands as Command[]).sort((a, b) => WORKFLOW.indexOf(a.name()) - WORKFLOW.indexOf(b.name()));
  return program;
}

const WORKFLOW = ['init', 'validate', 'schedule', 'generate', 'sent', 'skipped', 'track', 'win', 'report', 'brief', 'schema'];

/** A repeatable option: every occurrence kept, in order. */
function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--out ''` would write into the working folder: a path must be given. */
function notEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give a path, not an empty string.');
  return value;
}
