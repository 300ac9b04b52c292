import { defineCommand } from '../shared/command-spec.js';

export const schema = defineCommand({
  name: 'schema',
  description: 'print the JSON Schema of the plan file, for editors',
  options: [],
  examples: [
    'herald schema > plan.schema.json',
    '# then, on the first line of herald.yaml:',
    '# yaml-language-server: $schema=./plan.schema.json',
  ],
  warmRun: () => [],
  run: async (_args, _options, context) => (await import('./index.js')).schemaCommand(context),
});
