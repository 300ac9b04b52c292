import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml');
const TODAY = { HERALD_TODAY: '2027-03-15' };

/** A copy of the commented fixture plan in a fresh temp folder, as herald.yaml. */
async function planCopy(): Promise<{ folder: string; path: string; original: string }> {
  const folder = await tempFolder();
  const path = join(folder, 'herald.yaml');
  await copyFile(FIXTURE, path);
  return { folder, path, original: await readFile(FIXTURE, 'utf8') };
}

describe('herald track', () => {
  it('adds one line to a plan full of comments and keeps every other byte', async () => {
    const { folder, path, original } = await planCopy();
    const result = await runCli(['track', 'leadership-awareness', '52', '--note', 'Exec survey: March #2'], { cwd: folder, env: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('leadership-awareness: 52% (baseline 20%, target 80%) — 53% of the way\n');

    const after = await readFile(path, 'utf8');
    const newLine = '  - {goal: leadership-awareness, date: 2027-03-15, value: 52, note: "Exec survey: March #2"}\n';
    const anchor = '  - {goal: launch-brief-lag, date: 2027-02-19, value: 7}\n';
    const at = original.indexOf(anchor) + anchor.length;
    expect(after).toBe(original.slice(0, at) + newLine + original.slice(at));

    const check = await runCli(['validate', 'herald.yaml', '--format', 'json'], { cwd: folder, env: TODAY });
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true });
  });

  it('takes --date and --plan, and says which goal progressed how far for a goal that goes down', async () => {
    const { path, original } = await planCopy();
    const result = await runCli(['track', 'launch-brief-lag', '5', '--date', '2027-03-01', '--plan', path], { cwd: REPO, env: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('launch-brief-lag: 5 days (baseline 14 days, target 3 days) — 82% of the way\n');
    const added = (await readFile(path, 'utf8')).split('\n').filter((line) => !original.split('\n').includes(line));
    expect(added).toEqual(['  - {goal: launch-brief-lag, date: 2027-03-01, value: 5}']);
  });

  it('keeps CRLF line endings and a byte-order mark', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'herald.yaml');
    const original = '\uFEFF' + (await readFile(FIXTURE, 'utf8')).replace(/\n/g, '\r\n');
    await writeFile(path, original);
    const result = await runCli(['track', 'launch-brief-lag', '4'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(0);
    const after = await readFile(path, 'utf8');
    expect(after.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(after.length).toBe(original.length + '  - {goal: launch-brief-lag, date: 2027-03-15, value: 4}\r\n'.length);
    expect(after).toContain('value: 7}\r\n  - {goal: launch-brief-lag, date: 2027-03-15, value: 4}\r\n  # - {goal');
  });

  it('refuses an unknown goal with "did you mean" (exit 1) and leaves the file untouched', async () => {
    const { folder, path, original } = await planCopy();
    const result = await runCli(['track', 'leadership-awarness', '52'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no goal "leadership-awarness"');
    expect(result.stderr).toContain('Did you mean "leadership-awareness"?');
    expect(result.stdout).toBe('');
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('adds only `measurements:` and the entry to a plan fresh from `herald init`', async () => {
    const folder = await tempFolder();
    expect((await runCli(['init', '--yes'], { cwd: folder, env: TODAY })).code).toBe(0);
    const path = join(folder, 'herald.yaml');
    const before = await readFile(path, 'utf8');
    const result = await runCli(['track', 'leadership-knows-top-wins', '35'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(
      `${before}measurements:\n  - { goal: leadership-knows-top-wins, date: 2027-03-15, value: 35 }\n`,
    );
  });

  it('suggests the goal the user typed when the value has a unit', async () => {
    const { folder } = await planCopy();
    const result = await runCli(['track', 'launch-brief-lag', '35%'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('herald track launch-brief-lag 35\n');
    expect(result.stderr).not.toContain('leadership-awareness');
    expect((await runCli(['track', 'launch-brief-lag', 'lots'], { cwd: folder, env: TODAY })).stderr).toContain(
      'herald track launch-brief-lag <value>',
    );
  });

  it('records a measurement dated after today, with a note on stderr', async () => {
    const { folder, path } = await planCopy();
    const result = await runCli(['track', 'launch-brief-lag', '5', '--date', '2027-03-20'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('note: 2027-03-20 is in the future (today is 2027-03-15); recorded all the same\n');
    expect(await readFile(path, 'utf8')).toContain('{goal: launch-brief-lag, date: 2027-03-20, value: 5}');
    const today = await runCli(['track', 'launch-brief-lag', '5', '--date', '2027-03-15'], { cwd: folder, env: TODAY });
    expect(today.stderr).not.toContain('future');
  });

  it.each([
    [['track', 'leadership-awareness', '45%'], '"45%" is not a number'],
    [['track', 'leadership-awareness', 'lots'], '"lots" is not a number'],
    [['track', 'leadership-awareness', '45', '--date', '2027-02-30'], '--date 2027-02-30 is not a real date: February 2027 has 28 days'],
    [['track', 'leadership-awareness', '45', '--date', 'yesterday'], '--date "yesterday" is not a date'],
  ])('refuses %j with exit 2 and leaves the file untouched', async (args, message) => {
    const { folder, path, original } = await planCopy();
    const result = await runCli(args, { cwd: folder, env: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('refuses to touch a plan with errors (exit 1)', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'herald.yaml');
    const broken = (await readFile(FIXTURE, 'utf8')).replace('influence: high', 'influence: hihg');
    await writeFile(path, broken);
    const result = await runCli(['track', 'leadership-awareness', '52'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('fix them first');
    expect(await readFile(path, 'utf8')).toBe(broken);
  });

  it('creates the measurements section in a plan without one', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'herald.yaml');
    const original = (await readFile(join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml'), 'utf8')).replace(
      /\nmeasurements:[^]*?\n\n/,
      '\n',
    );
    expect(original).not.toContain('measurements:');
    await writeFile(path, original);
    const result = await runCli(['track', 'leadership-awareness', '30', '--note', 'Baseline re-check'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(
      `${original}\n# measurements: progress on each goal over time, added by \`herald track\`.\nmeasurements:\n` +
        '  - { goal: leadership-awareness, date: 2027-03-15, value: 30, note: Baseline re-check }\n',
    );
  });
});
