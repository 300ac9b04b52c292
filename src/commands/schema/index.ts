import orgSchema from '../../core/workspace/generated/org-schema.json' with { type: 'json' };
import planSchema from '../../core/plan/generated/plan-schema.json' with { type: 'json' };
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../shared/context.js';

/** Prints the plan's JSON Schema (or, with `--org`, the organisation file's), for editors and other tools. */
export function schemaCommand(context: CommandContext, options: { org?: boolean } = {}): number {
  context.stdout.write(`${JSON.stringify(options.org === true ? orgSchema : planSchema, null, 2)}\n`);
  return EXIT.ok;
}
