import orgSchema from '../../core/workspace/generated/org-schema.json' with { type: 'json' };
import { PLAN_SCHEMA_TEXT } from '../../core/plan/generated/plan-schema-text.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../shared/context.js';

/** Prints the plan's JSON Schema (or, with `--org`, the organisation file's), for editors and other tools. */
export function schemaCommand(context: CommandContext, options: { org?: boolean } = {}): number {
  context.stdout.write(options.org === true ? `${JSON.stringify(orgSchema, null, 2)}\n` : PLAN_SCHEMA_TEXT);
  return EXIT.ok;
}
