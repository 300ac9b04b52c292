/**
 * The sentences of the portfolio report (`herald report <folder>`), the same in every format.
 * Plain text built from plan text: callers escape (Markdown, HTML) or clean (terminal).
 */
import { describeStatus } from '../../core/goals/goal-words.js';
import type { GoalStatus } from '../../core/goals/goal-progress.js';
import type { ReportGoal } from '../../core/report/build-report.js';
import { capitalise } from '../../core/words/text.js';
import type { Portfolio, PortfolioPlan, SharedAudienceLoad, SharedWeek } from '../../core/workspace/portfolio.js';
import { formatPercent, formatValue, plural, shortDate } from '../../core/words/values.js';

const STATUS_ORDER: readonly GoalStatus[] = ['behind', 'missed', 'on-track', 'achieved', 'not-measured', 'not-measurable'];

export function portfolioTitle(portfolio: Portfolio): string {
  return portfolio.organization === null ? 'Portfolio' : `Portfolio — ${portfolio.organization}`;
}

/** "Where 3 plans stand on 1 Apr 2027. 3 goals: 1 behind, 2 on track." */
export function portfolioSummary(portfolio: Portfolio): string {
  const goals = portfolio.plans.reduce((sum, plan) => sum + plan.report.goals.length, 0);
  const head = `Where ${plural(portfolio.plans.length, 'plan')} stand on ${shortDate(portfolio.date)}.`;
  if (goals === 0) return `${head} No goals yet.`;
  const counts = STATUS_ORDER.filter((status) => portfolio.statuses[status] > 0).map(
    (status) => `${portfolio.statuses[status]} ${describeStatus(status)}`,
  );
  return `${head} ${plural(goals, 'goal')}: ${counts.join(', ')}.`;
}

/** "Ana Ruiz · 1 Mar 2027 – 31 May 2027 · 42% of its time gone". */
export function planFacts(plan: PortfolioPlan): string {
  const { report } = plan;
  return [
    report.plan.owner,
    `${shortDate(report.plan.start)} – ${shortDate(report.plan.end)}`,
    `${formatPercent(report.elapsed)} of its time gone`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** "On track: 45% on 13 Mar 2027 (13% of the way); target 80% by 31 May 2027". */
export function goalStanding(goal: ReportGoal): string {
  const status = capitalise(describeStatus(goal.status));
  const now =
    goal.latest === null || goal.latestDate === null
      ? status
      : `${status}: ${formatValue(goal.latest, goal.unit)} on ${shortDate(goal.latestDate)}${goal.progress === null ? '' : ` (${formatPercent(goal.progress)} of the way)`}`;
  return goal.target === null ? now : `${now}; target ${formatValue(goal.target, goal.unit)} by ${shortDate(goal.due)}`;
}

/** "20 touches from all plans; at most 3 a week; 1 week over the limit". */
export function sharedSummary(audience: SharedAudienceLoad): string {
  const limit =
    audience.weeklyLimit === null
      ? 'no weekly limit'
      : `at most ${audience.weeklyLimit} a week; ${audience.weeksOver === 0 ? 'never over it' : `${plural(audience.weeksOver, 'week')} over it`}`;
  const busiest = audience.busiest === null ? '' : `; busiest: week of ${shortDate(audience.busiest.monday)} (${audience.busiest.touches})`;
  return `${plural(audience.touches, 'touch', 'touches')} from all plans; ${limit}${busiest}`;
}

/** "finance 2, product 2, people 1". */
export function weekPlans(week: SharedWeek): string {
  return week.byPlan.map((entry) => `${entry.plan} ${entry.touches}`).join(', ');
}

/** "5 of 3: over" / "2 of 3" / "2". */
export function weekLoad(audience: SharedAudienceLoad, week: SharedWeek): string {
  if (audience.weeklyLimit === null) return String(week.touches);
  return `${week.touches} of ${audience.weeklyLimit}${week.over ? ', over' : ''}`;
}
