import { join } from 'node:path';
import { decideDrafts, draftsOf, type PlanDecisions } from '../../core/drafts/build-drafts.js';
import { planKey } from '../../core/plan/plan-key.js';
import { DRAFT_WINDOW } from '../../core/time/window.js';
import { shareNewsAcrossPlans } from '../../core/workspace/news-across-plans.js';
import type { Org } from '../../core/workspace/org-schema.js';
import type { CommandContext } from '../shared/context.js';
import { loadWorkspace, type WorkspacePlanLoaded } from '../shared/load-workspace.js';
import { windowFromFlags } from '../shared/window-flags.js';
import type { GenerateOptions } from './options.js';
import { DRAFTS_FOLDER, writePlanDrafts } from './write-plan-drafts.js';

/**
 * `herald generate <folder>`: each plan's drafts, as `generate` writes them for that plan
 * alone, in a subfolder of the output folder named after its plan.id (its name as a slug when
 * it has none; a second plan with the same key gets `-2`). The plans are checked together
 * first, so a plan with errors stops the run before any draft is written, and each is read and
 * parsed once. A shared audience is told a win once a week across the plans
 * (news-across-plans.ts). The exit code is the worst of the plans'.
 */
export async function generateWorkspace(given: readonly string[], options: GenerateOptions, context: CommandContext): Promise<number> {
  const { plans, orgs } = await loadWorkspace(given, context, 'herald generate path/to/folder', { rules: true });
  const quietToo = options.quietToo ?? false;
  const windows = plans.map(({ today }) => windowFromFlags(options, DRAFT_WINDOW, today));
  const decided = shareNews(
    plans,
    plans.map(({ model }, at) => decideDrafts(model, windows[at]!, { quietToo })),
    orgs,
    quietToo,
  );
  const taken = new Map<string, number>();
  let exitCode = 0;
  for (const [at, loaded] of plans.entries()) {
    const key = planKey(loaded.plan.plan);
    const seen = (taken.get(key) ?? 0) + 1;
    taken.set(key, seen);
    const out = join(options.out ?? DRAFTS_FOLDER, seen === 1 ? key : `${key}-${seen}`);
    const file = { absolutePath: loaded.absolutePath, displayPath: loaded.file };
    const drafts = draftsOf(decided[at]!, windows[at]!);
    exitCode = Math.max(
      exitCode,
      await writePlanDrafts({ model: loaded.model, file, warnings: loaded.warnings }, drafts, windows[at]!, { ...options, out }, context),
    );
  }
  return exitCode;
}

/** Each plan's decisions, with what another plan under the same organisation file already told its shared audiences. */
function shareNews(
  plans: readonly WorkspacePlanLoaded[],
  decided: readonly PlanDecisions[],
  orgs: ReadonlyMap<string, Org>,
  quietToo: boolean,
): PlanDecisions[] {
  const result = [...decided];
  for (const [file, org] of orgs) {
    const members = plans.flatMap((plan, at) => (plan.org === file ? [at] : []));
    if (members.length < 2) continue;
    const shared = new Set((org.audiences ?? []).map((audience) => audience.id));
    const shareable = members.map((at) => ({ name: plans[at]!.plan.plan.name, ...decided[at]! }));
    shareNewsAcrossPlans(shareable, shared, { quietToo }).forEach((decisions, member) => {
      const at = members[member]!;
      result[at] = { index: decided[at]!.index, decisions };
    });
  }
  return result;
}
