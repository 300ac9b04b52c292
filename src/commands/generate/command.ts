import { defineCommand } from '../shared/command-spec.js';
import type { GenerateOptions } from './options.js';

export const generate = defineCommand<GenerateOptions>({
  name: 'generate',
  description: 'draft every stakeholder update due in a window, per channel and audience, from Handlebars templates',
  arguments: [
    {
      name: '[plans...]',
      description: "the plan file (default: herald.yaml), or a folder of plans: each plan's drafts in a subfolder named after its plan.id",
    },
  ],
  options: [
    { flags: '--date <date>', description: 'one day (YYYY-MM-DD)' },
    { flags: '--from <date>', description: 'first day (default: today)' },
    { flags: '--to <date>', description: 'last day (default: six days after --from)' },
    { flags: '-o, --out <folder>', description: 'where the drafts go (default: drafts/ next to the plan)', value: 'path' },
    { flags: '-t, --templates <folder>', description: 'your own templates (<type>.hbs, partials/*.hbs), used before the built-in ones' },
    { flags: '--stdout', description: 'print the drafts instead of writing files', default: false },
    { flags: '-n, --dry-run', description: 'list what would be written, write nothing', default: false },
    { flags: '--data', description: 'print the data handed to the templates, as JSON', default: false },
    { flags: '--quiet-too', description: 'also draft touchpoints with nothing new (they are left out by default)', default: false },
    { flags: '--force', description: 'overwrite drafts you have edited since Herald wrote them', default: false },
    { flags: '--diff', description: 'show how each kept (edited) draft differs from what Herald would write now', default: false },
    // -f is --format in every command that has one; here it only explains that.
    { flags: '-f, --format <format>' },
  ],
  examples: [
    'herald generate                                # the next 7 days, into drafts/ next to the plan',
    'herald generate plan.yaml --date 2027-02-01 --stdout',
    'herald generate --from 2027-03-01 --to 2027-03-31 --out drafts/march',
    'herald generate --templates my-templates      # my-templates/email.hbs replaces the built-in one',
    'herald generate --data --date 2027-02-01 | jq ".[0].data"',
  ],
  notes: [
    'Drafts you edited are kept (reported as kept, with --diff to see what changed) unless you pass --force.',
    'Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, a template error, a file in the way).',
  ],
  overviewExample: 'herald generate                   # drafts of the updates due this week',
  // A week of drafts for most channel types, an email among them.
  warmRun: ({ example }) => [example, '--from', '2027-02-01', '--to', '2027-02-07', '--stdout'],
  run: async (args, options, context) =>
    (await import('./index.js')).generateCommand((args as unknown as [string | string[] | undefined])[0], options, context),
});
