import { joinWords } from '../words/text.js';
import type { PlanningRule } from './types.js';

export const goalMeasurable: PlanningRule = {
  id: 'goal-measurable',
  check: ({ plan }) =>
    (plan.goals ?? []).flatMap((goal, index) => {
      const missing = (['metric', 'baseline', 'target'] as const).filter((key) => goal[key] === undefined);
      if (missing.length === 0) return [];
      return [
        {
          message: `Goal "${goal.id}" is not measurable: it has no ${joinWords(missing, 'or')}`,
          hint: `Add ${joinWords(missing.map((key) => `\`${key}:\``))} so progress can be tracked, e.g. metric: "Executives who can name two wins", baseline: 20, target: 80.`,
          path: ['goals', index, 'id'],
        },
      ];
    }),
};
