import { HeraldError } from '../../errors.js';

const WHAT_INSTEAD: Record<string, string> = {
  generate: "generate writes each draft in its channel's own format; to overwrite drafts you edited, pass --force",
  init: 'init writes a YAML plan; to replace an existing file, pass --force',
};

/**
 * `-f` means --format in validate, schedule, report and brief, so it means nothing else
 * anywhere: generate and init, which have no format, take it only to say so. (It used to be
 * --force there, and `herald generate -f json` said "No plan at json".)
 */
export function refuseFormatFlag(command: 'generate' | 'init', format: string | undefined): void {
  if (format === undefined) return;
  throw new HeraldError('unknown-option', `herald ${command} has no --format (-f ${format})`, {
    hint: `${WHAT_INSTEAD[command] ?? ''} (long form only). -f is --format in validate, schedule, report and brief.`,
  });
}
