import type { PlanningRule } from './types.js';

export const audienceUnreached: PlanningRule = {
  id: 'audience-unreached',
  check: ({ plan }) =>
    (plan.audiences ?? []).flatMap((audience, index) =>
      (audience.channels ?? []).length > 0
        ? []
        : [
            {
              message: `No channel reaches audience "${audience.id}"`,
              hint: "List the channels that reach them under the audience's `channels:`, e.g. channels: [exec-digest].",
              path: audience.channels === undefined ? ['audiences', index, 'id'] : ['audiences', index, 'channels'],
            },
          ],
    ),
};
