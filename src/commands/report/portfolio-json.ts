/**
 * `herald report <folder> --format json`: the portfolio, a stable shape documented in
 * docs/json-output.md. Each plan's entry is the single-plan report's JSON (json.ts) under
 * `report`, so scripts read a plan the same way in both.
 */
import type { Portfolio } from '../../core/workspace/portfolio.js';
import { formatReportJson } from './json.js';

export function formatPortfolioJson(portfolio: Portfolio): string {
  const output = {
    organization: portfolio.organization,
    date: portfolio.date,
    statuses: portfolio.statuses,
    plans: portfolio.plans.map((plan) => ({
      file: plan.file,
      id: plan.label,
      ...(JSON.parse(formatReportJson(plan.file, plan.report)) as Record<string, unknown>),
    })),
    sharedAudiences: portfolio.shared.map((audience) => ({
      id: audience.id,
      name: audience.name,
      weeklyLimit: audience.weeklyLimit,
      touches: audience.touches,
      weeksOver: audience.weeksOver,
      busiest: audience.busiest === null ? null : { week: audience.busiest.monday, touches: audience.busiest.touches },
      weeks: audience.weeks.map((week) => ({
        week: week.monday,
        touches: week.touches,
        over: week.over,
        plans: week.byPlan.map((entry) => ({ plan: entry.plan, touches: entry.touches })),
      })),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
