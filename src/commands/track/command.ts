import { defineCommand } from '../shared/command-spec.js';
import type { TrackOptions } from './index.js';

export const track = defineCommand<TrackOptions>({
  name: 'track',
  description: 'record a measurement of a goal in the plan, in place (comments and formatting are kept)',
  // The plan comes first, as in every command, and may be left out: two words are <goal> <value>.
  usage: '[plan] <goal> [value] [options]',
  // The overview lists track by its usual form: its full usage would push the descriptions
  // past 80 columns. `herald track --help` shows the plan argument.
  overviewTerm: 'track [options] <goal> <value>',
  arguments: [
    { name: '[plan]', description: 'the plan file (default: herald.yaml; --plan works too)' },
    { name: '[goal]', description: 'the id of the goal measured' },
    { name: '[value]', description: 'the measured value, a number without its unit (or --from-csv)' },
  ],
  options: [
    { flags: '-d, --date <date>', description: "the date measured, YYYY-MM-DD (default: today in the plan's time zone)" },
    { flags: '--note <text>', description: 'context for the figure, e.g. where it comes from' },
    // -n is --dry-run in generate, so it means nothing else: here it only says so.
    { flags: '-n <text>' },
    { flags: '-p, --plan <file>', description: 'the plan file, as the first argument also takes it' },
    { flags: '--from-csv <file>', description: 'compute the value from a survey or poll export (CSV)' },
    { flags: '--column <name>', description: 'with --from-csv: the question, by header or spreadsheet letter (C)' },
    { flags: '--stat <stat>', description: 'with --from-csv: top-box (% agreeing, default), mean or enps' },
    { flags: '--agree <answers>', description: 'with --stat top-box: the answers that agree (default 4,5)', value: 'list' },
    { flags: '--where <column=value>', description: 'with --from-csv: only the rows where a column has this value', value: 'list' },
    { flags: '--min-responses <n>', description: 'with --from-csv: refuse fewer answers than this (default 5)' },
  ],
  examples: [
    'herald track leadership-awareness 45        # the plan in ./herald.yaml',
    'herald track leadership-awareness 45 --date 2027-03-01 --note "Mid-quarter check-in"',
    'herald track plans/h1.yaml launch-brief-lag 2',
    'herald track launch-brief-lag 2 --date 2027-02-19 --note "Analytics Suite 3.0 launch"',
    'herald track leadership-awareness --from-csv pulse.csv --column "Can you name two marketing wins?"',
    'herald track sales-informed --from-csv pulse.csv --column D --agree "Agree,Strongly agree" --where "Team=Sales"',
    'herald track team-enps --from-csv enps.csv --column C --stat enps',
  ],
  notes: ['Exit codes: 0 recorded, 1 unknown goal, a plan with errors or too few responses, 2 bad value, date, flag or file.'],
  overviewExample: 'herald track <goal> <value>       # record a measurement',
  warmRun: ({ scratch }) => ['leadership-awareness', '50', '--date', '2027-02-01', '--plan', `${scratch}/plan.yaml`],
  run: async (args, options, context) => (await import('./index.js')).trackCommand([args[0], args[1], args[2]], options, context),
});
