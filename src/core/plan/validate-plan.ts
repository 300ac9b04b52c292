import type { IsoDate } from '../time/dates.js';
import { decodePlanBytes } from './decode-text.js';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostics.js';
import { checkReferences } from './check-references.js';
import { checkRequires } from './check-requires.js';
import { checkStructure } from './check-structure.js';
import { checkValues } from './check-values.js';
import type { Plan } from './schema.js';
import { runPlanningRules } from '../rules/run-rules.js';
import { explainEmptyText } from '../yaml/explain-text.js';
import { buildTouchpoints, MAX_AUDIENCE_TOUCHES, ScheduleTooLargeError } from '../schedule/touchpoints.js';
import { LineCounter } from '../yaml/line-counter.js';
import { readYaml } from '../yaml/read-yaml.js';
import { locateOffset, type SourceNode } from '../yaml/source-map.js';
import type { TodayIn, ZoneOffsetSource } from '../time/zoned-time.js';
import { applyOrg } from '../workspace/apply-org.js';
import type { Org } from '../workspace/org-schema.js';

export interface PlanValidation {
  /** The decoded text, for printing excerpts under diagnostics. */
  text: string;
  diagnostics: Diagnostic[];
  /** The plan, when it has no errors: what every other command works from. */
  plan: Plan | undefined;
  /** The planning rules ran (they need a plan without errors). */
  rulesRan: boolean;
  /** Where each node of the plan is in `text`, built on first call: for a command that edits the text (track). */
  sourceMap?: (() => SourceNode) | undefined;
}

/**
 * The whole check of a plan file's bytes: encoding, YAML, structure, references, values,
 * then the planning rules. Pure: the caller reads the file and supplies the clock.
 */
/**
 * `rules: false` checks only that the plan has no errors, for a command that would not show
 * the warnings. `today` is the day the date-dependent rules judge by: a date (`validate
 * --date`), or today in a time zone, asked for the plan's zone once it is known.
 */
export async function validatePlan(
  bytes: Uint8Array,
  options: {
    today: IsoDate | TodayIn;
    rules?: boolean;
    zoneOffset?: ZoneOffsetSource;
    /** The organisation file the plan sits under (see core/workspace): its shared audiences and rule settings. */
    org?: { org: Org; file: string } | undefined;
  },
): Promise<PlanValidation> {
  const decoded = decodePlanBytes(bytes);
  const { text } = decoded;
  if (!decoded.ok) return done(text, decoded.findings, undefined, undefined);
  const read = await readYaml(text);
  if (!read.ok) return done(text, read.findings, undefined, undefined);

  // A plan for a newer Herald says so, instead of listing the keys this one does not know.
  const requires = checkRequires(read.data);
  if (requires.tooOld) return done(text, requires.findings, () => read.sourceMap, undefined);
  // Inherited fields first, so that a plan naming a shared audience by id alone is complete.
  const inherited = options.org === undefined ? [] : applyOrg(read.data, options.org.org, options.org.file);
  const structure = checkStructure(read.data);
  if (structure.some((finding) => finding.rule === 'plan-not-map')) return done(text, structure, () => read.sourceMap, undefined);
  const errors = [...requires.findings, ...inherited, ...structure, ...checkReferences(read.data), ...checkValues(read.data)];
  if (errors.length > 0) return done(text, errors, () => read.sourceMap, undefined);

  const plan = read.data as Plan;
  if (options.rules === false) return { ...done(text, [], () => read.sourceMap, plan), rulesRan: false };
  const tooLarge = checkScheduleSize(plan, options.zoneOffset);
  if (tooLarge !== undefined) return done(text, [tooLarge], () => read.sourceMap, undefined);
  const { today } = options;
  const planToday = typeof today === 'string' ? () => today : () => today(plan.plan.timezone ?? 'UTC');
  return done(text, runPlanningRules(plan, planToday, options.zoneOffset), () => read.sourceMap, plan);
}

/**
 * Expands the whole schedule once (rules and commands reuse it), refusing a plan whose
 * channels reach their audiences more than MAX_AUDIENCE_TOUCHES times.
 */
function checkScheduleSize(plan: Plan, zoneOffset: ZoneOffsetSource | undefined): Finding | undefined {
  try {
    buildTouchpoints(plan, undefined, zoneOffset);
    return undefined;
  } catch (error) {
    if (!(error instanceof ScheduleTooLargeError)) throw error;
    return {
      rule: 'schedule-limit',
      severity: 'error',
      message: `The plan's channels reach their audiences more than a million times; Herald stopped counting here`,
      hint: `Herald works with up to ${MAX_AUDIENCE_TOUCHES.toLocaleString('en-US')} audience-touches per plan (each touchpoint once per audience it reaches). Make busy channels less frequent, give them fewer audiences, or split the plan.`,
      path: ['channels', error.channelIndex],
    };
  }
}

function done(text: string, findings: Finding[], sourceMap: SourceMapSource, plan: Plan | undefined): PlanValidation {
  return {
    text,
    diagnostics: placeFindings(findings, text, sourceMap),
    plan,
    rulesRan: plan !== undefined,
    ...(plan !== undefined && typeof sourceMap === 'function' ? { sourceMap } : {}),
  };
}

/** Gives each finding its line and column; the line table is built only when there are findings. */
/** The tree of positions, or a function that builds it when first asked (see read-yaml.ts). */
export type SourceMapSource = SourceNode | (() => SourceNode) | undefined;

export function placeFindings(findings: readonly Finding[], text: string, source: SourceMapSource): Diagnostic[] {
  if (findings.length === 0) return [];
  const lines = new LineCounter(text);
  const sourceMap = typeof source === 'function' ? source() : source;
  return findings
    .map((finding): Diagnostic => {
      const offset =
        finding.offset ?? (sourceMap !== undefined && finding.path !== undefined ? locateOffset(sourceMap, finding.path, finding.at) : 0);
      const { line, column } = lines.position(Math.min(offset, text.length));
      // `feedback: #platform-help` reads as an empty value: say why, and point at the `#`.
      const explained = finding.rule === 'type' ? explainEmptyText(text, line, lines) : null;
      if (explained !== null) {
        const at = lines.position(explained.offset);
        return { rule: finding.rule, severity: finding.severity, message: explained.message, hint: explained.hint, ...at };
      }
      return { rule: finding.rule, severity: finding.severity, message: finding.message, hint: finding.hint ?? null, line, column };
    })
    .sort(compareDiagnostics);
}
