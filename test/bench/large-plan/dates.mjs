// Plan dates as UTC calendar days (the time zone does not matter for whole days).

import { int } from './random.mjs';

export const DAY = 86_400_000;
export const PLAN_START = Date.UTC(2027, 0, 4);
export const PLAN_END = Date.UTC(2027, 11, 31);
export const MID_YEAR = Date.UTC(2027, 5, 30);
export const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
export const dayBetween = (from, to) => from + int(0, Math.round((to - from) / DAY)) * DAY;
// A Monday-to-Friday day between a Monday `from` and `to`.
export function workdayBetween(from, to) {
  let d = dayBetween(from, to);
  while ([0, 6].includes(new Date(d).getUTCDay())) d -= DAY;
  return d;
}
