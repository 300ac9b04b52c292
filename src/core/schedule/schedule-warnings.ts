import { compareText } from '../words/text.js';
import { addDays, maxDate, minDate, type IsoDate } from '../time/dates.js';
import type { Plan } from '../plan/schema.js';
import { PLANNING_RULES, type PlanningRuleId } from '../rules/catalog.js';
import { busyWeeks, quietSpells, touchDatesByAudience } from './audience-touches.js';
import type { DateRange, Touchpoint } from './touchpoints.js';

/** A high-influence audience that hears nothing for longer than the plan allows. */
export interface QuietWarning {
  kind: 'quiet';
  audience: string;
  /** The last touch before the silence, or the first day looked at. */
  from: IsoDate;
  /** The next touch after it, or the last day looked at. */
  to: IsoDate;
  days: number;
  threshold: number;
}

/**
 * ISO weeks in a row in which one audience is touched more often than the plan allows: one
 * warning for a run of weeks, so a daily channel does not print a line per week.
 */
export interface OverloadedWarning {
  kind: 'overloaded';
  audience: string;
  /** Monday of the first week of the run. */
  monday: IsoDate;
  /** How many weeks in a row. */
  weeks: number;
  /** The fewest and most touches in one of those weeks. */
  least: number;
  most: number;
  threshold: number;
}

export type ScheduleWarning = QuietWarning | OverloadedWarning;

/**
 * The warnings of the schedule view: the planning rules decision-makers-quiet and
 * over-communication, applied to the window rather than the whole plan, with the plan's own
 * thresholds (and not at all when the plan switches a rule off). Quiet spells are looked for
 * only where window and plan overlap: after the plan ends, silence is expected.
 *
 * `touchpoints` are all the window's touchpoints, before the --channel and --owner filters:
 * an audience is as quiet as all its channels together make it. `audiences` narrows the
 * warnings to those audiences (--audience); empty means all.
 */
export function scheduleWarnings(
  plan: Plan,
  touchpoints: readonly Touchpoint[],
  window: DateRange,
  audiences: readonly string[] = [],
): ScheduleWarning[] {
  const touches = touchDatesByAudience(touchpoints);
  const shown = (id: string): boolean => audiences.length === 0 || audiences.includes(id);
  const warnings: ScheduleWarning[] = [];

  const quietDays = ruleThreshold(plan, 'decision-makers-quiet');
  const range = { from: maxDate(window.from, plan.plan.start), to: minDate(window.to, plan.plan.end) };
  if (quietDays !== null && range.from <= range.to) {
    for (const audience of plan.audiences ?? []) {
      if (audience.influence !== 'high' || !shown(audience.id)) continue;
      for (const spell of quietSpells(touches.get(audience.id) ?? [], range, quietDays)) {
        warnings.push({ kind: 'quiet', audience: audience.id, ...spell, threshold: quietDays });
      }
    }
  }

  const maxTouches = ruleThreshold(plan, 'over-communication');
  if (maxTouches !== null) {
    for (const audience of plan.audiences ?? []) {
      if (!shown(audience.id)) continue;
      let run: OverloadedWarning | undefined;
      for (const week of busyWeeks(touches.get(audience.id) ?? [], maxTouches)) {
        if (run !== undefined && addDays(run.monday, 7 * run.weeks) === week.monday) {
          run.weeks += 1;
          run.least = Math.min(run.least, week.touches);
          run.most = Math.max(run.most, week.touches);
        } else {
          run = {
            kind: 'overloaded',
            audience: audience.id,
            monday: week.monday,
            weeks: 1,
            least: week.touches,
            most: week.touches,
            threshold: maxTouches,
          };
          warnings.push(run);
        }
      }
    }
  }
  return warnings.sort((a, b) => compareText(startOf(a), startOf(b)) || compareText(a.kind, b.kind));
}

/** The threshold a plan sets for a rule (`rules: { over-communication: 8 }`), its default, or null when off. */
export function ruleThreshold(plan: Plan, id: PlanningRuleId): number | null {
  const settings: Record<string, unknown> = plan.rules ?? {};
  const setting = Object.prototype.hasOwnProperty.call(settings, id) ? settings[id] : undefined;
  if (setting === 'off') return null;
  if (typeof setting === 'number') return setting;
  const info = PLANNING_RULES.find((rule) => rule.id === id);
  return info !== undefined && 'threshold' in info ? info.threshold.default : null;
}

function startOf(warning: ScheduleWarning): IsoDate {
  return warning.kind === 'quiet' ? warning.from : warning.monday;
}
