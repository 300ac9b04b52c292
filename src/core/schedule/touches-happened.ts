import type { IsoDate } from '../time/dates.js';
import type { Plan } from '../plan/schema.js';
import { audiencesByChannel, type Touchpoint } from './touchpoints.js';

/**
 * The dates each audience is touched once the plan records touches: from the first recorded
 * touch until today, the touches that went out (`sent`, to their `audiences`, else to the
 * channel's); before the record starts, and from today on, the schedule, which is all there
 * is to go by. In date order, per audience.
 */
export function touchDatesHappened(
  plan: Plan,
  touchpoints: readonly Touchpoint[],
  isPast: (date: IsoDate) => boolean,
): Map<string, IsoDate[]> {
  const reach = audiencesByChannel(plan);
  const recordStart = (plan.touches ?? []).reduce<IsoDate | undefined>(
    (first, touch) => (first === undefined || touch.date < first ? touch.date : first),
    undefined,
  );
  const map = new Map<string, IsoDate[]>();
  const add = (audience: string, date: IsoDate): void => {
    const dates = map.get(audience);
    if (dates === undefined) map.set(audience, [date]);
    else dates.push(date);
  };
  for (const touch of plan.touches ?? []) {
    if (touch.status !== 'sent' || !isPast(touch.date)) continue; // a future "sent" is a typo the schedule covers
    for (const audience of touch.audiences ?? reach.get(touch.channel) ?? []) add(audience, touch.date);
  }
  for (const touchpoint of touchpoints) {
    const recorded = recordStart !== undefined && touchpoint.date >= recordStart && isPast(touchpoint.date);
    if (recorded) continue;
    for (const audience of touchpoint.audiences) add(audience, touchpoint.date);
  }
  for (const dates of map.values()) dates.sort();
  return map;
}
