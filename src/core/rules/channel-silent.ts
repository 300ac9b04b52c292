import { parseCadence } from '../cadence/cadence.js';
import { channelRange } from '../schedule/touchpoints.js';
import type { PlanningRule } from './types.js';

/**
 * A channel whose cadence never falls inside its dates: an RRULE whose UNTIL is before the
 * start, a day no month has (BYMONTH=2;BYMONTHDAY=31), `once on` a date outside the plan.
 * Nothing else says so: the channel just never appears.
 */
export const channelSilent: PlanningRule = {
  id: 'channel-silent',
  check: ({ plan, touchpoints }) => {
    const firing = new Set(touchpoints().map((touchpoint) => touchpoint.channel));
    return (plan.channels ?? []).flatMap((channel, index) => {
      const range = channelRange(plan, channel);
      const parsed = parseCadence(channel.cadence);
      if (range === null || !parsed.ok || firing.has(channel.id)) return [];
      const once = parsed.cadence.kind === 'once';
      return [
        {
          message: `Channel "${channel.id}" has no touchpoint from ${range.from} to ${range.to}: its cadence never falls on a day there`,
          hint: once
            ? "Move the date inside the plan (or the channel's own start and end), or remove the channel."
            : 'Check the cadence: an UNTIL before the start, or a day that no month in it has (e.g. 31 February), never fires.',
          path: ['channels', index, 'cadence'],
        },
      ];
    });
  },
};
