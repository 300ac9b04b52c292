// Measurements: 4 per goal = 2,000, moving from baseline towards target.

import { dayBetween, iso } from './dates.mjs';
import { chance, pick, random } from './random.mjs';

const NOTES = [
  'Monthly check-in',
  'Pulse survey',
  'Quarterly review',
  'CRM export',
  'Dashboard snapshot',
  'After the campaign',
  'Mid-quarter check',
];

export function buildMeasurements(goals) {
  const measurements = [];
  for (const goal of goals) {
    const to = Math.min(Date.parse(`${goal.due}T00:00:00Z`), goal.half.to);
    const dates = Array.from({ length: 4 }, () => dayBetween(goal.half.from, to)).sort((a, b) => a - b);
    dates.forEach((date, i) => {
      const share = (i + 1) / 5 + (random() - 0.5) * 0.15;
      const raw = goal.baseline + (goal.target - goal.baseline) * share;
      const value = Math.abs(goal.target - goal.baseline) < 20 && goal.unit !== '%' ? Math.round(raw) : Math.round(raw * 10) / 10;
      measurements.push({ goal: goal.id, date: iso(date), value, note: chance(0.25) ? pick(NOTES) : undefined });
    });
  }
  measurements.sort((a, b) => a.date.localeCompare(b.date) || a.goal.localeCompare(b.goal));
  return measurements;
}
