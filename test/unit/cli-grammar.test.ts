import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { REPO, tempFolder } from '../helpers/run-cli.js';

const TRACK_PLAN = join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml');
const EXAMPLE = join(REPO, 'examples', 'herald.yaml');

describe('-f means --format everywhere', () => {
  it('`herald generate -f json` says generate has no format, and names --force', async () => {
    const cwd = await tempFolder();
    await copyFile(EXAMPLE, join(cwd, 'herald.yaml'));
    const result = await runMain(['generate', '-f', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: herald generate has no --format (-f json)');
    expect(result.stderr).toContain('pass --force');
    expect(result.stderr).not.toContain('No plan at json');
    expect(await readdir(cwd)).toEqual(['herald.yaml']);
  });

  it('`herald init -f` is not --force either; --force still is', async () => {
    const cwd = await tempFolder();
    await writeFile(join(cwd, 'herald.yaml'), 'version: 1\n');
    const short = await runMain(['init', '--yes', '-f', 'yaml'], cwd);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('herald init has no --format');
    expect(await readFile(join(cwd, 'herald.yaml'), 'utf8')).toBe('version: 1\n');
    const long = await runMain(['init', '--yes', '--force'], cwd);
    expect(long.code).toBe(0);
  });

  it('is --format in validate, schedule, report and brief', async () => {
    for (const command of ['validate', 'schedule', 'report']) {
      const result = await runMain([command, EXAMPLE, '-f', 'json'], REPO);
      expect(() => JSON.parse(result.stdout) as unknown, command).not.toThrow();
    }
    expect((await runMain(['brief', EXAMPLE, '-f', 'md'], REPO)).stdout).toMatch(/^# /);
  });
});

describe('-n means --dry-run everywhere', () => {
  it('`herald track goal 40 -n text` says to write --note', async () => {
    const cwd = await tempFolder();
    await copyFile(TRACK_PLAN, join(cwd, 'herald.yaml'));
    const before = await readFile(join(cwd, 'herald.yaml'), 'utf8');
    const result = await runMain(['track', 'leadership-awareness', '40', '-n', 'Poll'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: herald track has no -n: write the note as --note');
    expect(await readFile(join(cwd, 'herald.yaml'), 'utf8')).toBe(before);
    expect((await runMain(['track', 'leadership-awareness', '40', '--note', 'Poll'], cwd)).code).toBe(0);
  });
});

describe('track takes the plan as every command does', () => {
  it('`herald track team-plan/herald.yaml goal 40` records into that plan', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'team-plan'));
    await copyFile(TRACK_PLAN, join(cwd, 'team-plan', 'herald.yaml'));
    const result = await runMain(['track', 'team-plan/herald.yaml', 'leadership-awareness', '40'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(join(cwd, 'team-plan', 'herald.yaml'), 'utf8')).toContain(
      '{goal: leadership-awareness, date: 2027-02-15, value: 40}',
    );
  });

  it('`herald track goal 40` still reads ./herald.yaml, and --plan still works', async () => {
    const cwd = await tempFolder();
    await copyFile(TRACK_PLAN, join(cwd, 'herald.yaml'));
    expect((await runMain(['track', 'leadership-awareness', '41'], cwd)).code).toBe(0);
    await mkdir(join(cwd, 'other'));
    await copyFile(TRACK_PLAN, join(cwd, 'other', 'plan.yaml'));
    expect((await runMain(['track', 'leadership-awareness', '42', '--plan', 'other/plan.yaml'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'other', 'plan.yaml'), 'utf8')).toContain('value: 42}');
  });

  it('says what is missing when a word is left out', async () => {
    const cwd = await tempFolder();
    const noValue = await runMain(['track', 'team-plan/herald.yaml', 'leadership-awareness'], cwd);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('error: herald track needs a value');
    expect(noValue.stderr).toContain('`herald track team-plan/herald.yaml leadership-awareness <value>`');
    const nothing = await runMain(['track'], cwd);
    expect(nothing.stderr).toContain('herald track needs a goal and a value');
    await copyFile(TRACK_PLAN, join(cwd, 'plan'));
    const noExtension = await runMain(['track', 'plan', 'leadership-awareness'], cwd);
    expect(noExtension.stderr).toContain('error: herald track needs a value');
    const twice = await runMain(['track', 'a.yaml', 'goal', '1', '--plan', 'b.yaml'], cwd);
    expect(twice.stderr).toContain('Two plans are given');
  });
});

describe('finding the plan', () => {
  it('names the command being run in the hint when there is no plan', async () => {
    const cwd = await tempFolder();
    for (const command of ['validate', 'schedule', 'generate', 'report', 'brief']) {
      const result = await runMain([command], cwd);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain(`\`herald ${command} path/to/plan.yaml\``);
    }
    const track = await runMain(['track', 'goal', '40'], cwd);
    expect(track.stderr).toContain('`herald track path/to/plan.yaml <goal> <value>`');
  });

  it('finds herald.yml when there is no herald.yaml, and refuses both', async () => {
    const cwd = await tempFolder();
    await copyFile(EXAMPLE, join(cwd, 'herald.yml'));
    const yml = await runMain(['validate', '-f', 'json'], cwd);
    expect(JSON.parse(yml.stdout)).toMatchObject({ file: 'herald.yml' });
    const init = await runMain(['init', '--yes'], cwd);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('herald.yml is already the plan here');
    await copyFile(EXAMPLE, join(cwd, 'herald.yaml'));
    const both = await runMain(['schedule'], cwd);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Both herald.yaml and herald.yml are here');
  });

  it('writes drafts next to the plan, not in the working folder', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'team-plan'));
    await mkdir(join(cwd, 'work'));
    await copyFile(EXAMPLE, join(cwd, 'team-plan', 'herald.yaml'));
    const result = await runMain(['generate', '../team-plan/herald.yaml', '--date', '2027-02-01'], join(cwd, 'work'));
    expect(result.code).toBe(0);
    expect(await readdir(join(cwd, 'work'))).toEqual([]);
    expect(await readdir(join(cwd, 'team-plan', 'drafts'))).toContain('2027-02-01-exec-digest-leadership.eml');
  });
});

describe('HERALD_TODAY', () => {
  it('is noted on stderr in one line; stdout stays clean', async () => {
    const result = await runMain(['schedule', EXAMPLE, '--format', 'json'], REPO, { HERALD_TODAY: '2027-01-04' }, undefined, {
      keepDateNote: true,
    });
    expect(result.stderr).toBe("note: HERALD_TODAY=2027-01-04 pins today's date; unset it to use the real one\n");
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    const unset = await runMain(['validate', EXAMPLE, '--format', 'json'], REPO, { HERALD_TODAY: '' }, undefined, { keepDateNote: true });
    expect(unset.stderr).toBe('');
    const help = await runMain(['schedule', '--help'], REPO, {}, undefined, { keepDateNote: true });
    expect(help.stderr).toBe('');
  });

  it('refuses a day that does not exist, or anything but YYYY-MM-DD (exit 2, no stack)', async () => {
    for (const pinned of ['2027-02-30', '2027-13-01', '2027-1-04', 'tomorrow']) {
      const result = await runMain(['validate', EXAMPLE], REPO, { HERALD_TODAY: pinned });
      expect(result.code, pinned).toBe(2);
      expect(result.stderr, pinned).toContain(`error: HERALD_TODAY is "${pinned}", not a date`);
      expect(result.stderr, pinned).toContain('hint: Set it to a date as YYYY-MM-DD');
      expect(result.stderr, pinned).not.toMatch(/\n\s+at /);
    }
    const leap = await runMain(['validate', EXAMPLE, '--format', 'json'], REPO, { HERALD_TODAY: '2028-02-29' });
    expect(leap.code).toBe(0);
  });
});

describe('trackArguments with --from-csv', () => {
  it('takes [plan] <goal> without a value', async () => {
    const { trackArguments } = await import('../../src/commands/track/arguments.js');
    expect(trackArguments(['team-plan/herald.yaml', 'awareness', undefined], undefined, () => false, true)).toEqual({
      plan: 'team-plan/herald.yaml',
      goalId: 'awareness',
      valueText: undefined,
    });
    expect(trackArguments(['awareness', undefined, undefined], 'p.yaml', () => false, true)).toEqual({
      plan: 'p.yaml',
      goalId: 'awareness',
      valueText: undefined,
    });
    expect(trackArguments(['awareness', '45', undefined], undefined, () => false, true).valueText).toBe('45');
  });
});
