/**
 * The data of `herald report <folder>`: the portfolio. Each plan's report (goals and where
 * they stand, from the single-plan report), and for each audience the organisation shares,
 * the touches it gets from all plans together, week by week, against its weekly limit.
 * Pure: the plans, the organisation and the day come in.
 */
import type { GoalStatus } from '../goals/goal-progress.js';
import type { PlanModel } from '../plan/plan-model.js';
import { buildReport, type PlanReport } from '../report/build-report.js';
import type { DateRange } from '../schedule/touchpoints.js';
import { compareDates, isoWeek, type IsoDate } from '../time/dates.js';
import type { Org } from './org-schema.js';
import { planLabel } from './workspace-rules.js';

export interface PortfolioPlan {
  /** The plan file as messages show it. */
  file: string;
  /** `plan.id`, else its name: how the shared weeks name it. */
  label: string;
  report: PlanReport;
}

export interface SharedWeek {
  monday: IsoDate;
  touches: number;
  /** The touches of each plan that week, by plan label, most first. */
  byPlan: Array<{ plan: string; touches: number }>;
  /** Over the audience's weekly limit. */
  over: boolean;
}

export interface SharedAudienceLoad {
  id: string;
  name: string;
  weeklyLimit: number | null;
  /** All the touches of all plans in the plans' time. */
  touches: number;
  /** The weeks with a touch, in order. */
  weeks: SharedWeek[];
  weeksOver: number;
  /** The week with the most touches (the first of equals), or null with none. */
  busiest: SharedWeek | null;
}

export type StatusCounts = Record<GoalStatus, number>;

export interface Portfolio {
  organization: string | null;
  date: IsoDate;
  plans: PortfolioPlan[];
  /** How many goals of all plans are in each status. */
  statuses: StatusCounts;
  shared: SharedAudienceLoad[];
}

export interface PortfolioInput {
  plans: ReadonlyArray<{ file: string; model: PlanModel }>;
  org: Org | undefined;
  date: IsoDate;
  /** The highlights period of each plan's report (default: its start to `date`). */
  period?: Partial<DateRange>;
}

export function buildPortfolio(input: PortfolioInput): Portfolio {
  const plans = input.plans.map(({ file, model }) => ({
    file,
    label: planLabel(model.plan),
    report: buildReport(model, { date: input.date, ...(input.period === undefined ? {} : { period: input.period }) }),
  }));
  const statuses: StatusCounts = { achieved: 0, 'on-track': 0, behind: 0, missed: 0, 'not-measured': 0, 'not-measurable': 0 };
  for (const { report } of plans) for (const goal of report.goals) statuses[goal.status] += 1;
  return {
    organization: input.org?.organization ?? null,
    date: input.date,
    plans,
    statuses,
    shared: (input.org?.audiences ?? []).map((audience) =>
      sharedLoad(input.plans, { id: audience.id, name: audience.name, limit: audience.weekly_limit ?? null }),
    ),
  };
}

/** A shared audience's touches by week; touches recorded as skipped are not counted (as validate). */
function sharedLoad(
  plans: ReadonlyArray<{ model: PlanModel }>,
  audience: { id: string; name: string; limit: number | null },
): SharedAudienceLoad {
  const byWeek = new Map<IsoDate, Map<string, number>>();
  let touches = 0;
  for (const { model } of plans) {
    const { plan } = model;
    const skipped = new Set((plan.touches ?? []).filter((t) => t.status === 'skipped').map((t) => `${t.channel}|${t.date}`));
    const label = planLabel(plan);
    for (const touchpoint of model.touchpoints()) {
      if (!touchpoint.audiences.includes(audience.id) || skipped.has(`${touchpoint.channel}|${touchpoint.date}`)) continue;
      const monday = isoWeek(touchpoint.date).monday;
      const week = byWeek.get(monday) ?? new Map<string, number>();
      week.set(label, (week.get(label) ?? 0) + 1);
      byWeek.set(monday, week);
      touches += 1;
    }
  }
  const weeks = [...byWeek]
    .sort(([a], [b]) => compareDates(a, b))
    .map(([monday, counts]): SharedWeek => {
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      return {
        monday,
        touches: total,
        byPlan: [...counts].map(([plan, count]) => ({ plan, touches: count })).sort((a, b) => b.touches - a.touches),
        over: audience.limit !== null && total > audience.limit,
      };
    });
  return {
    id: audience.id,
    name: audience.name,
    weeklyLimit: audience.limit,
    touches,
    weeks,
    weeksOver: weeks.filter((week) => week.over).length,
    busiest: weeks.reduce<SharedWeek | null>((best, week) => (best === null || week.touches > best.touches ? week : best), null),
  };
}
