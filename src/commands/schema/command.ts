import { defineCommand } from '../shared/command-spec.js';

export const schema = defineCommand<{ org: boolean }>({
  name: 'schema',
  description: 'print the JSON Schema of the plan file (or, with --org, of herald.org.yaml), for editors',
  options: [{ flags: '--org', description: 'the organisation file herald.org.yaml instead of a plan', default: false }],
  examples: [
    'herald schema > plan.schema.json',
    'herald schema --org > org.schema.json',
    '# then, on the first line of herald.yaml:',
    '# yaml-language-server: $schema=./plan.schema.json',
  ],
  warmRun: () => [],
  run: async (_args, options, context) => (await import('./index.js')).schemaCommand(context, options),
});
