import { quietSpells, touchDatesByAudience } from '../schedule/audience-touches.js';
import { touchDatesHappened } from '../schedule/touches-happened.js';
import type { PlanningRule } from './types.js';
import { formatEvery, plural } from '../words/values.js';

/**
 * A high-influence audience that hears nothing for more than `threshold` days. Planned
 * touchpoints count until the plan records touches; from then on, what went out counts for
 * the past (a skipped digest is silence) and the schedule for the days ahead.
 */
export const decisionMakersQuiet: PlanningRule = {
  id: 'decision-makers-quiet',
  check: ({ plan, threshold, touchpoints, isPast }) => {
    const recorded = (plan.touches ?? []).length > 0;
    const touches = recorded ? touchDatesHappened(plan, touchpoints(), isPast) : touchDatesByAudience(touchpoints());
    const range = { from: plan.plan.start, to: plan.plan.end };
    return (plan.audiences ?? []).flatMap((audience, index) => {
      // An audience without channels is reported once, by audience-unreached.
      if (audience.influence !== 'high' || (audience.channels ?? []).length === 0) return [];
      const spells = quietSpells(touches.get(audience.id) ?? [], range, threshold);
      const longest = spells.reduce<(typeof spells)[number] | undefined>((a, b) => (a === undefined || b.days > a.days ? b : a), undefined);
      if (longest === undefined) return [];
      const more = spells.length > 1 ? ` (${spells.length} such gaps in all)` : '';
      return [
        {
          message: `Decision-makers "${audience.id}" hear nothing for ${plural(longest.days, 'day')}, from ${longest.from} to ${longest.to}${more}${recorded ? ' (by the touches sent, then the schedule)' : ''}`,
          hint: recorded
            ? `Reach them at least ${formatEvery(threshold, 'day')}: record what went out with \`herald sent\`, send what was skipped, or set \`rules: { decision-makers-quiet: <days> }\`.`
            : `Reach them at least ${formatEvery(threshold, 'day')}: add a more frequent channel to their \`channels:\`, or set \`rules: { decision-makers-quiet: <days> }\`.`,
          path: ['audiences', index, 'channels'],
        },
      ];
    });
  },
};
