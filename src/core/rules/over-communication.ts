import { busyWeeks, touchDatesByAudience } from '../schedule/audience-touches.js';
import type { PlanningRule } from './types.js';

export const overCommunication: PlanningRule = {
  id: 'over-communication',
  check: ({ plan, threshold, touchpoints }) => {
    const touches = touchDatesByAudience(touchpoints());
    return (plan.audiences ?? []).flatMap((audience, index) => {
      const weeks = busyWeeks(touches.get(audience.id) ?? [], threshold);
      const first = weeks[0];
      if (first === undefined) return [];
      const more = weeks.length > 1 ? ` and ${weeks.length - 1} more week${weeks.length > 2 ? 's' : ''}` : '';
      return [
        {
          message: `Audience "${audience.id}" gets ${first.touches} touches in the week of ${first.monday}${more}; more than ${threshold} a week wears people out`,
          hint: `Space out or merge its channels, or set \`rules: { over-communication: <touches a week> }\`.`,
          path: ['audiences', index, 'channels'],
        },
      ];
    });
  },
};
