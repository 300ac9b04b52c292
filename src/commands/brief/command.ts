import { defineCommand } from '../shared/command-spec.js';
import type { BriefCommandOptions } from './options.js';

export const brief = defineCommand<BriefCommandOptions>({
  name: 'brief',
  description: 'the plan as a one-page brief for colleagues: purpose, goals, who hears what and when, owners, research, feedback',
  arguments: [{ name: '[plans...]', description: 'the plan file (default: herald.yaml), or a folder of plans with --audience' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'md', 'html'], default: 'text' },
    { flags: '-a, --audience <id>', description: 'tailor the brief to one audience; with a folder, all it hears from every plan' },
    { flags: '--by <order>', description: 'a folder brief: by week or by team', choices: ['week', 'team'] },
    { flags: '--from <date>', description: 'a folder brief: first day (default: today)' },
    { flags: '--to <date>', description: 'a folder brief: last day (default: the end of the quarter)' },
    { flags: '-o, --out <file>', description: 'write to this file instead of stdout', value: 'path' },
    { flags: '--force', description: 'replace --out if it exists', default: false },
  ],
  examples: [
    'herald brief',
    'herald brief examples/herald.yaml --audience leadership',
    'herald brief --format md > BRIEF.md            # for a wiki or a README',
    'herald brief teams/ --audience exec-team       # from every plan',
    'herald brief --format html --out brief.html    # prints well to PDF',
  ],
  notes: ['Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, unknown audience, no plan, --out exists).'],
  warmRun: ({ example }) => [example],
  // A variadic argument reaches the action as one list (commander), whatever the registry's type says.
  run: async (args, options, context) =>
    (await import('./index.js')).briefCommand((args as unknown as [string[] | undefined])[0], options, context),
});
