import type { IsoDate } from '../time/dates.js';
import type { Finding, Severity } from '../plan/diagnostics.js';
import type { PlanModel } from '../plan/plan-model.js';
import { audienceUnreached } from './audience-unreached.js';
import { cadenceSkipsRule } from './cadence-skips.js';
import { PLANNING_RULES, type RuleInfo } from './catalog.js';
import { channelCap } from './channel-cap.js';
import { channelSilent } from './channel-silent.js';
import { channelUnused } from './channel-unused.js';
import { decisionMakersQuiet } from './decision-makers-quiet.js';
import { goalMeasurable } from './goal-measurable.js';
import { goalOverdue } from './goal-overdue.js';
import { goalResearch } from './goal-research.js';
import { highlightEvidence } from './highlight-evidence.js';
import { idLength } from './id-length.js';
import { oneWay } from './one-way.js';
import { outputsOnly } from './outputs-only.js';
import { overCommunication } from './over-communication.js';
import { surveyResponses } from './survey-responses.js';
import type { PlanningRule } from './types.js';
import { timeSkipped } from './time-skipped.js';
import { touchUnrecorded } from './touch-unrecorded.js';

export const RULES: readonly PlanningRule[] = [
  goalMeasurable,
  goalResearch,
  goalOverdue,
  audienceUnreached,
  channelUnused,
  decisionMakersQuiet,
  overCommunication,
  oneWay,
  highlightEvidence,
  cadenceSkipsRule,
  outputsOnly,
  surveyResponses,
  touchUnrecorded,
  timeSkipped,
  channelSilent,
  channelCap,
  idLength,
];

/**
 * Runs every planning rule the plan has not switched off, at the severity it asks for.
 * `today` is the day the date-dependent rules judge by: today in the plan's time zone, or the
 * day `validate --date` pins; asked for only when a rule needs it.
 */
export function runPlanningRules(model: PlanModel, today: () => IsoDate): Finding[] {
  const { plan } = model;
  const allTouchpoints = () => model.touchpoints();
  const settings: Record<string, unknown> = plan.rules ?? {};
  let known: IsoDate | undefined;
  const todayOf = (): IsoDate => (known ??= today());
  const isPast = (date: IsoDate): boolean => date < todayOf();
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const info: RuleInfo | undefined = PLANNING_RULES.find((candidate) => candidate.id === rule.id);
    const setting = Object.prototype.hasOwnProperty.call(settings, rule.id) ? settings[rule.id] : undefined;
    if (setting === 'off') continue;
    const severity: Severity = setting === 'error' ? 'error' : 'warning';
    const threshold = typeof setting === 'number' ? setting : (info?.threshold?.default ?? 0);
    for (const report of rule.check({ plan, isPast, today: todayOf, threshold, touchpoints: allTouchpoints })) {
      findings.push({ rule: rule.id, severity, ...report });
    }
  }
  return findings;
}
