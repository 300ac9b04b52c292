import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import { durationMinutes } from '../../src/core/time/duration.js';
import { buildSchedule, weekMondays } from '../../src/core/schedule/build-schedule.js';
import { filterTouchpoints, NO_FILTERS, resolveScheduleFilters } from '../../src/core/schedule/schedule-filters.js';
import { ruleThreshold, scheduleWarnings } from '../../src/core/schedule/schedule-warnings.js';
import { scheduleWindow as resolveScheduleWindow } from '../helpers/window-words.js';
import { buildTouchpoints } from '../../src/core/schedule/touchpoints.js';
import { REPO } from '../helpers/run-cli.js';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error(`test setup: the plan has errors: ${JSON.stringify(result.diagnostics)}`);
  return result.plan;
}

const fixture = (name: string): Promise<Plan> => readFile(join(REPO, 'test', 'fixtures', 'schedule', name), 'utf8').then(planOf);
const example = (): Promise<Plan> => readFile(join(REPO, 'examples', 'herald.yaml'), 'utf8').then(planOf);

describe('resolveScheduleWindow', () => {
  const today = '2027-01-06';

  it('defaults to the next four weeks, today included', () => {
    expect(resolveScheduleWindow({}, today)).toEqual({ ok: true, window: { from: '2027-01-06', to: '2027-02-02' } });
  });

  it('takes --from and --to as they are, both inclusive', () => {
    expect(resolveScheduleWindow({ from: '2027-03-01', to: '2027-03-01' }, today)).toEqual({
      ok: true,
      window: { from: '2027-03-01', to: '2027-03-01' },
    });
  });

  it('counts --weeks from --from, back from --to, or from today', () => {
    expect(resolveScheduleWindow({ from: '2027-01-04', weeks: '6' }, today)).toMatchObject({
      window: { from: '2027-01-04', to: '2027-02-14' },
    });
    expect(resolveScheduleWindow({ to: '2027-02-14', weeks: '6' }, today)).toMatchObject({
      window: { from: '2027-01-04', to: '2027-02-14' },
    });
    expect(resolveScheduleWindow({ weeks: '1' }, today)).toMatchObject({ window: { from: today, to: '2027-01-12' } });
    expect(resolveScheduleWindow({ to: '2027-01-31' }, today)).toMatchObject({ window: { from: today, to: '2027-01-31' } });
  });

  it.each([
    [{ from: '2027-02-30' }, '--from 2027-02-30 is not a real date: February 2027 has 28 days'],
    [{ to: 'next friday' }, '--to "next friday" is not a date'],
    [{ weeks: '0' }, '--weeks "0" is not a number of weeks'],
    [{ weeks: '2.5' }, '--weeks "2.5" is not a number of weeks'],
    [{ weeks: '9999' }, '--weeks "9999" is not a number of weeks'],
    [{ from: '2027-01-01', to: '2027-02-01', weeks: '2' }, '--from, --to and --weeks cannot all be given'],
    [{ from: '2027-02-01', to: '2027-01-31' }, 'The window is empty: --to 2027-01-31 is before --from 2027-02-01'],
    [{ to: '2027-01-05' }, 'The window is empty: --to 2027-01-05 is before today (2027-01-06)'],
    [{ from: '9999-12-01', weeks: '10' }, 'The window reaches beyond the years 0000 to 9999'],
  ])('refuses %j with a message and a hint', (flags, message) => {
    const result = resolveScheduleWindow(flags, today);
    expect(result).toMatchObject({ ok: false, message });
    expect(result.ok ? '' : result.hint).not.toBe('');
  });
});

describe('resolveScheduleFilters and filterTouchpoints', () => {
  it('accepts known ids in any case, repeated or comma-separated, and owners in any case or spacing', async () => {
    const plan = await example();
    const result = resolveScheduleFilters(plan, {
      audience: ['Leadership,sales', 'sales'],
      channel: ['exec-digest'],
      owner: [' dana  LEE '],
    });
    expect(result).toEqual({ ok: true, filters: { audiences: ['leadership', 'sales'], channels: ['exec-digest'], owners: ['Dana Lee'] } });
  });

  it('says "did you mean" for a misspelt audience or channel', async () => {
    const plan = await example();
    expect(resolveScheduleFilters(plan, { audience: ['leadrship'] })).toEqual({
      ok: false,
      message: 'Unknown audience "leadrship"',
      hint: 'Did you mean "leadership"?',
    });
    expect(resolveScheduleFilters(plan, { channel: ['podcst'] })).toMatchObject({ ok: false, hint: 'Did you mean "podcast"?' });
  });

  it('lists the owners for an unknown one, with a suggestion when one is close', async () => {
    const plan = await example();
    const far = resolveScheduleFilters(plan, { owner: ['Nobody'] });
    expect(far).toMatchObject({ ok: false, message: 'No channel is owned by "Nobody"' });
    expect(far.ok ? '' : far.hint).toContain(
      'Owners in this plan: "Dana Lee", "Marco Rossi", "Lena Vogel", "Tom Becker" and "Jonas Weber".',
    );
    const near = resolveScheduleFilters(plan, { owner: ['Dana Le'] });
    expect(near.ok ? '' : near.hint).toMatch(/^Did you mean "Dana Lee"\? Owners in this plan:/);
  });

  it('keeps touchpoints that match every filter given, and any value of each', async () => {
    const plan = await example();
    const touchpoints = buildTouchpoints(plan, { from: '2027-01-04', to: '2027-01-31' });
    const only = (flags: Parameters<typeof resolveScheduleFilters>[1]) => {
      const result = resolveScheduleFilters(plan, flags);
      if (!result.ok) throw new Error(result.message);
      return filterTouchpoints(touchpoints, result.filters);
    };
    expect(only({}).length).toBe(touchpoints.length);
    const leadership = only({ audience: ['leadership'] });
    expect(leadership.length).toBeGreaterThan(0);
    expect(leadership.every((t) => t.audiences.includes('leadership'))).toBe(true);
    expect(new Set(only({ owner: ['marco rossi'] }).map((t) => t.channel))).toEqual(new Set(['sales-slack']));
    expect(only({ audience: ['leadership'], owner: ['Marco Rossi'] })).toEqual([]);
    expect(new Set(only({ channel: ['exec-digest', 'podcast'] }).map((t) => t.channel))).toEqual(new Set(['exec-digest', 'podcast']));
  });
});

describe('buildSchedule', () => {
  it('returns the window’s touchpoints in date order with the channel’s name, duration and feedback', async () => {
    const schedule = buildSchedule(new PlanModel(await example()), { from: '2027-01-04', to: '2027-01-17' });
    expect(schedule.entries.map((e) => e.date)).toEqual([...schedule.entries.map((e) => e.date)].sort());
    expect(schedule.entries[0]).toMatchObject({
      date: '2027-01-04',
      time: '09:00',
      channel: 'exec-digest',
      name: 'Monthly executive digest',
      minutes: null,
      type: 'email',
      audiences: ['leadership', 'regional-managers'],
      owner: 'Dana Lee',
    });
    expect(schedule.entries.find((e) => e.channel === 'staff-meeting')).toMatchObject({
      minutes: 10,
      feedback: 'Questions in the meeting; follow-ups go to Dana the same day.',
    });
    expect(schedule.entries.find((e) => e.channel === 'podcast')).toMatchObject({ date: '2027-01-15', time: null });
    expect(schedule.timeZone).toBe('Europe/Berlin');
  });

  it('keeps a 09:00 meeting at 09:00 through the DST switches (Berlin and Chicago)', async () => {
    for (const name of ['berlin-dst.yaml', 'chicago-dst.yaml']) {
      const schedule = buildSchedule(new PlanModel(await fixture(name)), { from: '2027-03-01', to: '2027-11-30' });
      const sync = schedule.entries.filter((e) => e.channel === 'weekly-sync');
      expect(sync.length).toBe(40);
      expect(new Set(sync.map((e) => e.time))).toEqual(new Set(['09:00']));
      expect(sync.map((e) => e.date)).toContain('2027-03-29');
      expect(sync.map((e) => e.date)).toContain('2027-11-01');
    }
  });

  it('narrows a channel to its own start and end, and skips months without the day asked for', async () => {
    const schedule = buildSchedule(new PlanModel(await fixture('berlin-dst.yaml')), { from: '2027-03-01', to: '2027-11-30' });
    const standups = schedule.entries.filter((e) => e.channel === 'standup').map((e) => e.date);
    expect(standups[0]).toBe('2027-03-22');
    expect(standups.at(-1)).toBe('2027-04-02');
    expect(standups).toHaveLength(10); // Monday to Friday, two weeks
    const townHalls = schedule.entries.filter((e) => e.channel === 'town-hall').map((e) => e.date);
    expect(townHalls).toEqual(['2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31']);
  });

  it('filters the entries but not the warnings, which cover every channel of the audiences', async () => {
    const plan = await fixture('berlin-dst.yaml');
    const window = { from: '2027-03-01', to: '2027-04-30' };
    const filters = resolveScheduleFilters(plan, { channel: ['retro'] });
    if (!filters.ok) throw new Error(filters.message);
    const schedule = buildSchedule(new PlanModel(plan), window, filters.filters);
    expect(new Set(schedule.entries.map((e) => e.channel))).toEqual(new Set(['retro']));
    expect(schedule.warnings).toEqual(buildSchedule(new PlanModel(plan), window).warnings);
    expect(schedule.warnings.length).toBeGreaterThan(0);
  });

  it('stays quick and bounded for an unbounded rule over a long window', async () => {
    const plan = await planOf(cleanPlanWith('cadence: weekly on monday', 'cadence: "RRULE:FREQ=DAILY"'));
    const schedule = buildSchedule(new PlanModel(plan), { from: '0001-01-01', to: '9999-12-31' });
    expect(schedule.entries.filter((e) => e.channel === 'digest')).toHaveLength(87); // 4 January .. 31 March 2027
  });
});

describe('scheduleWarnings', () => {
  const window = { from: '2027-01-04', to: '2027-03-31' };

  it('finds a quiet high-influence audience only where the window and the plan overlap', async () => {
    const plan = await planOf(
      cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [staff-meeting]').replace(
        'every 2 weeks on thursday',
        'once on 2027-02-15',
      ),
    );
    const warnings = scheduleWarnings(plan, buildTouchpoints(plan, window), window);
    expect(warnings).toEqual([
      { kind: 'quiet', audience: 'leadership', from: '2027-01-04', to: '2027-02-15', days: 42, threshold: 30 },
      { kind: 'quiet', audience: 'leadership', from: '2027-02-15', to: '2027-03-31', days: 44, threshold: 30 },
    ]);
    // A window reaching past the plan's end adds no silence after it.
    const wide = { from: '2027-01-04', to: '2027-12-31' };
    expect(scheduleWarnings(plan, buildTouchpoints(plan, wide), wide).at(-1)).toMatchObject({ to: '2027-03-31' });
    // A window shorter than the threshold cannot hold a quiet spell.
    const short = { from: '2027-01-04', to: '2027-01-31' };
    expect(scheduleWarnings(plan, buildTouchpoints(plan, short), short)).toEqual([]);
  });

  it('merges overloaded weeks in a row into one warning', async () => {
    const plan = await planOf(cleanPlanWith('cadence: weekly on monday', 'cadence: daily'));
    const warnings = scheduleWarnings(plan, buildTouchpoints(plan, window), window);
    expect(warnings.filter((w) => w.kind === 'overloaded')).toEqual([
      // Daily plus the fortnightly staff meeting: 6 touches in every other week.
      { kind: 'overloaded', audience: 'leadership', monday: '2027-01-04', weeks: 1, least: 6, most: 6, threshold: 5 },
      { kind: 'overloaded', audience: 'leadership', monday: '2027-01-18', weeks: 1, least: 6, most: 6, threshold: 5 },
      { kind: 'overloaded', audience: 'leadership', monday: '2027-02-01', weeks: 1, least: 6, most: 6, threshold: 5 },
      { kind: 'overloaded', audience: 'leadership', monday: '2027-02-15', weeks: 1, least: 6, most: 6, threshold: 5 },
      { kind: 'overloaded', audience: 'leadership', monday: '2027-03-01', weeks: 1, least: 6, most: 6, threshold: 5 },
      { kind: 'overloaded', audience: 'leadership', monday: '2027-03-15', weeks: 1, least: 6, most: 6, threshold: 5 },
    ]);
    const every = await planOf(
      cleanPlanWith('cadence: weekly on monday', 'cadence: daily').replace('every 2 weeks on thursday', 'weekly on thursday'),
    );
    expect(scheduleWarnings(every, buildTouchpoints(every, window), window)).toEqual([
      // The plan ends on Wednesday 31 March: that week has only three touches.
      { kind: 'overloaded', audience: 'leadership', monday: '2027-01-04', weeks: 12, least: 6, most: 6, threshold: 5 },
    ]);
  });

  it('follows the plan’s rules: a threshold of its own, or off', async () => {
    const daily = cleanPlanWith('cadence: weekly on monday', 'cadence: daily');
    const raised = await planOf(`${daily}rules:\n  over-communication: 6\n`);
    expect(ruleThreshold(raised, 'over-communication')).toBe(6);
    expect(scheduleWarnings(raised, buildTouchpoints(raised, window), window)).toEqual([]);
    const off = await planOf(`${daily}rules:\n  over-communication: off\n  decision-makers-quiet: error\n`);
    expect(ruleThreshold(off, 'over-communication')).toBeNull();
    expect(ruleThreshold(off, 'decision-makers-quiet')).toBe(30);
    expect(scheduleWarnings(off, buildTouchpoints(off, window), window)).toEqual([]);
  });

  it('narrows to the audiences asked for', async () => {
    const plan = await planOf(cleanPlanWith('cadence: weekly on monday', 'cadence: daily'));
    expect(scheduleWarnings(plan, buildTouchpoints(plan, window), window, ['someone-else'])).toEqual([]);
  });
});

describe('helpers', () => {
  it('reads durations in hours and minutes', () => {
    expect([
      durationMinutes('10m'),
      durationMinutes('1h'),
      durationMinutes('1h30m'),
      durationMinutes(undefined),
      durationMinutes('0m'),
    ]).toEqual([10, 60, 90, null, null]);
  });

  it('lists the Mondays of the ISO weeks a range overlaps', () => {
    expect(weekMondays({ from: '2027-01-06', to: '2027-01-18' })).toEqual(['2027-01-04', '2027-01-11', '2027-01-18']);
  });

  it('the clean plan of the rule tests has a schedule without warnings', async () => {
    const schedule = buildSchedule(new PlanModel(await planOf(CLEAN_PLAN)), { from: '2027-01-04', to: '2027-03-31' }, NO_FILTERS);
    expect(schedule.warnings).toEqual([]);
    expect(schedule.entries.length).toBe(13 + 6); // 13 Mondays, and a Thursday every other week from 7 January
  });
});
