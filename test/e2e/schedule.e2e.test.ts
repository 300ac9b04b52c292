import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';
import { cleanPlanWith } from '../helpers/validate-text.js';

const EXAMPLE = 'examples/herald.yaml';
const BERLIN = 'test/fixtures/schedule/berlin-dst.yaml';
/** The example plan's first day: the default window then shows its first four weeks. */
const PLAN_START = { HERALD_TODAY: '2027-01-04' };

interface JsonEntry {
  date: string;
  time: string | null;
  duration: number | null;
  channel: string;
  name: string;
  type: string;
  audiences: string[];
  owner: string | null;
}

const lengths = (text: string): number[] => text.split('\n').map((line) => Array.from(line).length);

describe('herald schedule (built binary)', () => {
  it('shows the next four weeks by ISO week by default', async () => {
    const result = await runCli(['schedule', EXAMPLE], { env: PLAN_START });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^Marketing visibility, H1 2027 · 4–31 January 2027\n12 touchpoints · 4 weeks · times in Europe\/Berlin\n/,
    );
    for (const week of ['Week 1 · 4–10 January 2027', 'Week 2 · 11–17 January 2027', 'Week 4 · 25–31 January 2027']) {
      expect(result.stdout).toContain(`\n${week}\n`);
    }
    expect(result.stdout).not.toContain('Week 5');
    expect(result.stdout).toContain('Fri 15 Jan  all day  Pipeline Stories podcast (podcast)');
  });

  it('says where the plan is when today is before it', async () => {
    const result = await runCli(['schedule', EXAMPLE]); // today is pinned to 2026-11-23
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing is scheduled in this window: the plan runs 4 January – 30 June 2027.');
  });

  it.each([60, 160])('fits %i columns in the agenda and the month view (COLUMNS)', async (columns) => {
    const env = { ...PLAN_START, COLUMNS: String(columns) };
    const agenda = await runCli(['schedule', EXAMPLE, '--weeks', '8'], { env });
    const month = await runCli(['schedule', EXAMPLE, '--view', 'month', '--from', '2027-01-01', '--to', '2027-03-31'], { env });
    for (const result of [agenda, month]) {
      expect(result.code).toBe(0);
      expect(Math.max(...lengths(result.stdout))).toBeLessThanOrEqual(columns);
      expect(result.stdout).not.toContain('\u001b'); // not a terminal: no colour
    }
    expect(month.stdout).toContain(' 4(1)  5(1)  6(1)  7(1)  8     9    10');
    expect(month.stdout).toContain('February 2027');
    if (columns === 160) expect(month.stdout).toMatch(/January 2027 +February 2027 +March 2027/);
  });

  it('colours only when asked, and the text stays the same', async () => {
    const plain = await runCli(['schedule', EXAMPLE], { env: PLAN_START });
    const coloured = await runCli(['schedule', EXAMPLE], { env: { ...PLAN_START, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(stripVTControlCharacters(coloured.stdout)).toBe(plain.stdout);
  });

  it('prints JSON: the touchpoints of the window in date order, with time and duration', async () => {
    const result = await runCli(['schedule', EXAMPLE, '--from', '2027-01-04', '--to', '2027-06-30', '--format', 'json']);
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    expect(entries.length).toBe(73);
    expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort());
    expect(entries[0]).toEqual({
      date: '2027-01-04',
      time: '09:00',
      duration: null,
      channel: 'exec-digest',
      name: 'Monthly executive digest',
      type: 'email',
      audiences: ['leadership', 'regional-managers'],
      owner: 'Dana Lee',
      status: 'open',
    });
    expect(entries.filter((e) => e.channel === 'sko')).toEqual([
      expect.objectContaining({ date: '2027-02-03', time: '13:30', duration: 60 }),
    ]);
    // Through the March switch to summer time, the digest stays at 09:00.
    expect(new Set(entries.filter((e) => e.channel === 'exec-digest').map((e) => e.time))).toEqual(new Set(['09:00']));
  });

  it('prints a Markdown table with the warnings listed under it', async () => {
    const result = await runCli(['schedule', BERLIN, '--from', '2027-03-22', '--weeks', '1', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '| Date | Day | Time | Channel | Type | Audiences | Owner |\n| --- | --- | --- | --- | --- | --- | --- |\n',
    );
    expect(result.stdout).toContain('| 2027-03-26 | Fri | all day | Newsletter | newsletter | The \\*whole\\* team | Tom Becker |');
    expect(result.stdout).toContain('## Warnings\n\n- overloaded: The \\*whole\\* team (team) gets 8 touches');
  });

  it('prints an iCalendar file that a calendar parser reads as the JSON schedule', async () => {
    const window = ['--from', '2027-03-01', '--to', '2027-11-30'];
    const ics = await runCli(['schedule', BERLIN, ...window, '--format', 'ics']);
    const json = await runCli(['schedule', BERLIN, ...window, '--format', 'json']);
    expect(ics.code).toBe(0);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // Warnings cannot go into the file: they go to stderr.
    expect(ics.stderr).toContain('warning: overloaded: The *whole* team (team) gets 6 to 8 touches a week for 2 weeks, weeks 12 to 13');
    const entries = JSON.parse(json.stdout) as JsonEntry[];
    const events = new ICAL.Component(ICAL.parse(ics.stdout) as unknown[])
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.startDate.toString().slice(0, 10)).sort()).toEqual(entries.map((e) => e.date).sort());
    expect(events.find((event) => event.uid.startsWith('weekly-sync.2027-03-29.'))?.startDate.toString()).toBe('2027-03-29T07:00:00Z');
  });

  it('writes --out whole, refuses to replace it without --force, and says what it wrote', async () => {
    const folder = await tempFolder();
    const args = ['schedule', join(process.cwd(), EXAMPLE), '--from', '2027-01-04', '--weeks', '2', '--format', 'ics', '--out', 'plan.ics'];
    const first = await runCli(args, { cwd: folder });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('Wrote 7 touchpoints to plan.ics\n');
    const written = await readFile(join(folder, 'plan.ics'), 'utf8');
    expect(written.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(7);

    await writeFile(join(folder, 'plan.ics'), 'mine');
    const again = await runCli(args, { cwd: folder });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('error: plan.ics already exists');
    expect(await readFile(join(folder, 'plan.ics'), 'utf8')).toBe('mine');
    const forced = await runCli([...args, '--force'], { cwd: folder });
    expect(forced.code).toBe(0);
    expect(await readFile(join(folder, 'plan.ics'), 'utf8')).toBe(written);

    const text = await runCli(['schedule', join(process.cwd(), EXAMPLE), '--from', '2027-01-04', '--out', 'agenda.txt'], { cwd: folder });
    expect(text.code).toBe(0);
    expect(await readFile(join(folder, 'agenda.txt'), 'utf8')).toContain('Week 1 · 4–10 January 2027');
  });

  it('filters by audience, channel and owner', async () => {
    const json = async (...args: string[]): Promise<JsonEntry[]> => {
      const result = await runCli(['schedule', EXAMPLE, '--from', '2027-01-04', '--to', '2027-03-31', '--format', 'json', ...args]);
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as JsonEntry[];
    };
    const leadership = await json('--audience', 'leadership');
    expect(leadership.length).toBeGreaterThan(0);
    expect(leadership.every((e) => e.audiences.includes('leadership'))).toBe(true);
    expect(new Set((await json('--channel', 'sko,podcast')).map((e) => e.channel))).toEqual(new Set(['sko', 'podcast']));
    expect(new Set((await json('--owner', 'marco rossi')).map((e) => e.owner))).toEqual(new Set(['Marco Rossi']));

    const agenda = await runCli(['schedule', EXAMPLE, '--audience', 'leadership', '--owner', 'Dana Lee'], {
      env: { ...PLAN_START, COLUMNS: '160' },
    });
    expect(agenda.stdout).toContain('times in Europe/Berlin · audience leadership · owned by Dana Lee');
  });

  it('refuses an unknown audience or channel with "did you mean", and an unknown owner with the list (exit 2)', async () => {
    const audience = await runCli(['schedule', EXAMPLE, '--audience', 'leadrship']);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toBe('error: Unknown audience "leadrship"\nhint: Did you mean "leadership"?\n');
    expect(audience.stdout).toBe('');
    const channel = await runCli(['schedule', EXAMPLE, '--channel', 'exec-digets']);
    expect(channel.code).toBe(2);
    expect(channel.stderr).toContain('hint: Did you mean "exec-digest"?');
    const owner = await runCli(['schedule', EXAMPLE, '--owner', 'Nobody']);
    expect(owner.code).toBe(2);
    expect(owner.stderr).toContain('error: No channel is owned by "Nobody"\nhint: Owners in this plan: "Dana Lee", "Marco Rossi"');
  });

  it.each([
    [['--from', '2027-02-30'], 'error: --from 2027-02-30 is not a real date: February 2027 has 28 days'],
    [['--from', '2027-03-01', '--to', '2027-02-01'], 'error: The window is empty: --to 2027-02-01 is before --from 2027-03-01'],
    [['--weeks', 'two'], 'error: --weeks "two" is not a number of weeks'],
    [['--view', 'year'], "error: option '--view <view>' argument 'year' is invalid"],
  ])('refuses a bad window or view %j with exit 2 and no stack', async (args, message) => {
    const result = await runCli(['schedule', EXAMPLE, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(result.stdout).toBe('');
  });

  it('never hangs on an unbounded rule, even over a window of ten years', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), cleanPlanWith('cadence: weekly on monday', 'cadence: "RRULE:FREQ=DAILY"'));
    const result = await runCli(['schedule', '--from', '2020-01-01', '--weeks', '520', '--format', 'json'], {
      cwd: folder,
      timeoutMs: 10_000,
    });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as JsonEntry[]).filter((e) => e.channel === 'digest')).toHaveLength(87);
  });

  it('stops with the plan’s errors (exit 1), as every command does', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), cleanPlanWith('cadence: weekly on monday', 'cadence: weekly on moonday'));
    const result = await runCli(['schedule'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Did you mean "weekly on monday"?');
  });

  it('has help with examples', async () => {
    const result = await runCli(['schedule', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--format ics --out plan.ics');
    expect(result.stdout).toMatch(/--view <view> +terminal view \(load:[\s\S]*?choices: "agenda", "month",\s+"load", default:/);
  });
});

describe('herald schedule | head', () => {
  it('ends quietly with exit 0 when the reader closes the pipe first', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN, REPO } = await import('../helpers/run-cli.js');
    const { PINNED_DATE_NOTE } = await import('../../src/main.js');
    const child = spawn(process.execPath, [BIN, 'schedule', EXAMPLE, '--from', '2027-01-04', '--weeks', '26'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HERALD_TODAY: '2026-11-23' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reading end is gone before Herald writes a byte: every write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr.replace(PINNED_DATE_NOTE, '')).toBe('');
    expect(code).toBe(0);
  });
});
