import { addDays, maxDate } from '../time/dates.js';
import { touchStatusOf } from '../schedule/touch-status.js';
import { plural } from '../words/values.js';
import type { PlanningRule } from './types.js';

/** More dates than this in one warning are counted, not listed. */
const LISTED = 4;

/**
 * A past touchpoint that `touches:` records neither as sent nor as skipped: did it go out?
 * Only for a plan that records touches at all (one that never does is not asked to), only
 * from its first recorded touch on (a plan that starts recording half-way is not asked about
 * the months before), and only over the last `threshold` days (28 by default), so that an
 * old plan is not flooded: one warning per channel.
 */
export const touchUnrecorded: PlanningRule = {
  id: 'touch-unrecorded',
  check: ({ plan, touchpoints, today, threshold }) => {
    if ((plan.touches ?? []).length === 0) return [];
    const until = today();
    const firstRecorded = (plan.touches ?? []).reduce((first, touch) => (touch.date < first ? touch.date : first), until);
    const from = maxDate(addDays(until, -threshold), firstRecorded);
    const statusOf = touchStatusOf(plan.touches);
    const open = new Map<string, string[]>();
    for (const touchpoint of touchpoints()) {
      if (touchpoint.date < from || touchpoint.date >= until || statusOf(touchpoint) !== 'open') continue;
      const dates = open.get(touchpoint.channel);
      if (dates === undefined) open.set(touchpoint.channel, [touchpoint.date]);
      else dates.push(touchpoint.date);
    }
    return (plan.channels ?? []).flatMap((channel, index) => {
      const dates = open.get(channel.id);
      if (dates === undefined) return [];
      const listed = dates.length <= LISTED ? dates.join(', ') : `${dates.slice(0, LISTED).join(', ')} and ${dates.length - LISTED} more`;
      const last = dates[dates.length - 1] ?? '';
      return [
        {
          message: `Channel "${channel.id}" has ${plural(dates.length, 'past touchpoint')} in the last ${plural(threshold, 'day')} recorded neither as sent nor as skipped: ${listed}`,
          hint: `Record each with \`herald sent ${channel.id} --date ${last}\` or \`herald skipped ${channel.id} --date ${last}\`; \`rules: { touch-unrecorded: <days> }\` changes how far back this looks.`,
          path: ['channels', index, 'cadence'],
        },
      ];
    });
  },
};
