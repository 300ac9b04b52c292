import planSchema from '../../core/plan/generated/plan-schema.json' with { type: 'json' };
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../shared/context.js';

/** Prints the plan's JSON Schema, for editors and other tools. */
export function schemaCommand(context: CommandContext): number {
  context.stdout.write(`${JSON.stringify(planSchema, null, 2)}\n`);
  return EXIT.ok;
}
