import type { Plan } from '../plan/schema.js';
import { closest, suggestionHint } from '../words/suggest.js';
import { joinWords, show } from '../words/text.js';
import type { Touchpoint } from './touchpoints.js';

/** The filter flags as typed: each may be repeated; audiences and channels may be comma-separated. */
export interface ScheduleFilterFlags {
  audience?: readonly string[] | undefined;
  channel?: readonly string[] | undefined;
  owner?: readonly string[] | undefined;
}

/** Filters checked against the plan: known audience and channel ids, owners as the plan spells them. */
export interface ScheduleFilters {
  audiences: string[];
  channels: string[];
  owners: string[];
}

export type ScheduleFiltersResult = { ok: true; filters: ScheduleFilters } | { ok: false; message: string; hint: string };

export const NO_FILTERS: ScheduleFilters = { audiences: [], channels: [], owners: [] };

/**
 * Checks each filter value against the plan. Ids are slugs, so they match case-insensitively;
 * owners are names and match case- and spacing-insensitively ("dana lee" finds "Dana Lee").
 */
export function resolveScheduleFilters(plan: Plan, flags: ScheduleFilterFlags): ScheduleFiltersResult {
  const audienceIds = (plan.audiences ?? []).map((audience) => audience.id);
  const channelIds = (plan.channels ?? []).map((channel) => channel.id);
  const owners = knownOwners(plan);
  const filters: ScheduleFilters = { audiences: [], channels: [], owners: [] };

  for (const value of splitList(flags.audience)) {
    const id = audienceIds.find((known) => known === value.toLowerCase());
    if (id === undefined)
      return { ok: false, message: `Unknown audience ${show(value)}`, hint: suggestionHint(value, audienceIds, 'audiences') };
    if (!filters.audiences.includes(id)) filters.audiences.push(id);
  }
  for (const value of splitList(flags.channel)) {
    const id = channelIds.find((known) => known === value.toLowerCase());
    if (id === undefined)
      return { ok: false, message: `Unknown channel ${show(value)}`, hint: suggestionHint(value, channelIds, 'channels') };
    if (!filters.channels.includes(id)) filters.channels.push(id);
  }
  // Names may hold commas ("Lee, Dana"), so owners are not split: repeat --owner for several.
  for (const value of (flags.owner ?? []).map((owner) => owner.trim()).filter((owner) => owner !== '')) {
    const owner = owners.find((known) => ownerKey(known) === ownerKey(value));
    if (owner === undefined) {
      const match = closest(value, owners);
      const list =
        owners.length === 0 ? 'No channel in this plan has an owner.' : `Owners in this plan: ${joinWords(owners.map((o) => `"${o}"`))}.`;
      return {
        ok: false,
        message: `No channel is owned by ${show(value)}`,
        hint: match === undefined ? list : `Did you mean "${match}"? ${list}`,
      };
    }
    if (!filters.owners.includes(owner)) filters.owners.push(owner);
  }
  return { ok: true, filters };
}

/** The touchpoints every filter lets through: each filter given must match (and), any of its values (or). */
export function filterTouchpoints<T extends Touchpoint>(touchpoints: readonly T[], filters: ScheduleFilters): T[] {
  const owners = new Set(filters.owners.map(ownerKey));
  return touchpoints.filter(
    (touchpoint) =>
      (filters.audiences.length === 0 || touchpoint.audiences.some((id) => filters.audiences.includes(id))) &&
      (filters.channels.length === 0 || filters.channels.includes(touchpoint.channel)) &&
      (owners.size === 0 || (touchpoint.owner !== null && owners.has(ownerKey(touchpoint.owner)))),
  );
}

export function hasFilters(filters: ScheduleFilters): boolean {
  return filters.audiences.length + filters.channels.length + filters.owners.length > 0;
}

/** Every owner a touchpoint can have: each channel's, or the plan's for channels without one. */
function knownOwners(plan: Plan): string[] {
  const owners: string[] = [];
  for (const channel of plan.channels ?? []) {
    const owner = channel.owner ?? plan.plan.owner;
    if (owner !== undefined && !owners.some((known) => ownerKey(known) === ownerKey(owner))) owners.push(owner);
  }
  return owners;
}

function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
