import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

async function validateFile(folder: string, file: string) {
  const result = await runCli(['validate', file, '--format', 'json'], { cwd: folder, env: { HERALD_TODAY: '2027-01-10' } });
  return { code: result.code, report: JSON.parse(result.stdout) as { valid: boolean; diagnostics: { severity: string }[] } };
}

describe('herald init without a terminal', () => {
  it('writes a valid plan with --yes and flags, and prints the next steps', async () => {
    const folder = await tempFolder();
    const result = await runCli(
      [
        'init',
        'plan.yaml',
        '--yes',
        '--name',
        'Platform: visibility #1',
        '--owner',
        'Dana Lee',
        '--start',
        '2027-01-04',
        '--end',
        '2027-06-30',
        '--timezone',
        'europe/berlin',
        '--research',
        'Q4 pulse survey',
        '--goal',
        'Leadership can name our wins',
        '--baseline',
        '20',
        '--target',
        '80',
        '--audience',
        'Sales team',
      ],
      { cwd: folder },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote plan.yaml');
    expect(result.stdout).toMatch(/herald validate plan\.yaml/);
    expect(result.stdout).toMatch(/herald schedule plan\.yaml/);
    // The goal id the user needs for `herald track`, and the plan file it goes to.
    expect(result.stdout).toContain('  herald track leadership-name-wins <value> --plan plan.yaml\n');
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(result.stdout).not.toContain('warning');

    const text = await readFile(join(folder, 'plan.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=./plan.schema.json\n')).toBe(true);
    expect(text).toContain('name: "Platform: visibility #1"');
    expect(text).toContain('timezone: Europe/Berlin');
    const { code, report } = await validateFile(folder, 'plan.yaml');
    expect(code).toBe(0);
    expect(report).toEqual({ file: 'plan.yaml', valid: true, diagnostics: [] });
  });

  it('takes every default with --yes alone: herald.yaml with no errors', async () => {
    const folder = await tempFolder();
    const result = await runCli(['init', '--yes'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote herald\.yaml/);
    expect(result.stdout).toMatch(/^ {2}herald validate {2,}/m);
    expect(result.stdout).toMatch(/^ {2}herald track leadership-knows-top-wins <value>\n {3,}record where your goal stands$/m);
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const { report } = await validateFile(folder, 'herald.yaml');
    expect(report.valid).toBe(true);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The plan has a summary and its goal a why, so the brief has a purpose and says why the goal matters.
    const brief = await runCli(['brief'], { cwd: folder });
    expect(brief.code).toBe(0);
    expect(brief.stdout).toContain('Make our work visible to those who decide.');
    expect(brief.stdout).toContain('Budgets follow what leadership knows.');
  });

  it('stops at once without --yes (exit 2), says how to run without questions, writes nothing', async () => {
    const folder = await tempFolder();
    const result = await runCli(['init'], { cwd: folder, timeoutMs: 5_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no terminal');
    expect(result.stderr).toContain('herald init --yes');
    for (const line of result.stderr.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(spawnSync('ls', [folder]).stdout.toString()).toBe('');
  });

  it('never overwrites a file without --force, and replaces it with --force', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'herald.yaml');
    await writeFile(path, 'my own plan\n');
    const refused = await runCli(['init', '--yes'], { cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('herald.yaml already exists');
    expect(refused.stderr).toContain('--force');
    expect(await readFile(path, 'utf8')).toBe('my own plan\n');
    // Checked before anything else, even without a terminal.
    expect((await runCli(['init'], { cwd: folder })).stderr).toContain('already exists');

    const forced = await runCli(['init', '--yes', '--force'], { cwd: folder });
    expect(forced.code).toBe(0);
    expect(await readFile(path, 'utf8')).toContain('version: 1');
  });

  it('refuses a bad flag with exit 2, no stack and no file', async () => {
    const folder = await tempFolder();
    const result = await runCli(['init', '--yes', '--cadence', 'fortnightly'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--cadence "fortnightly": "fortnightly" is not a cadence Herald can read');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(spawnSync('ls', [folder]).stdout.toString()).toBe('');
  });

  it('takes the purpose and the why as flags, and brief shows them', async () => {
    const folder = await tempFolder();
    const init = await runCli(['init', '--yes', '--summary', 'Show leadership what platform does', '--why', 'Budgets follow visibility'], {
      cwd: folder,
    });
    expect(init.code).toBe(0);
    const brief = await runCli(['brief'], { cwd: folder, env: { HERALD_TODAY: '2027-01-11' } });
    expect(brief.stdout).toContain('Show leadership what platform does');
    expect(brief.stdout).toContain('Budgets follow visibility');
    expect(brief.code).toBe(0);
  });
});
