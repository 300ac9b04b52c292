import { defineCommand } from '../shared/command-spec.js';
import type { WinOptions } from './index.js';

export const win = defineCommand<WinOptions>({
  name: 'win',
  description: 'record a win (a highlight) in the plan, in place: asks on a terminal, takes flags otherwise',
  options: [
    { flags: '-t, --title <text>', description: 'the win, in one line (required without a terminal)' },
    { flags: '-d, --date <date>', description: "when it happened, YYYY-MM-DD (default: today in the plan's time zone)" },
    { flags: '--what <text>', description: 'what was done' },
    { flags: '--why <text>', description: 'why it matters' },
    { flags: '--next <text>', description: 'what comes next' },
    { flags: '--next-by <date>', description: 'when the next step is due, YYYY-MM-DD' },
    { flags: '-g, --goal <id>', description: 'a goal it advances (repeat, or a,b)', value: 'list' },
    { flags: '-a, --audience <id>', description: 'an audience to tell (repeat, or a,b; default: those of its goals)', value: 'list' },
    { flags: '-i, --impact <level>', description: 'how much it matters (default medium)', choices: ['high', 'medium', 'low'] },
    { flags: '-m, --metric <name=value unit>', description: 'a figure that shows it, e.g. "pipeline=240000 USD"' },
    { flags: '-e, --evidence <link>', description: 'where to check it: a report, a dashboard, a pull request' },
    { flags: '-c, --credit <name>', description: 'someone to thank (repeat for several)', value: 'list' },
    { flags: '--from-git <range>', description: 'offer merged work in this git range as candidate wins, e.g. v1.2.0..HEAD' },
    {
      flags: '--from-changelog <file>',
      description: 'offer a CHANGELOG.md (Keep a Changelog) or a .changeset folder as candidate wins',
    },
    { flags: '-p, --plan <file>', description: 'the plan file (default: herald.yaml)' },
  ],
  examples: [
    'herald win                                     # asks, on a terminal',
    'herald win --title "Webinar sourced $240k pipeline" --goal leadership-awareness --impact high --metric "pipeline=240000 USD" --evidence https://crm.example.com/reports/123 --credit "Priya Shah"',
    'herald win --title "SSO for all customers" --next "Roll out to EU" --next-by 2027-04-01',
    'herald win --from-git v1.4.0..HEAD            # tick the wins among merged pull requests',
    'herald win --from-changelog CHANGELOG.md > wins.yaml   # no terminal: candidates as YAML to review',
    'herald win --from-changelog .changeset',
  ],
  notes: [
    'Candidates: merge commits, squashed "(#123)" pull requests and feat:/perf: commits of the range (read locally, no network); Added, Changed, Fixed and Security entries of dated releases; every changeset.',
    'Exit codes: 0 recorded (or candidates printed), 1 unknown goal or audience, or a plan with errors, 2 could not run (no terminal and no --title, a bad flag, no plan, git failed), 130 Ctrl-C.',
  ],
  overviewExample: 'herald win --title "..."          # record a win',
  warmRun: ({ scratch }) => ['--title', 'Warm-up win', '--evidence', 'https://example.com', '--plan', `${scratch}/plan.yaml`],
  run: async (_args, options, context) => (await import('./index.js')).winCommand(options, context),
});
