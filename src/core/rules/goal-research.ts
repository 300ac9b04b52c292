import type { PlanningRule } from './types.js';

export const goalResearch: PlanningRule = {
  id: 'goal-research',
  check: ({ plan }) =>
    (plan.goals ?? []).flatMap((goal, index) =>
      (goal.research ?? []).length > 0
        ? []
        : [
            {
              message: `Goal "${goal.id}" has no research behind it`,
              hint: "Ask the audience first (a survey, interviews, analytics), add it under `research:` and list its id in the goal's `research:`.",
              path: ['goals', index, 'id'],
            },
          ],
    ),
};
