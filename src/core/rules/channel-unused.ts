import { audiencesByChannel } from '../schedule/touchpoints.js';
import type { PlanningRule } from './types.js';

export const channelUnused: PlanningRule = {
  id: 'channel-unused',
  check: ({ plan }) => {
    const reach = audiencesByChannel(plan);
    return (plan.channels ?? []).flatMap((channel, index) =>
      reach.has(channel.id)
        ? []
        : [
            {
              message: `No audience uses channel "${channel.id}"`,
              hint: `Add "${channel.id}" to the \`channels:\` of the audiences it is for, or remove the channel.`,
              path: ['channels', index, 'id'],
            },
          ],
    );
  },
};
