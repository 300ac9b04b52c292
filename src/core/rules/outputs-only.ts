import type { PlanningRule } from './types.js';

/**
 * Every goal an `output` goal: the plan counts its own activity (messages sent, meetings
 * held) and never whether people heard, understood or acted (AMEC's outtakes and outcomes).
 */
export const outputsOnly: PlanningRule = {
  id: 'outputs-only',
  check: ({ plan }) => {
    const goals = plan.goals ?? [];
    if (goals.length === 0 || goals.some((goal) => goal.level !== 'output')) return [];
    return [
      {
        message: `Every goal of the plan is an output goal: it measures activity, not its effect`,
        hint:
          'Add an outtake goal (people heard and understood) or an outcome goal (people think or act differently), ' +
          'measured with a pulse survey: `herald track <goal> --from-csv`.',
        path: ['goals', 0, 'level'],
      },
    ];
  },
};
