import { compareDiagnostics, type Diagnostic, type Finding } from '../plan/diagnostics.js';
import type { Plan } from '../plan/schema.js';
import { PlanModel } from '../plan/plan-model.js';
import { decodePlanBytes } from '../plan/decode-text.js';
import { explainSyntaxErrors, placeFindings, validatePlan } from '../plan/validate-plan.js';
import type { IsoDate } from '../time/dates.js';
import type { TodayIn, ZoneOffsetSource } from '../time/zoned-time.js';
import type { Org } from './org-schema.js';
import { readOrg, type OrgValidation } from './read-org.js';
import { cachedZoneOffset } from './zone-offset-cache.js';
import { SourcePositions } from '../yaml/positions.js';
import { planForRules, runWorkspaceRules, type WorkspacePlan } from './workspace-rules.js';
import { shareShortStrings } from '../words/share-strings.js';

/** A file of the workspace as read from disk: the io layer (src/io/workspace) supplies these. */
export interface SourceFile {
  /** The path as messages show it, unique in the workspace. */
  file: string;
  bytes: Uint8Array;
}

export interface WorkspaceSources {
  /** The plans, in the order they are reported (the io layer sorts them by path). */
  plans: ReadonlyArray<SourceFile & { /** The `file` of its organisation file, if it has one. */ org: string | undefined }>;
  /** The organisation files the plans sit under, by their `file`. */
  orgs: ReadonlyMap<string, SourceFile>;
}

/** One file's result: what validate prints for it. */
export interface FileValidation {
  file: string;
  kind: 'plan' | 'org';
  text: string;
  diagnostics: Diagnostic[];
  /** The plan (with what it inherits), when it has no errors. */
  plan?: Plan | undefined;
  /** The same plan with its schedule, for the commands that show it (schedule across plans). */
  model?: PlanModel | undefined;
  /** The planning rules ran on this plan. */
  rulesRan: boolean;
  /** The organisation file's model, when it has no errors (kind 'org'). */
  org?: Org | undefined;
}

export interface WorkspaceValidation {
  /** The organisation files first, then the plans; only files with something to say are needed by text output, but all are kept. */
  files: FileValidation[];
}

export interface WorkspaceOptions {
  /** The day the date-dependent rules judge by, or how to find it in a plan's zone. */
  today: IsoDate | TodayIn;
  zoneOffset?: ZoneOffsetSource | undefined;
  /**
   * Run the rules across plans (shared audience limits, same-day sends). Off when one plan is
   * checked on its own: then only what concerns that plan alone (inheritance, contradictions,
   * blackouts), so that a plan validates the same alone and in its workspace.
   */
  acrossPlans: boolean;
  /**
   * false: only what makes each plan a valid model (encoding, YAML, structure, references,
   * inheritance); no planning rules and no rules across plans. For the commands that read a
   * workspace to show it (schedule, generate): validate reports the rules.
   */
  rules?: boolean;
  /**
   * false: each plan's result keeps its text and diagnostics but not its plan and model, for
   * validate of a workspace, which prints diagnostics only: 500 plans' data is most of the
   * memory (and of the garbage collector's work) otherwise.
   */
  keepPlans?: boolean;
  /**
   * What is kept of each valid plan (and its model is made of), when not all of it: the
   * schedule across plans reads no goal, highlight or measurement, which are half of a plan's
   * data, and 500 plans' data kept made V8's young generation grow twice over.
   */
  keep?: ((plan: Plan) => Plan) | undefined;
}

/**
 * Validates a set of plans and the organisation files above them: each plan as `validate`
 * checks one (with what its organisation file gives it), then the rules over each group of
 * plans sharing an organisation file. Pure: the caller reads the files.
 */
export async function validateWorkspace(sources: WorkspaceSources, options: WorkspaceOptions): Promise<WorkspaceValidation> {
  const orgs = new Map<string, OrgValidation>();
  for (const [file, source] of sources.orgs) orgs.set(file, await readOrg(source.bytes));

  // With many plans the same zones are asked about again and again: cache by week and day (exact).
  const zoneOffset =
    options.zoneOffset !== undefined && sources.plans.length > 1 ? cachedZoneOffset(options.zoneOffset) : options.zoneOffset;
  const planResults: FileValidation[] = [];
  // Where each plan's nodes are, for placing the findings of the rules across plans.
  const positions: (SourcePositions | undefined)[] = [];
  // What the rules across plans read of each valid plan under an organisation file.
  const forRules: (WorkspacePlan | undefined)[] = [];
  const keepPlans = options.keepPlans !== false;
  // The words of many kept plans, one string each (see shareShortStrings).
  const sharedStrings = keepPlans && sources.plans.length > 1 ? new Map<string, string>() : undefined;
  for (const source of sources.plans) {
    const orgResult = source.org === undefined ? undefined : orgs.get(source.org);
    const org = orgResult?.org === undefined || source.org === undefined ? undefined : { org: orgResult.org, file: source.org };
    const result = await explainSyntaxErrors(
      validatePlan(source.bytes, {
        today: options.today,
        ...(zoneOffset === undefined ? {} : { zoneOffset }),
        // Without the rules, a valid plan is never placed: where its nodes are is worked out only for errors.
        ...(options.rules === false ? { rules: false, positions: 'on-demand' as const } : {}),
        org,
      }),
    );
    // Of many plans, the texts are not kept (they were most of what stayed in memory, and the
    // garbage collector's work): read again from the bytes when something asks (text output,
    // to show lines), and placing a finding does not. A kept plan's strings are copied out of
    // its text (shareShortStrings), so that they do not keep it either.
    const readText = sources.plans.length === 1 ? undefined : textReader(source.bytes);
    const kept = keepPlans ? keptPart(result, options.keep) : undefined;
    if (sharedStrings !== undefined && kept !== undefined) shareShortStrings(kept.plan, sharedStrings);
    const planResult: FileValidation = {
      file: source.file,
      kind: 'plan',
      text: result.text,
      diagnostics: result.diagnostics,
      plan: kept?.plan,
      model: kept?.model,
      rulesRan: result.rulesRan,
    };
    if (readText !== undefined) Object.defineProperty(planResult, 'text', { get: readText, enumerable: true });
    planResults.push(planResult);
    // Without the rules no finding is placed after this: nothing to keep.
    const ruled = result.model !== undefined && source.org !== undefined && options.rules !== false;
    positions.push(positionsForRules(ruled ? result.positions : undefined, sources, readText));
    // Its schedule was built by validatePlan's size check already; only what the rules read is kept.
    forRules.push(
      ruled && org !== undefined ? planForRules(source.file, result.model!.plan, result.model!.touchpoints(), org.org) : undefined,
    );
  }

  // The rules over plans, per organisation file, on the plans without errors.
  const planFindings: Finding[][] = sources.plans.map(() => []);
  for (const [orgFile, orgResult] of orgs) {
    if (orgResult.org === undefined || options.rules === false) continue;
    const members = sources.plans.flatMap((source, index) => {
      const ruled = forRules[index];
      return source.org === orgFile && ruled !== undefined ? [{ index, ruled }] : [];
    });
    const plans: WorkspacePlan[] = members.map(({ ruled }) => ruled);
    const orgFindings: Finding[] = [];
    for (const { target, finding } of runWorkspaceRules(plans, orgResult.org)) {
      if (!options.acrossPlans && finding.rule !== 'blackout') continue;
      if (target === 'org') orgFindings.push(finding);
      else planFindings[members[target.plan]!.index]!.push(finding);
    }
    orgResult.diagnostics = mergeDiagnostics(orgResult.diagnostics, orgFindings, orgResult.positions);
  }
  planResults.forEach((result, index) => {
    const findings = planFindings[index]!;
    if (findings.length > 0)
      result.diagnostics = mergeDiagnostics(result.diagnostics, findings, positions[index] ?? new SourcePositions(result.text));
  });

  const orgFiles: FileValidation[] = [...orgs].map(([file, result]) => ({
    file,
    kind: 'org',
    text: result.text,
    diagnostics: result.diagnostics,
    rulesRan: result.org !== undefined,
    org: result.org,
  }));
  return { files: [...orgFiles, ...planResults] };
}

function mergeDiagnostics(diagnostics: Diagnostic[], findings: readonly Finding[], positions: SourcePositions): Diagnostic[] {
  if (findings.length === 0) return diagnostics;
  return [...diagnostics, ...placeFindings(findings, positions)].sort(compareDiagnostics);
}

/**
 * Where the rules across plans may point in a plan (only a valid plan under an organisation
 * file gets their findings). One plan keeps its positions as they are, built only if a finding
 * needs them (a valid plan alone never does: validate's start-up); of many plans only the
 * channels are kept, and the rest of each tree is never built, which keeps the memory of 500
 * plans down.
 */
function positionsForRules(
  positions: SourcePositions | undefined,
  sources: WorkspaceSources,
  readText: (() => string) | undefined,
): SourcePositions | undefined {
  if (positions === undefined || sources.plans.length === 1) return positions;
  // The part under `channels:`, where the rules across plans point.
  return positions.entryOnly('channels', readText);
}

/** The plan and model to keep of a valid plan: `keep`'s part of it, or all of it. */
function keptPart(
  result: { plan?: Plan | undefined; model?: PlanModel | undefined },
  keep: ((plan: Plan) => Plan) | undefined,
): { plan: Plan; model: PlanModel } | undefined {
  if (result.plan === undefined || result.model === undefined) return undefined;
  if (keep === undefined) return { plan: result.plan, model: result.model };
  const plan = keep(result.plan);
  return { plan, model: new PlanModel(plan, result.model.zoneOffset) };
}

/** A plan's text, decoded again from its bytes when first asked for (validatePlan decodes them the same way). */
function textReader(bytes: Uint8Array): () => string {
  let text: string | undefined;
  return () => (text ??= decodePlanBytes(bytes).text);
}
