import type { IsoDate } from '../time/dates.js';
import type { DataPath } from '../plan/diagnostics.js';
import type { Plan } from '../plan/schema.js';
import type { Touchpoint } from '../schedule/touchpoints.js';
import type { PlanningRuleId } from './catalog.js';

export interface RuleContext {
  plan: Plan;
  /** True for a date before today in the plan's time zone. */
  isPast: (date: IsoDate) => boolean;
  /** Today in the plan's time zone (or the day `validate --date` gives), worked out when first asked. */
  today: () => IsoDate;
  /** The rule's threshold: the plan's `rules:` number, else the rule's default. */
  threshold: number;
  /** Every touchpoint of the plan, computed once for all rules that need it. */
  touchpoints: () => readonly Touchpoint[];
}

/** What a rule reports; the runner adds the rule id and the severity the plan asks for. */
export interface RuleReport {
  message: string;
  hint: string;
  path: DataPath;
  at?: 'key' | 'value';
}

export interface PlanningRule {
  id: PlanningRuleId;
  check(context: RuleContext): RuleReport[];
}
