import { MAX_OCCURRENCES } from '../cadence/cadence.js';
import { channelRange, touchpointsByChannel } from '../schedule/touchpoints.js';
import type { PlanningRule } from './types.js';
import { formatNumber } from '../words/values.js';

/** A channel that reaches the cap on occurrences stops there, silently but for this warning. */
export const channelCap: PlanningRule = {
  id: 'channel-cap',
  check: ({ plan, touchpoints }) => {
    const byChannel = touchpointsByChannel(touchpoints());
    return (plan.channels ?? []).flatMap((channel, index) => {
      const list = byChannel.get(channel.id) ?? [];
      const last = list[list.length - 1];
      if (list.length < MAX_OCCURRENCES || last === undefined) return [];
      const end = channelRange(plan, channel)?.to ?? plan.plan.end;
      return [
        {
          message: `Channel "${channel.id}" stops at ${formatNumber(MAX_OCCURRENCES)} touchpoints, on ${last.date}, though it runs to ${end}`,
          hint: `Herald schedules at most ${formatNumber(MAX_OCCURRENCES)} touchpoints per channel: give the channel an earlier \`end:\`, or a less frequent cadence.`,
          path: ['channels', index, 'cadence'],
        },
      ];
    });
  },
};
