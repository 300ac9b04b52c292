import type { Plan } from '../plan/schema.js';

/**
 * The part of a plan a schedule reads: its header, audiences, channels and recorded touches
 * (buildSchedule, its filters, the load across plans). A schedule across 500 plans keeps only
 * this of each: the goals, highlights and measurements it never shows are half of a plan's data.
 */
export function scheduledPart(plan: Plan): Plan {
  const part: Plan = { version: plan.version, plan: plan.plan };
  if (plan.audiences !== undefined) part.audiences = plan.audiences;
  if (plan.channels !== undefined) part.channels = plan.channels;
  if (plan.touches !== undefined) part.touches = plan.touches;
  if (plan.rules !== undefined) part.rules = plan.rules;
  return part;
}
