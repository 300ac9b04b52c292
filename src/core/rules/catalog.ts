/**
 * The planning rules of PRODUCT.md section 4: the craft checks a user may switch in the
 * plan's `rules:` map. Kept apart from the rule functions so the schema can list them
 * without loading any rule code.
 */
import type { WorkspaceRuleId } from '../workspace/workspace-rules-catalog.js';
export interface RuleInfo {
  id: string;
  /** What the rule looks for, in a few words (shown by `herald schema` and the README). */
  description: string;
  /** The number a user may set instead of a severity, and its default. */
  threshold?: { default: number; unit: string };
}

export const PLANNING_RULES = [
  { id: 'goal-measurable', description: 'A goal has a metric, a baseline and a target.' },
  { id: 'goal-research', description: 'A goal rests on research.' },
  { id: 'goal-overdue', description: 'A goal past its due date has a measurement.' },
  { id: 'audience-unreached', description: 'Every audience is reached by a channel.' },
  { id: 'channel-unused', description: 'Every channel is used by an audience.' },
  {
    id: 'decision-makers-quiet',
    description: 'A high-influence audience is touched at least every N days.',
    threshold: { default: 30, unit: 'days' },
  },
  {
    id: 'over-communication',
    description: 'No audience is touched more than N times in one week.',
    threshold: { default: 5, unit: 'touches a week' },
  },
  { id: 'one-way', description: 'At least one channel has a `feedback` way back.' },
  { id: 'highlight-evidence', description: 'A highlight has evidence or a metric, not just claims.' },
  { id: 'cadence-skips', description: 'A monthly day exists in every month (day 31 skips April).' },
  { id: 'outputs-only', description: 'Not every goal is an `output` goal: some measure what people hear, think or do.' },
  {
    id: 'survey-responses',
    description: 'A survey measurement rests on at least N responses.',
    threshold: { default: 5, unit: 'responses' },
  },
  {
    id: 'touch-unrecorded',
    description: 'Once a plan records touches, every touchpoint of the last N days is recorded as sent or skipped.',
    threshold: { default: 28, unit: 'days back' },
  },
  { id: 'time-skipped', description: "A channel's time exists on every day it falls on (not inside a spring-forward gap)." },
  { id: 'channel-silent', description: 'A channel has at least one touchpoint in the plan (its cadence can fire).' },
  { id: 'channel-cap', description: 'A channel stays under the 10,000 touchpoints Herald schedules for it.' },
  { id: 'id-length', description: 'Ids are short enough for the file names of drafts (255 characters).' },
] as const satisfies readonly RuleInfo[];

export type PlanningRuleId = (typeof PLANNING_RULES)[number]['id'];

/**
 * The checks that make a plan unusable as it is: always errors, never switched in `rules:`
 * (so the schema does not list them). Every finding names one of these or a planning rule.
 */
export const PLAN_CHECKS = [
  'yaml-syntax',
  'encoding',
  'yaml-limits',
  'plan-not-map',
  'requires',
  'version',
  'required-key',
  'unknown-key',
  'unknown-rule',
  'type',
  'enum',
  'slug',
  'duplicate-id',
  'unknown-reference',
  'invalid-date',
  'invalid-time',
  'invalid-duration',
  'date-order',
  'goal-due-outside-plan',
  'timezone',
  'cadence',
  'template-path',
  'schedule-limit',
  'org-file',
  'org-contradiction',
] as const;

export type PlanCheckId = (typeof PLAN_CHECKS)[number];

/** The id a diagnostic carries: `[rule]` in validate's text, `rule` in its JSON. */
export type RuleId = PlanCheckId | PlanningRuleId | WorkspaceRuleId;

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number] | number;
