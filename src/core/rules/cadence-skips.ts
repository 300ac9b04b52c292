import { cadenceSkips, parseCadence } from '../cadence/cadence.js';
import { monthName } from '../time/dates.js';
import { channelRange } from '../schedule/touchpoints.js';
import { joinWords } from '../words/text.js';
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
          message: `Channel "${channel.id}" skips ${joinWords(skipped.map(monthOf))}: the day it asks for does not exist there`,
          hint: 'Use a day from 1 to 28, or "on the last <weekday>", so that every month has an occurrence.',
          path: ['channels', index, 'cadence'],
        },
      ];
    }),
};

/** "2027-04" or "2027-04-01" -> "April 2027". */
function monthOf(date: string): string {
  return `${monthName(Number(date.slice(5, 7))) || date} ${date.slice(0, 4)}`;
}
