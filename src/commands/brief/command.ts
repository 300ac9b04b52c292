import { defineCommand } from '../shared/command-spec.js';
import type { BriefCommandOptions } from './index.js';

export const brief = defineCommand<BriefCommandOptions>({
  name: 'brief',
  description: 'the plan as a one-page brief for colleagues: purpose, goals, who hears what and when, owners, research, feedback',
  arguments: [{ name: '[plan]', description: 'the plan file (default: herald.yaml)' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'md', 'html'], default: 'text' },
    { flags: '-a, --audience <id>', description: 'tailor the brief to one audience' },
    { flags: '-o, --out <file>', description: 'write to this file instead of stdout', value: 'path' },
    { flags: '--force', description: 'replace --out if it exists', default: false },
  ],
  examples: [
    'herald brief',
    'herald brief examples/herald.yaml --audience leadership',
    'herald brief --format md > BRIEF.md            # for a wiki or a README',
    'herald brief --format html --out brief.html    # prints well to PDF',
  ],
  notes: ['Exit codes: 0 done, 1 the plan has errors, 2 could not run (usage, unknown audience, no plan, --out exists).'],
  warmRun: ({ example }) => [example],
  run: async ([plan], options, context) => (await import('./index.js')).briefCommand(plan, options, context),
});
