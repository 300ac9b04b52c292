import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildSchedule, type Schedule } from '../../src/core/schedule/build-schedule.js';
import { DEFAULT_MINUTES, formatScheduleIcs } from '../../src/commands/schedule/ics.js';
import { formatScheduleJson, type ScheduleJsonEntry } from '../../src/commands/schedule/json.js';
import { REPO } from '../helpers/run-cli.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

const NOW = new Date('2027-02-15T12:00:00Z');
const WINDOW = { from: '2027-03-01', to: '2027-11-30' };

async function fixtureSchedule(name: string): Promise<Schedule> {
  const result = await validateText(await readFile(join(REPO, 'test', 'fixtures', 'schedule', name), 'utf8'));
  if (result.plan === undefined) throw new Error('test setup: the fixture has errors');
  return buildSchedule(new PlanModel(result.plan), WINDOW);
}

interface Occurrence {
  date: string;
  time: string | null;
  uid: string;
  summary: string;
  /** UTC instant of a timed occurrence. */
  utc: string | null;
  minutes: number;
}

/**
 * Every occurrence a real calendar parser finds in the file, read back as wall-clock date and
 * time in `timeZone` with Intl (not with Herald's own zone code).
 */
function occurrencesOf(ics: string, timeZone: string): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const clock = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const occurrences: Occurrence[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    for (let next = iterator.next(); next !== undefined && next !== null; next = iterator.next()) {
      const minutes = event.duration.toSeconds() / 60;
      if (next.isDate) {
        occurrences.push({ date: next.toString(), time: null, uid: event.uid, summary: event.summary, utc: null, minutes });
      } else {
        const instant = next.toJSDate();
        const parts = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, part.value]));
        occurrences.push({
          date: `${parts.year}-${parts.month}-${parts.day}`,
          time: `${parts.hour}:${parts.minute}`,
          uid: event.uid,
          summary: event.summary,
          utc: instant.toISOString(),
          minutes,
        });
      }
    }
  }
  return occurrences;
}

describe('formatScheduleIcs', () => {
  it('holds exactly the occurrences of the JSON schedule, date for date and time for time (Berlin, both DST switches)', async () => {
    const schedule = await fixtureSchedule('berlin-dst.yaml');
    const json = JSON.parse(formatScheduleJson(schedule)) as ScheduleJsonEntry[];
    const occurrences = occurrencesOf(formatScheduleIcs(schedule, { now: NOW }), 'Europe/Berlin');
    expect(json.length).toBeGreaterThan(80);
    // Every cadence form is in there, timed and all-day.
    expect(new Set(json.map((entry) => entry.channel))).toEqual(
      new Set(['weekly-sync', 'digest', 'standup', 'newsletter', 'offsite', 'town-hall', 'review', 'retro']),
    );
    expect(json.some((entry) => entry.time === null)).toBe(true);
    const key = (o: { date: string; time: string | null; channel: string }): string => `${o.date} ${o.time ?? 'all day'} ${o.channel}`;
    const channelOf = (uid: string): string => uid.replace(/\.\d{4}-\d{2}-\d{2}\.[a-z0-9-]+@herald$/, '');
    expect(occurrences.map((o) => key({ ...o, channel: channelOf(o.uid) })).sort()).toEqual(json.map(key).sort());
    // Durations: the channel's own, 30 minutes for a timed one without, a whole day for all-day ones.
    for (const entry of json) {
      const occurrence = occurrences.find((o) => o.date === entry.date && channelOf(o.uid) === entry.channel);
      expect(occurrence?.minutes).toBe(entry.time === null ? 24 * 60 : (entry.duration ?? DEFAULT_MINUTES));
    }
  });

  it('keeps 09:00 local while the UTC instant moves by an hour at each switch', async () => {
    const berlin = occurrencesOf(formatScheduleIcs(await fixtureSchedule('berlin-dst.yaml'), { now: NOW }), 'Europe/Berlin');
    const sync = (date: string) => berlin.find((o) => o.date === date && o.uid.startsWith('weekly-sync.'));
    expect(sync('2027-03-22')).toMatchObject({ time: '09:00', utc: '2027-03-22T08:00:00.000Z' });
    expect(sync('2027-03-29')).toMatchObject({ time: '09:00', utc: '2027-03-29T07:00:00.000Z' });
    expect(sync('2027-10-25')).toMatchObject({ time: '09:00', utc: '2027-10-25T07:00:00.000Z' });
    expect(sync('2027-11-01')).toMatchObject({ time: '09:00', utc: '2027-11-01T08:00:00.000Z' });

    const chicagoSchedule = await fixtureSchedule('chicago-dst.yaml');
    const chicago = occurrencesOf(formatScheduleIcs(chicagoSchedule, { now: NOW }), 'America/Chicago');
    const at = (date: string) => chicago.find((o) => o.date === date && o.uid.startsWith('weekly-sync.'));
    expect(at('2027-03-08')).toMatchObject({ time: '09:00', utc: '2027-03-08T15:00:00.000Z' });
    expect(at('2027-03-15')).toMatchObject({ time: '09:00', utc: '2027-03-15T14:00:00.000Z' });
    expect(at('2027-11-01')).toMatchObject({ time: '09:00', utc: '2027-11-01T14:00:00.000Z' });
    expect(at('2027-11-08')).toMatchObject({ time: '09:00', utc: '2027-11-08T15:00:00.000Z' });
    const json = JSON.parse(formatScheduleJson(chicagoSchedule)) as ScheduleJsonEntry[];
    expect(new Set(json.filter((e) => e.channel === 'weekly-sync').map((e) => e.time))).toEqual(new Set(['09:00']));
    expect(chicago.map((o) => `${o.date} ${o.time ?? ''}`).sort()).toEqual(json.map((e) => `${e.date} ${e.time ?? ''}`).sort());
  });

  it('is a well-formed file: CRLF line endings, lines of at most 75 octets, UTC times or dates, escaped text', async () => {
    const ics = formatScheduleIcs(await fixtureSchedule('berlin-dst.yaml'), { now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long digest name was folded
    expect(ics).toMatch(/\r\nDTSTART:20270322T080000Z\r\n/);
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20270326\r\nDTEND;VALUE=DATE:20270327\r\n/);
    expect(ics).not.toContain('TZID');
    expect(ics).toContain('X-WR-CALNAME:Berlin | DST\\, test plan');
    expect(ics).toContain('DTSTAMP:20270215T120000Z');
  });

  it('gives each touchpoint a UID that stays the same from one export to the next', async () => {
    const schedule = await fixtureSchedule('berlin-dst.yaml');
    const uids = (text: string): string[] => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1] ?? '');
    const first = uids(formatScheduleIcs(schedule, { now: NOW }));
    const again = uids(formatScheduleIcs(schedule, { now: new Date('2027-06-01T08:00:00Z') }));
    expect(first).toEqual(again);
    expect(new Set(first).size).toBe(schedule.entries.length);
    expect(first[0]).toBe('digest.2027-03-01.berlin-dst-test-plan@herald');
    // A narrower window exports the same UIDs for the same touchpoints, so re-importing updates them.
    const narrow = uids(
      formatScheduleIcs(buildSchedule(new PlanModel(await planOf('berlin-dst.yaml')), { from: '2027-03-01', to: '2027-03-31' }), {
        now: NOW,
      }),
    );
    for (const uid of narrow) expect(first).toContain(uid);
  });

  it('escapes plan text, line breaks included, so that it cannot add properties of its own', async () => {
    const text = (await readFile(join(REPO, 'test', 'fixtures', 'schedule', 'chicago-dst.yaml'), 'utf8'))
      .replace('name: Chicago DST test plan', 'name: "Plan; one, two\\nEND:VCALENDAR"')
      .replace('    type: meeting\n', '    type: meeting\n    name: "Sync\\r\\nDTSTART:19700101T000000Z; really"\n');
    const result = await validateText(text);
    if (result.plan === undefined) throw new Error('test setup: the plan has errors');
    const ics = formatScheduleIcs(buildSchedule(new PlanModel(result.plan), { from: '2027-03-01', to: '2027-03-07' }), { now: NOW });
    expect(ics.match(/^END:VCALENDAR$/gm)).toHaveLength(1);
    expect(ics.match(/^DTSTART/gm)).toHaveLength(2);
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    // ical.js reads NAME and X- properties without unescaping: the text as escaped, on one line.
    expect(calendar.getFirstPropertyValue('name')).toBe('Plan\\; one\\, two\\nEND:VCALENDAR');
    expect(ics).toContain('\r\nX-WR-CALNAME:Plan\\; one\\, two\\nEND:VCALENDAR\r\n');
    const summaries = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).summary);
    expect(summaries).toContain('Sync\nDTSTART:19700101T000000Z; really');
  });

  it('describes audiences, owner and feedback, and names the event after the channel', async () => {
    const schedule = await fixtureSchedule('berlin-dst.yaml');
    const calendar = new ICAL.Component(ICAL.parse(formatScheduleIcs(schedule, { now: NOW })) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const sync = events.find((event) => event.uid.startsWith('weekly-sync.'));
    expect(sync?.summary).toBe('Weekly sync');
    expect(sync?.description).toBe(
      'Meeting for Executive team\nOwner: Dana Lee\nTime: 09:00 Europe/Berlin\nFeedback: Questions in the meeting.\nPlan: Berlin | DST, test plan',
    );
    const digest = events.find((event) => event.uid.startsWith('digest.'));
    expect(digest?.summary).toBe('Digest | monthly, with a long name that needs folding in the calendar file');
  });
});

describe('calendar ids and busy time', () => {
  it('marks all-day touchpoints transparent, so a newsletter day does not show its owner busy (issue 17)', async () => {
    const calendar = new ICAL.Component(ICAL.parse(formatScheduleIcs(await fixtureSchedule('berlin-dst.yaml'), { now: NOW })) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    const allDay = events.filter((event) => new ICAL.Event(event).startDate.isDate);
    const timed = events.filter((event) => !new ICAL.Event(event).startDate.isDate);
    expect(allDay.length).toBeGreaterThan(0);
    expect(timed.length).toBeGreaterThan(0);
    for (const event of allDay) expect(event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    // A meeting keeps the default: its owner is busy then.
    for (const event of timed) expect(event.getFirstPropertyValue('transp')).not.toBe('TRANSPARENT');
  });

  it("puts the plan in every UID: its id, else its name as a slug, so two plans' events never collide (issue 17)", async () => {
    const uidsOf = (plan: Plan): string[] => {
      const calendar = new ICAL.Component(
        ICAL.parse(formatScheduleIcs(buildSchedule(new PlanModel(plan), WINDOW), { now: NOW })) as unknown[],
      );
      return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).uid);
    };
    const plan = await planOf('berlin-dst.yaml');
    const named = uidsOf(plan);
    const other = uidsOf({ ...plan, plan: { ...plan.plan, name: 'Another team' } });
    const withId = uidsOf({ ...plan, plan: { ...plan.plan, id: 'platform-h1' } });
    expect(named.every((uid) => uid.endsWith('.berlin-dst-test-plan@herald'))).toBe(true);
    expect(other.every((uid) => uid.endsWith('.another-team@herald'))).toBe(true);
    expect(withId.every((uid) => uid.endsWith('.platform-h1@herald'))).toBe(true);
    expect(named.filter((uid) => other.includes(uid) || withId.includes(uid))).toEqual([]);
  });
});

async function planOf(name: string): Promise<Plan> {
  const result = await validateText(await readFile(join(REPO, 'test', 'fixtures', 'schedule', name), 'utf8'));
  if (result.plan === undefined) throw new Error('test setup: the fixture has errors');
  return result.plan;
}
