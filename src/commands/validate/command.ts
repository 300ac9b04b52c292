import { defineCommand } from '../shared/command-spec.js';
import type { ValidateOptions } from './index.js';

export const validate = defineCommand<ValidateOptions>({
  name: 'validate',
  description: 'check a plan: YAML, structure, references, dates, cadences and planning rules',
  arguments: [{ name: '[plans...]', description: 'plan files or folders of plans (default: herald.yaml)' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'json', 'github'], default: 'text' },
    { flags: '--strict', description: 'fail (exit 1) on warnings too', default: false },
    { flags: '-q, --quiet', description: 'report errors only', default: false },
    {
      flags: '-d, --date <date>',
      description: "judge date-dependent rules as of this day, YYYY-MM-DD (default: today in the plan's time zone)",
    },
  ],
  examples: [
    'herald validate                      # checks ./herald.yaml',
    'herald validate plans/h1.yaml --strict',
    'herald validate teams/              # every plan in a folder, and the rules across them',
    'herald validate --strict --date 2027-01-04   # the same answer every day, for CI',
    'herald validate --format json | jq .valid',
    'herald validate --format github      # annotations in GitHub Actions',
  ],
  notes: ['Exit codes: 0 valid, 1 problems found (warnings too with --strict), 2 could not run.'],
  overviewExample: 'herald validate                   # check it, like a linter',
  warmRun: ({ example }) => [example],
  // A variadic argument reaches the action as one list (commander), whatever the registry's type says.
  run: async (args, options, context) =>
    (await import('./index.js')).validateCommand((args as unknown as [string[] | undefined])[0], options, context),
});
