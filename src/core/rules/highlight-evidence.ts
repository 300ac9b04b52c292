import type { PlanningRule } from './types.js';

export const highlightEvidence: PlanningRule = {
  id: 'highlight-evidence',
  check: ({ plan }) =>
    (plan.highlights ?? []).flatMap((highlight, index) =>
      highlight.evidence !== undefined || highlight.metric !== undefined
        ? []
        : [
            {
              message: `Highlight "${highlight.id}" has no evidence or metric: a claim without proof reads as hype`,
              hint: 'Add `evidence:` (a link to the report) or `metric: { name, value, unit }`.',
              path: ['highlights', index, 'id'],
            },
          ],
    ),
};
