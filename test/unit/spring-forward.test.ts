import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { validateText } from '../helpers/validate-text.js';

/** A meeting at 02:30 in Chicago: on 2027-03-14 the clocks go from 02:00 to 03:00. */
const PLAN = `version: 1
plan:
  name: Night shift
  owner: Dana Lee
  start: 2027-03-01
  end: 2027-03-31
  timezone: America/Chicago
audiences:
  - id: ops
    name: Operations
    channels: [night-sync]
channels:
  - id: night-sync
    type: meeting
    cadence: weekly on sunday
    time: "02:30"
    duration: 15m
    feedback: Ask in the sync.
`;

describe('a time skipped by the spring-forward gap', () => {
  const folder = mkdtemp(join(tmpdir(), 'herald-gap-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  it('is 03:30 in the calendar, JSON, Markdown and the event description alike', async () => {
    const cwd = await folder;
    await writeFile(join(cwd, 'herald.yaml'), PLAN);
    const window = ['--from', '2027-03-14', '--to', '2027-03-14'];
    const json = await runMain(['schedule', ...window, '--format', 'json'], cwd);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ date: '2027-03-14', time: '03:30' })]);
    const md = await runMain(['schedule', ...window, '--format', 'md'], cwd);
    expect(md.stdout).toContain('03:30');
    expect(md.stdout).not.toContain('02:30');
    const ics = await runMain(['schedule', ...window, '--format', 'ics'], cwd);
    // 03:30 CDT is 08:30 UTC; the description says the same wall time.
    expect(ics.stdout).toContain('DTSTART:20270314T083000Z');
    expect(ics.stdout.replace(/\r\n[ \t]/g, '')).toContain('Time: 03:30 America/Chicago');
    expect(ics.stdout).not.toContain('02:30');
    const text = await runMain(['schedule', ...window], cwd);
    expect(text.stdout).toContain('03:30');
    // Other Sundays keep their time.
    const week = await runMain(['schedule', '--from', '2027-03-07', '--to', '2027-03-07', '--format', 'json'], cwd);
    expect(JSON.parse(week.stdout)).toEqual([expect.objectContaining({ time: '02:30' })]);
  });

  it('is 03:30 in the drafts too', async () => {
    const cwd = await folder;
    await writeFile(join(cwd, 'herald.yaml'), PLAN);
    const result = await runMain(['generate', '--date', '2027-03-14', '--stdout'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('03:30');
    expect(result.stdout).not.toContain('02:30');
    expect(await readdir(cwd)).not.toContain('drafts');
    expect(await readFile(join(cwd, 'herald.yaml'), 'utf8')).toBe(PLAN);
  });

  it('is a validate warning at the channel time, rule time-skipped', async () => {
    const result = await validateText(PLAN);
    const skipped = result.diagnostics.filter((d) => d.rule === 'time-skipped');
    expect(skipped).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 16,
        message:
          'Channel "night-sync" is at 02:30, a time that does not exist in America/Chicago on 2027-03-14: the clocks skip it; it happens at 03:30',
      }),
    ]);
  });
});
