import { join } from 'node:path';
import { planKey } from '../../core/plan/plan-key.js';
import type { CommandContext } from '../shared/context.js';
import { loadWorkspace } from '../shared/load-workspace.js';
import { DRAFTS_FOLDER, generateCommand, type GenerateOptions } from './index.js';

/**
 * `herald generate <folder>`: each plan's drafts, as `generate` writes them for that plan
 * alone, in a subfolder of the output folder named after its plan.id (its name as a slug when
 * it has none; a second plan with the same key gets `-2`). The plans are checked together
 * first, so a plan with errors stops the run before any draft is written. The exit code is the
 * worst of the plans'.
 */
export async function generateWorkspace(given: readonly string[], options: GenerateOptions, context: CommandContext): Promise<number> {
  const { plans } = await loadWorkspace(given, context, 'herald generate path/to/folder');
  const taken = new Map<string, number>();
  let exitCode = 0;
  for (const { file, plan } of plans) {
    const key = planKey(plan.plan);
    const seen = (taken.get(key) ?? 0) + 1;
    taken.set(key, seen);
    const out = join(options.out ?? DRAFTS_FOLDER, seen === 1 ? key : `${key}-${seen}`);
    exitCode = Math.max(exitCode, await generateCommand(file, { ...options, out }, context));
  }
  return exitCode;
}
