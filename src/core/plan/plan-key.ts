import { slugify } from '../words/suggest.js';

/**
 * The plan's component of mail Message-IDs and calendar UIDs: its `id`, else its name as a
 * slug, so that drafts and events of two plans never share an id (a mail client or calendar
 * would take the second for an update of the first).
 */
export function planKey(plan: { id?: string | null | undefined; name: string }): string {
  if (plan.id !== undefined && plan.id !== null && plan.id !== '') return plan.id;
  return slugify(plan.name) || 'plan';
}
