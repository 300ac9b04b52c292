/**
 * The one time port of a run: every "today" and every zone offset a command uses comes from
 * here, built once at start-up from the clock (src/main.ts) and carried by the command
 * context. The core never reads a clock or a zone: it takes `today` as YYYY-MM-DD and an
 * offset source, so rules, windows and drafts all judge by the same day.
 */
import type { IsoDate } from '../core/time/dates.js';
import { todayIn, type ZoneOffsetSource } from '../core/time/zoned-time.js';
import type { Environment } from './terminal.js';
import { processZoneOffset, systemTimeZone } from './process-time-zone.js';

export interface ZoneService {
  /** A zone's UTC offset at an instant: the process clock's answer (see process-time-zone.ts). */
  offset: ZoneOffsetSource;
  /** Today in a zone (the plan's): the same answer for the whole run. Zone names are IANA names (core/time/zone-resolver.ts). */
  today(timeZone: string): IsoDate;
  /** The system's zone, for a new plan; `known` is false when Herald fell back to UTC. */
  system(): { zone: string; known: boolean };
}

export function zoneService(now: Date, env: Environment): ZoneService {
  const todays = new Map<string, IsoDate>();
  let system: { zone: string; known: boolean } | undefined;
  return {
    offset: processZoneOffset,
    today(timeZone) {
      let today = todays.get(timeZone);
      if (today === undefined) {
        today = todayIn(timeZone, now, processZoneOffset);
        todays.set(timeZone, today);
      }
      return today;
    },
    system() {
      if (system === undefined) {
        let known = true;
        const zone = systemTimeZone(env, () => (known = false));
        system = { zone, known };
      }
      return system;
    },
  };
}
