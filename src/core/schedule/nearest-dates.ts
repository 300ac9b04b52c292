import { daysBetween, type IsoDate } from '../time/dates.js';

/** The scheduled dates closest to `date` (one, or one on each side at the same distance). */
export function nearestTouchpoints(dates: readonly IsoDate[], date: IsoDate): IsoDate[] {
  let best = Infinity;
  let nearest: IsoDate[] = [];
  for (const candidate of dates) {
    const distance = Math.abs(daysBetween(candidate, date));
    if (distance < best) {
      best = distance;
      nearest = [candidate];
    } else if (distance === best && !nearest.includes(candidate)) {
      nearest.push(candidate);
    }
  }
  return nearest;
}
