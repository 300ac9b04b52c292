import { defineCommand } from '../shared/command-spec.js';
import type { InitOptions } from './index.js';
import { INIT_QUESTIONS, initFlag, initFlagHelp, type QuestionKey } from './questions.js';

export const init = defineCommand<InitOptions>({
  name: 'init',
  description: 'start a plan: ask a few questions and write a new, valid, commented plan file',
  arguments: [{ name: '[file]', description: 'the file to write (default: herald.yaml)' }],
  options: [
    { flags: '-y, --yes', description: 'ask nothing: take the defaults for every answer no flag gives', default: false },
    { flags: '--force', description: 'replace the file if it exists', default: false },
    // -f is --format in every command that has one; here it only explains that.
    { flags: '-f, --format <format>' },
    // Every answer's flag comes from the question table, so flags and questions cannot drift apart.
    ...(Object.keys(INIT_QUESTIONS) as QuestionKey[]).map((key) => ({ flags: initFlag(key), description: initFlagHelp(key) })),
  ],
  examples: [
    'herald init                          # asks, then writes ./herald.yaml',
    'herald init plans/h1.yaml',
    'herald init --yes                    # no questions: the defaults',
    'herald init --yes --name "Platform team" --goal "Leadership can name our wins" --baseline 20 --target 80',
    'herald init --yes --audience "Sales team" --cadence "monthly on the first monday" --timezone Europe/Berlin',
  ],
  notes: [
    'Without a terminal, pass --yes (and flags for your answers): init never waits for input.',
    'Exit codes: 0 written, 2 could not run (the file exists without --force, no terminal without --yes, a bad flag), 130 Ctrl-C.',
  ],
  overviewExample: 'herald init                       # answer a few questions: herald.yaml',
  warmRun: ({ scratch }) => [`${scratch}/new-plan.yaml`, '--yes'],
  run: async ([file], options, context) => (await import('./index.js')).initCommand(file, options, context),
});
