/**
 * The rules that look at several plans together, or at a plan against its organisation file.
 * Only the organisation file's `rules:` switches them (a plan cannot opt out of the
 * organisation's limits). Kept apart from the rule code so the org schema lists them cheaply.
 */
export const WORKSPACE_RULES = [
  {
    id: 'shared-audience-limit',
    description: 'A shared audience gets no more touches in one week, from all plans together, than its weekly_limit.',
    severity: 'warning',
  },
  { id: 'blackout', description: 'No touchpoint falls in a blackout period.', severity: 'error' },
  {
    id: 'same-day-send',
    description: 'Two plans do not send to the same shared audience through the same channel type on the same day.',
    severity: 'warning',
  },
] as const;

export type WorkspaceRuleId = (typeof WORKSPACE_RULES)[number]['id'];
