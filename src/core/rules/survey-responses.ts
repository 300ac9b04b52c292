import { plural } from '../words/values.js';
import type { PlanningRule } from './types.js';

/** Fewer answers than the threshold: too few to report, and no longer anonymous. */
export const surveyResponses: PlanningRule = {
  id: 'survey-responses',
  check: ({ plan, threshold }) =>
    (plan.measurements ?? []).flatMap((measurement, index) =>
      measurement.responses === undefined || measurement.responses >= threshold
        ? []
        : [
            {
              message:
                `The measurement of "${measurement.goal}" on ${measurement.date} rests on ` +
                `${plural(measurement.responses, 'response')}: too few to report, and no longer anonymous`,
              hint: `Report it once at least ${threshold} people have answered, or group it with a larger audience.`,
              path: ['measurements', index, 'responses'],
            },
          ],
    ),
};
