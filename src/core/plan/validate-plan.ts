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
import { MAX_AUDIENCE_TOUCHES, ScheduleTooLargeError } from '../schedule/touchpoints.js';
import { SourcePositions } from '../yaml/positions.js';
import { readYaml } from '../yaml/read-yaml.js';
import { listSyntaxErrors } from '../yaml/syntax-errors.js';
import type { TodayIn, ZoneOffsetSource } from '../time/zoned-time.js';
import { applyOrg } from '../workspace/apply-org.js';
import type { Org } from '../workspace/org-schema.js';
import { PlanModel } from './plan-model.js';
import { formatNumber } from '../words/values.js';

export interface PlanValidation {
  /** The decoded text, for printing excerpts under diagnostics. */
  text: string;
  diagnostics: Diagnostic[];
  /** The plan, when it has no errors: what every other command works from. */
  plan: Plan | undefined;
  /** The same plan with its schedule, expanded once (by the planning rules, when they ran). */
  model: PlanModel | undefined;
  /** The planning rules ran (they need a plan without errors). */
  rulesRan: boolean;
  /** Where things are in `text`: its nodes by path once it has been read, for a command that edits it (track). */
  positions: SourcePositions;
  /**
   * The text is not valid YAML: `diagnostics` hold the first syntax error alone, and
   * explainSyntaxErrors lists them all.
   */
  syntaxError?: Finding | undefined;
}

/**
 * The whole check of a plan file's bytes: encoding, YAML, structure, references, values,
 * then the planning rules. Pure and synchronous: the caller reads the file and supplies the
 * clock, and a text that is not valid YAML reports its first syntax error (explainSyntaxErrors
 * lists them all, loading a vendor bundle that reading a valid plan never needs).
 *
 * `rules: false` checks only that the plan has no errors, for a command that would not show
 * the warnings. `today` is the day the date-dependent rules judge by: a date (`validate
 * --date`), or today in a time zone, asked for the plan's zone once it is known.
 */
export function validatePlan(
  bytes: Uint8Array,
  options: {
    today: IsoDate | TodayIn;
    rules?: boolean;
    zoneOffset?: ZoneOffsetSource;
    /** The organisation file the plan sits under (see core/workspace): its shared audiences and rule settings. */
    org?: { org: Org; file: string } | undefined;
    /**
     * 'on-demand': the YAML is read without recording where its nodes are, and read again
     * for them only if something asks (an error to place): for the many plans of a workspace
     * read with `rules: false`, which are valid as a rule.
     */
    positions?: 'recorded' | 'on-demand';
  },
): PlanValidation {
  const decoded = decodePlanBytes(bytes);
  const { text } = decoded;
  if (!decoded.ok) return done(decoded.findings, new SourcePositions(text), undefined);
  const read = readYaml(text, { positions: options.positions ?? 'recorded' });
  if (!read.ok) return { ...done(read.findings, new SourcePositions(text), undefined), syntaxError: read.syntaxError };
  const { positions } = read;

  // A plan for a newer Herald says so, instead of listing the keys this one does not know.
  const requires = checkRequires(read.data);
  if (requires.tooOld) return done(requires.findings, positions, undefined);
  // Inherited fields first, so that a plan naming a shared audience by id alone is complete.
  const inherited = options.org === undefined ? [] : applyOrg(read.data, options.org.org, options.org.file);
  const structure = checkStructure(read.data);
  if (structure.some((finding) => finding.rule === 'plan-not-map')) return done(structure, positions, undefined);
  const errors = [...requires.findings, ...inherited, ...structure, ...checkReferences(read.data), ...checkValues(read.data)];
  if (errors.length > 0) return done(errors, positions, undefined);

  const model = new PlanModel(read.data as Plan, options.zoneOffset);
  if (options.rules === false) return { ...done([], positions, model), rulesRan: false };
  const tooLarge = checkScheduleSize(model);
  if (tooLarge !== undefined) return done([tooLarge], positions, undefined);
  const { today } = options;
  const planToday = typeof today === 'string' ? () => today : () => today(model.plan.plan.timezone ?? 'UTC');
  return done(runPlanningRules(model, planToday), positions, model);
}

/**
 * The validation with every syntax error listed, where `validatePlan` found the text not to
 * be valid YAML; any other validation as it is.
 */
export async function explainSyntaxErrors(validation: PlanValidation): Promise<PlanValidation> {
  if (validation.syntaxError === undefined) return validation;
  return { ...validation, diagnostics: await placeSyntaxErrors(validation.text, validation.syntaxError) };
}

/** Every syntax error of a text that is not valid YAML, placed; `first` is the one reading it reported. */
export async function placeSyntaxErrors(text: string, first: Finding): Promise<Diagnostic[]> {
  return placeFindings(await listSyntaxErrors(text, first), new SourcePositions(text));
}

/**
 * Expands the whole schedule once (the model keeps it for the rules and the command),
 * refusing a plan whose channels reach their audiences more than MAX_AUDIENCE_TOUCHES times.
 */
function checkScheduleSize(model: PlanModel): Finding | undefined {
  try {
    model.touchpoints();
    return undefined;
  } catch (error) {
    if (!(error instanceof ScheduleTooLargeError)) throw error;
    return {
      rule: 'schedule-limit',
      severity: 'error',
      message: `The plan's channels reach their audiences more than a million times; Herald stopped counting here`,
      hint: `Herald works with up to ${formatNumber(MAX_AUDIENCE_TOUCHES)} audience-touches per plan (each touchpoint once per audience it reaches). Make busy channels less frequent, give them fewer audiences, or split the plan.`,
      path: ['channels', error.channelIndex],
    };
  }
}

function done(findings: Finding[], positions: SourcePositions, model: PlanModel | undefined): PlanValidation {
  return {
    text: positions.text,
    diagnostics: placeFindings(findings, positions),
    plan: model?.plan,
    model,
    rulesRan: model !== undefined,
    positions,
  };
}

/** Gives each finding its line and column (the positions build their tables only when there are findings). */
export function placeFindings(findings: readonly Finding[], positions: SourcePositions): Diagnostic[] {
  if (findings.length === 0) return [];
  return findings
    .map((finding): Diagnostic => {
      const offset = finding.offset ?? (finding.path === undefined ? 0 : positions.offsetOf(finding.path, finding.at));
      const { line, column } = positions.place(offset);
      // `feedback: #platform-help` reads as an empty value: say why, and point at the `#`.
      // The text is asked for only here: positions that do not keep it (entryOnly) read it again.
      const explained = finding.rule === 'type' ? explainEmptyText(positions.text, line, positions.lines) : null;
      if (explained !== null) {
        const at = positions.place(explained.offset);
        return { rule: finding.rule, severity: finding.severity, message: explained.message, hint: explained.hint, ...at };
      }
      return { rule: finding.rule, severity: finding.severity, message: finding.message, hint: finding.hint ?? null, line, column };
    })
    .sort(compareDiagnostics);
}
