import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPlanWith } from '../helpers/validate-text.js';
import { runCli, tempFolder } from '../helpers/run-cli.js';
import { runCli as runInProcess } from '../helpers/run-in-process.js';

/**
 * The real binary, each command once: bin/herald.js, the launcher, the bundle and its code
 * caches, the vendor bundles and the built-in templates as they ship. What the commands do
 * is tested in-process (the other e2e files, through run-in-process.ts).
 */
const EXAMPLE = 'examples/herald.yaml';

describe('the built binary (smoke)', () => {
  it('validates the example: exit 0, nothing on stderr', async () => {
    const result = await runCli(['validate', EXAMPLE]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✔ examples\/herald\.yaml is valid: /);
    expect(result.code).toBe(0);
  });

  it('stops on a plan with errors: exit 1, a position and a hint, no stack', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), cleanPlanWith('influence: high', 'influence: hihg'));
    const result = await runCli(['validate'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('Did you mean "high"?');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown command with exit 2', async () => {
    const result = await runCli(['validat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('validate');
  });

  it('shows help with examples', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
  });

  it('writes the schedule as iCalendar', async () => {
    const result = await runCli(['schedule', EXAMPLE, '--format', 'ics', '--from', '2027-01-04', '--weeks', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('renders a day of drafts with the built-in templates', async () => {
    const result = await runCli(['generate', EXAMPLE, '--date', '2027-02-01', '--stdout']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(200);
  });

  it('reports progress and briefs the team', async () => {
    const report = await runCli(['report', EXAMPLE]);
    expect(report.code).toBe(0);
    expect(report.stdout.length).toBeGreaterThan(100);
    // The page with its goal charts: month arithmetic, which the bundle loads on first use.
    const page = await runCli(['report', EXAMPLE, '--format', 'html', '--date', '2027-03-15']);
    expect(page.stderr).not.toMatch(/\n\s+at /);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^<!doctype html>[\s\S]*<svg[\s\S]*<\/html>\s*$/i);
    const brief = await runCli(['brief', EXAMPLE]);
    expect(brief.code).toBe(0);
    expect(brief.stdout.length).toBeGreaterThan(100);
  });

  it('makes a plan with init --yes that validates, and records a measurement with track', async () => {
    const folder = await tempFolder();
    expect((await runCli(['init', '--yes'], { cwd: folder })).code).toBe(0);
    expect((await runCli(['validate'], { cwd: folder })).code).toBe(0);
    const plan = join(folder, 'example.yaml');
    await writeFile(plan, await readFile(EXAMPLE, 'utf8'));
    const track = await runCli(['track', 'leadership-awareness', '50', '--date', '2027-02-01', '--plan', plan]);
    expect(track.code).toBe(0);
    expect(await readFile(plan, 'utf8')).toContain('2027-02-01');
  });

  it('exits only once a long output has gone through the pipe whole (src/cli.ts exits at once)', async () => {
    const folder = await tempFolder();
    // Sixteen daily channels over a year: far more JSON than a pipe holds, so the writes wait for the reader.
    const daily = Array.from({ length: 16 }, (_, n) => `daily-${n}`);
    const plan = cleanPlanWith('channels: [digest, staff-meeting]', `channels: [${daily.join(', ')}]`)
      .replace('end: 2027-03-31', 'end: 2027-12-31')
      .replace('channels:\n', `channels:\n${daily.map((id) => `  - { id: ${id}, type: slack, cadence: daily }\n`).join('')}`);
    await writeFile(join(folder, 'herald.yaml'), plan);
    const args = ['schedule', '--format', 'json', '--from', '2027-01-04', '--to', '2027-12-31'];
    const spawned = await runCli(args, { cwd: folder });
    const inProcess = await runInProcess(args, { cwd: folder });
    expect(spawned.code).toBe(0);
    expect(spawned.stdout.length).toBeGreaterThan(1024 * 1024);
    expect(spawned.stdout).toBe(inProcess.stdout);
  });

  it('stops init at once without a terminal or --yes (exit 2)', async () => {
    const folder = await tempFolder();
    const result = await runCli(['init'], { cwd: folder, timeoutMs: 5_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('herald init --yes');
  });
});
