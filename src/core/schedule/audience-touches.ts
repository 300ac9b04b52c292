import { compareText } from '../words/text.js';
import { dateOfDayNumber, dayNumber, daysBetween, isoWeek, weekdayOfDayNumber, type IsoDate } from '../time/dates.js';
import type { DateRange, Touchpoint } from './touchpoints.js';

/**
 * The dates each audience is touched, one entry per touchpoint, in date order. Worked out once
 * per frozen schedule (a plan's whole one, which two planning rules read): read-only.
 */
export function touchDatesByAudience(touchpoints: readonly Touchpoint[]): ReadonlyMap<string, readonly IsoDate[]> {
  let map = datesBySchedule.get(touchpoints);
  if (map === undefined) {
    map = new Map<string, IsoDate[]>();
    // Indexed loops: a schedule and its audience lists are frozen arrays, which for...of
    // walks with an iterator result made per element even in optimised code.
    for (let i = 0; i < touchpoints.length; i += 1) {
      const { audiences, date } = touchpoints[i]!;
      for (let a = 0; a < audiences.length; a += 1) {
        const audience = audiences[a]!;
        const dates = map.get(audience);
        if (dates === undefined) map.set(audience, [date]);
        else dates.push(date);
      }
    }
    if (Object.isFrozen(touchpoints)) datesBySchedule.set(touchpoints, map);
  }
  return map;
}

/** A frozen schedule (PlanModel's) never changes, so what is worked out from it stays true. */
const datesBySchedule = new WeakMap<readonly Touchpoint[], Map<string, IsoDate[]>>();

export interface QuietSpell {
  /** The last touch before the silence, or the start of the range. */
  from: IsoDate;
  /** The next touch after it, or the end of the range. */
  to: IsoDate;
  days: number;
}

/** Stretches longer than `maxDays` in which an audience hears nothing, within `range`. */
export function quietSpells(dates: readonly IsoDate[], range: DateRange, maxDays: number): QuietSpell[] {
  const spells: QuietSpell[] = [];
  let previous = range.from;
  // Each date, then the end of the range, without copying the dates.
  for (let i = 0; i <= dates.length; i += 1) {
    const date = i < dates.length ? dates[i]! : range.to;
    if (date < range.from || date > range.to) continue;
    const days = daysBetween(previous, date);
    if (days > maxDays) spells.push({ from: previous, to: date, days });
    previous = date;
  }
  return spells;
}

export interface BusyWeek {
  /** Monday of the ISO week. */
  monday: IsoDate;
  touches: number;
}

/** ISO weeks in which an audience is touched more than `maxTouches` times. */
export function busyWeeks(dates: readonly IsoDate[], maxTouches: number): BusyWeek[] {
  // Dates in order (as schedules give them) make each week one run: counted by day number,
  // without a map; anything else is counted week by week in one.
  const busy: BusyWeek[] = [];
  let week = Number.NEGATIVE_INFINITY;
  let touches = 0;
  for (let i = 0; i < dates.length; i += 1) {
    const monday = mondayOf(dates[i]!);
    if (monday === week) {
      touches += 1;
      continue;
    }
    if (monday < week) return busyWeeksInAnyOrder(dates, maxTouches);
    if (touches > maxTouches) busy.push({ monday: dateOfDayNumber(week), touches });
    week = monday;
    touches = 1;
  }
  if (touches > maxTouches) busy.push({ monday: dateOfDayNumber(week), touches });
  return busy;
}

/** The day number of the Monday of a date's ISO week. */
function mondayOf(date: IsoDate): number {
  const day = dayNumber(date);
  return day - weekdayOfDayNumber(day) + 1;
}

function busyWeeksInAnyOrder(dates: readonly IsoDate[], maxTouches: number): BusyWeek[] {
  const perWeek = new Map<IsoDate, number>();
  for (const date of dates) {
    const { monday } = isoWeek(date);
    perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
  }
  const busy: BusyWeek[] = [];
  for (const [monday, touches] of perWeek) if (touches > maxTouches) busy.push({ monday, touches });
  return busy.sort((a, b) => compareText(a.monday, b.monday));
}
