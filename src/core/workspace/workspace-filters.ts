import type { Plan } from '../plan/schema.js';
import { planKey } from '../plan/plan-key.js';
import { resolveScheduleFilters, type ScheduleFilterFlags, type ScheduleFilters } from '../schedule/schedule-filters.js';
import { suggestionHint } from '../words/suggest.js';
import { show } from '../words/text.js';

export interface WorkspaceFilterFlags extends ScheduleFilterFlags {
  /** Only the plans with these keys (`plan.id`, else the name as a slug). */
  planIds?: readonly string[] | undefined;
}

export type WorkspaceFiltersResult =
  { ok: true; filters: Array<ScheduleFilters | undefined> } | { ok: false; message: string; hint: string };

/**
 * The filters of one schedule across plans, per plan: each plan takes the audience, channel and
 * owner values it knows (a shared audience is known to every plan that uses it); a plan that
 * knows none of the values of a filter given, or is not among the plan ids asked for, shows no
 * rows (undefined). A value no plan knows is a mistake, reported as with one plan.
 */
export function resolveWorkspaceFilters(plans: readonly Plan[], flags: WorkspaceFilterFlags): WorkspaceFiltersResult {
  const keys = plans.map((plan) => planKey(plan.plan));
  const wanted = splitList(flags.planIds).map((value) => value.toLowerCase());
  for (const value of wanted) {
    if (!keys.includes(value))
      return { ok: false, message: `No plan has the id ${show(value)}`, hint: suggestionHint(value, keys, 'plans') };
  }
  const kinds = [
    {
      flag: 'audience',
      values: splitList(flags.audience),
      what: 'audiences',
      known: (plan: Plan) => (plan.audiences ?? []).map((a) => a.id),
    },
    { flag: 'channel', values: splitList(flags.channel), what: 'channels', known: (plan: Plan) => (plan.channels ?? []).map((c) => c.id) },
    // Owners are names that may hold commas: not split, as with one plan.
    {
      flag: 'owner',
      values: (flags.owner ?? []).map((o) => o.trim()).filter((o) => o !== ''),
      what: 'owners',
      known: () => [] as string[],
    },
  ] as const;
  // value -> whether each plan accepts it, by the single-plan resolver (same matching rules).
  const accepts = (plan: Plan, flag: string, value: string): boolean => resolveScheduleFilters(plan, { [flag]: [value] }).ok;
  for (const kind of kinds) {
    for (const value of kind.values) {
      if (plans.some((plan) => accepts(plan, kind.flag, value))) continue;
      const known = [...new Set(plans.flatMap(kind.known))];
      return {
        ok: false,
        message:
          kind.flag === 'owner' ? `No channel of any plan is owned by ${show(value)}` : `Unknown ${kind.flag} ${show(value)} in every plan`,
        hint: kind.flag === 'owner' ? 'Check the spelling: owners are matched in any case.' : suggestionHint(value, known, kind.what),
      };
    }
  }
  const filters = plans.map((plan, index): ScheduleFilters | undefined => {
    if (wanted.length > 0 && !wanted.includes(keys[index]!)) return undefined;
    const flagsOfPlan: Record<string, string[]> = {};
    for (const kind of kinds) {
      if (kind.values.length === 0) continue;
      const own = kind.values.filter((value) => accepts(plan, kind.flag, value));
      if (own.length === 0) return undefined;
      flagsOfPlan[kind.flag] = own;
    }
    const resolved = resolveScheduleFilters(plan, flagsOfPlan);
    return resolved.ok ? resolved.filters : undefined;
  });
  return { ok: true, filters };
}

function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
