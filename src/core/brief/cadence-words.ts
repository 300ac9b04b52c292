/**
 * A channel's cadence in plain words for a brief: "every other Thursday at 10:00". Uses
 * describeCadence, and reads the one common RFC 5545 shape it leaves as a raw rule: the n-th
 * weekday of every month or few months (FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2). Colleagues
 * reading a brief should never see "RRULE:".
 */
import { describeCadence, parseCadence } from '../cadence.js';
import type { Channel } from '../plan/schema.js';

const DAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

export function cadenceInWords(channel: Pick<Channel, 'cadence' | 'time'>): string {
  const parsed = parseCadence(channel.cadence);
  let words = channel.cadence;
  if (parsed.ok) {
    words = (parsed.cadence.kind === 'rrule' ? nthWeekdayRule(parsed.cadence.rule) : null) ?? describeCadence(parsed.cadence);
    if (words.startsWith('custom rule')) words = 'on a custom schedule';
  }
  return channel.time === undefined ? words : `${words} at ${channel.time}`;
}

/** "monthly on the second Tuesday", "every 2 months on the last Friday", or null. */
function nthWeekdayRule(rule: string): string | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'WKST']);
  if (parts.get('FREQ') !== 'MONTHLY' || [...parts.keys()].some((key) => !known.has(key))) return null;
  const day = DAYS[parts.get('BYDAY') ?? ''];
  const ordinal = ORDINALS[parts.get('BYSETPOS') ?? ''];
  if (day === undefined || ordinal === undefined) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const every = interval === 1 ? 'monthly' : interval === 3 ? 'quarterly' : `every ${interval} months`;
  return `${every} on the ${ordinal} ${day}`;
}
