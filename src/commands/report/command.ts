import { defineCommand } from '../shared/command-spec.js';
import type { ReportCommandOptions } from './options.js';

export const report = defineCommand<ReportCommandOptions>({
  name: 'report',
  description: 'where the plan stands: goal progress, on track or not, trends, touches, highlights, people to recognise',
  arguments: [{ name: '[plans...]', description: 'the plan file (default: herald.yaml), or a folder of plans for the portfolio' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'md', 'json', 'html'], default: 'text' },
    { flags: '-d, --date <date>', description: "the day the report is about, YYYY-MM-DD (default: today in the plan's time zone)" },
    { flags: '--from <date>', description: "first day of the highlights shown (default: the plan's start)" },
    { flags: '--to <date>', description: 'last day of the highlights shown (default: the report date)' },
    { flags: '-o, --out <file>', description: 'write to this file instead of stdout', value: 'path' },
    { flags: '--force', description: 'replace --out if it exists', default: false },
  ],
  examples: [
    'herald report',
    'herald report plans/h1.yaml --date 2027-04-01',
    'herald report --format json | jq ".goals[] | {id, progress}"',
    'herald report --format html --out report.html   # one page with a chart per goal',
    'herald report --format md --from 2027-03-01 --to 2027-03-31',
    'herald report teams/                # the portfolio: every plan',
  ],
  notes: ['Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, no plan, --out exists).'],
  overviewExample: 'herald report                     # where each goal stands',
  warmRun: ({ example }) => [example],
  // A variadic argument reaches the action as one list (commander), whatever the registry's type says.
  run: async (args, options, context) =>
    (await import('./index.js')).reportCommand((args as unknown as [string[] | undefined])[0], options, context),
});
