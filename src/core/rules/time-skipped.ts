import { touchpointsByChannel } from '../schedule/touchpoints.js';
import type { PlanningRule } from './types.js';

/**
 * A channel's time that does not exist on some day it falls on: inside a spring-forward gap
 * (02:30 in America/Chicago on 2027-03-14). Every output shows the time it happens instead
 * (touchpoints carry it, see core/time/wall-time.ts); this says so once per channel.
 */
export const timeSkipped: PlanningRule = {
  id: 'time-skipped',
  check: ({ plan, touchpoints }) => {
    const byChannel = touchpointsByChannel(touchpoints());
    return (plan.channels ?? []).flatMap((channel, index) => {
      if (channel.time === undefined) return [];
      const moved = (byChannel.get(channel.id) ?? []).filter((touchpoint) => touchpoint.time !== channel.time);
      const first = moved[0];
      if (first === undefined) return [];
      const zone = plan.plan.timezone ?? 'UTC';
      const days = moved.length === 1 ? `on ${first.date}` : `on ${moved.length} days (first ${first.date})`;
      return [
        {
          message: `Channel "${channel.id}" is at ${channel.time}, a time that does not exist in ${zone} ${days}: the clocks skip it; it happens at ${first.time ?? ''}`,
          hint: `Every output shows ${first.time ?? ''} on that day. To keep one time all year, choose one outside the change (e.g. "09:00").`,
          path: ['channels', index, 'time'],
        },
      ];
    });
  },
};
