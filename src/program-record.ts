import { Option, type Command } from 'commander';
import type { CommandContext } from './commands/shared/context.js';
// Type-only imports: erased at build time, so declaring a command loads none of its code.
import type { RecordTouchOptions } from './commands/record-touch/index.js';
import type { WinOptions } from './commands/win/index.js';
import { helpAfter } from './help-text.js';

/**
 * The commands that record what happened in the plan, in place: `win`, `sent`, `skipped`.
 * Declared apart, with program.ts's wiring passed in, to keep program.ts short; like it,
 * this file holds only commander calls and lazy imports.
 */
export function declareRecordCommands(
  program: Command,
  withContext: () => CommandContext,
  setExitCode: (code: number) => void,
  collect: (value: string, previous?: string[]) => string[],
): void {
  program
    .command('win')
    .description('record a win (a highlight) in the plan, in place: asks on a terminal, takes flags otherwise')
    .option('-t, --title <text>', 'the win, in one line (required without a terminal)')
    .option('-d, --date <date>', "when it happened, YYYY-MM-DD (default: today in the plan's time zone)")
    .option('--what <text>', 'what was done')
    .option('--why <text>', 'why it matters')
    .option('--next <text>', 'what comes next')
    .option('--next-by <date>', 'when the next step is due, YYYY-MM-DD')
    .option('-g, --goal <id>', 'a goal it advances (repeat, or a,b)', collect)
    .option('-a, --audience <id>', 'an audience to tell (repeat, or a,b; default: those of its goals)', collect)
    .addOption(new Option('-i, --impact <level>', 'how much it matters (default medium)').choices(['high', 'medium', 'low']))
    .option('-m, --metric <name=value unit>', 'a figure that shows it, e.g. "pipeline=240000 USD"')
    .option('-e, --evidence <link>', 'where to check it: a report, a dashboard, a pull request')
    .option('-c, --credit <name>', 'someone to thank (repeat for several)', collect)
    .option('--from-git <range>', 'offer merged work in this git range as candidate wins, e.g. v1.2.0..HEAD')
    .option('--from-changelog <file>', 'offer a CHANGELOG.md (Keep a Changelog) or a .changeset folder as candidate wins')
    .option('-p, --plan <file>', 'the plan file (default: herald.yaml)')
    .addHelpText('after', () =>
      helpAfter(
        [
          'herald win                                     # asks, on a terminal',
          'herald win --title "Webinar sourced $240k pipeline" --goal leadership-awareness --impact high --metric "pipeline=240000 USD" --evidence https://crm.example.com/reports/123 --credit "Priya Shah"',
          'herald win --title "SSO for all customers" --next "Roll out to EU" --next-by 2027-04-01',
          'herald win --from-git v1.4.0..HEAD            # tick the wins among merged pull requests',
          'herald win --from-changelog CHANGELOG.md > wins.yaml   # no terminal: candidates as YAML to review',
          'herald win --from-changelog .changeset',
        ],
        'Candidates: merge commits, squashed "(#123)" pull requests and feat:/perf: commits of the range (read locally, no network); Added, Changed, Fixed and Security entries of dated releases; every changeset.',
        'Exit codes: 0 recorded (or candidates printed), 1 unknown goal or audience, or a plan with errors, 2 could not run (no terminal and no --title, a bad flag, no plan, git failed), 130 Ctrl-C.',
      ),
    )
    .action(async (options: WinOptions) => {
      const { winCommand } = await import('./commands/win/index.js');
      setExitCode(await winCommand(options, withContext()));
    });

  for (const status of ['sent', 'skipped'] as const) {
    const done = status === 'sent';
    program
      .command(status)
      .description(
        done
          ? "record that a channel's touchpoint went out, in the plan's touches: (in place)"
          : "record that a channel's touchpoint was deliberately skipped, in the plan's touches: (in place)",
      )
      .argument('<channel>', 'the id of the channel')
      .option('-d, --date <date>', "the touchpoint's day, YYYY-MM-DD (default: today in the plan's time zone)")
      .option('-a, --audience <id>', "an audience it reached (repeat, or a,b; default: all of the channel's)", collect)
      .option('-r, --reach <n>', 'how many it reached: recipients, attendees, views')
      .option('-n, --note <text>', done ? 'what happened, e.g. "3 questions from the CFO"' : 'why, e.g. "nothing new this week"')
      .option('-p, --plan <file>', 'the plan file (default: herald.yaml)')
      .addHelpText('after', () =>
        helpAfter(
          done
            ? [
                'herald sent exec-digest                        # today',
                'herald sent exec-digest --date 2027-02-01 --reach 8',
                'herald sent staff-meeting --audience leadership --note "CFO asked for the webinar figures"',
              ]
            : ['herald skipped sales-slack --date 2027-02-09 --note "nothing new"', 'herald skipped staff-meeting --plan plans/h1.yaml'],
          'A day on which the channel has no touchpoint is recorded all the same, with a warning.',
          'Exit codes: 0 recorded, 1 unknown channel or audience, already recorded, or a plan with errors, 2 bad date or reach, or no plan.',
        ),
      )
      .action(async (channel: string, options: RecordTouchOptions) => {
        const { recordTouchCommand } = await import('./commands/record-touch/index.js');
        setExitCode(await recordTouchCommand(status, channel, options, withContext()));
      });
  }
}
