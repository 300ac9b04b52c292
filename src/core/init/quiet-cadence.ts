/**
 * Whether a cadence would leave decision-makers unheard for too long over the plan's period:
 * init asks at the cadence question, rather than writing a plan `validate` then warns about.
 * Counts as the decision-makers-quiet rule does (quietSpells), from the same expansion.
 */
import { expandCadence, parseCadence } from '../cadence/cadence.js';
import type { IsoDate } from '../time/dates.js';
import { quietSpells, type QuietSpell } from '../schedule/audience-touches.js';

/** The rule's default threshold: a high-influence audience hears from the team every 30 days. */
export const QUIET_DAYS = 30;

/** The longest spell over QUIET_DAYS without a touch, or undefined when there is none. */
export function longestQuietSpell(cadence: string, range: { start: IsoDate; end: IsoDate }): QuietSpell | undefined {
  const parsed = parseCadence(cadence);
  if (!parsed.ok) return undefined;
  const dates = expandCadence(parsed.cadence, range);
  return quietSpells(dates, { from: range.start, to: range.end }, QUIET_DAYS).reduce<QuietSpell | undefined>(
    (longest, spell) => (longest === undefined || spell.days > longest.days ? spell : longest),
    undefined,
  );
}
