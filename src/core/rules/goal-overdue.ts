import type { PlanningRule } from './types.js';

export const goalOverdue: PlanningRule = {
  id: 'goal-overdue',
  check: ({ plan, isPast }) => {
    const measured = new Set((plan.measurements ?? []).map((m) => m.goal));
    return (plan.goals ?? []).flatMap((goal, index) =>
      goal.due !== undefined && !measured.has(goal.id) && isPast(goal.due)
        ? [
            {
              message: `Goal "${goal.id}" was due ${goal.due} and has no measurement`,
              hint: `Record where it stands with \`herald track ${goal.id} <value>\`, or move its due date.`,
              path: ['goals', index, 'due'],
            },
          ]
        : [],
    );
  },
};
