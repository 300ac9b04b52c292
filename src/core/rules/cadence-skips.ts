import { cadenceSkips, parseCadence } from '../cadence.js';
import { channelRange } from '../schedule/touchpoints.js';
import { joinWords } from '../text.js';
import type { PlanningRule } from './types.js';

export const cadenceSkipsRule: PlanningRule = {
  id: 'cadence-skips',
  check: ({ plan }) =>
    (plan.channels ?? []).flatMap((channel, index) => {
      const parsed = parseCadence(channel.cadence);
      const range = channelRange(plan, channel);
      if (!parsed.ok || range === null) return [];
      const skipped = cadenceSkips(parsed.cadence, { start: range.from, end: range.to });
      if (skipped.length === 0) return [];
      return [
        {
          message: `Channel "${channel.id}" skips ${joinWords(skipped.map(monthName))}: the day it asks for does not exist there`,
          hint: 'Use a day from 1 to 28, or "on the last <weekday>", so that every month has an occurrence.',
          path: ['channels', index, 'cadence'],
        },
      ];
    }),
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-04" or "2027-04-01" -> "April 2027". */
function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? date} ${date.slice(0, 4)}`;
}
