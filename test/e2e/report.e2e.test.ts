import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

const env = { HERALD_TODAY: '2027-04-01' };

describe('herald report (built binary)', () => {
  it('prints where the example plan stands, in plain text without a terminal', async () => {
    const result = await runCli(['report', 'examples/herald.yaml'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Marketing visibility, H1 2027 — Acme Corp\nWhere it stands on 1 Apr 2027\./);
    expect(result.stdout).toMatch(/Leadership can name marketing's top wins \[leadership-awareness\]\n {4}█+░+ {2}42% {2}on track/);
    expect(result.stdout).toContain('\nAudiences\n');
    expect(result.stdout).toContain('\nPeople to recognise\n  Priya Shah: January webinar sourced $240k pipeline\n');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('fits COLUMNS and colours only when asked', async () => {
    const narrow = await runCli(['report', 'examples/herald.yaml'], { env: { ...env, COLUMNS: '50' } });
    for (const line of narrow.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    const coloured = await runCli(['report', 'examples/herald.yaml'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    const off = await runCli(['report', 'examples/herald.yaml', '--no-color'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain('\u001b');
  });

  it('--format json gives each goal id, baseline, target, latest and progress', async () => {
    const result = await runCli(['report', 'examples/herald.yaml', '--format', 'json', '--date', '2027-06-15'], { env });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { date: string; goals: Array<Record<string, unknown>> };
    expect(json.date).toBe('2027-06-15');
    expect(json.goals.map((g) => ({ id: g.id, baseline: g.baseline, target: g.target, latest: g.latest, progress: g.progress }))).toEqual([
      { id: 'leadership-awareness', baseline: 20, target: 80, latest: 70, progress: 50 / 60 },
      { id: 'sales-campaign-recall', baseline: 22, target: 60, latest: 52, progress: 30 / 38 },
      { id: 'content-in-deals', baseline: 31, target: 55, latest: 38, progress: 7 / 24 },
      { id: 'launch-brief-lag', baseline: 14, target: 3, latest: 2, progress: 1 },
    ]);
  });

  it('--format json gives null progress before any measurement', async () => {
    const result = await runCli(['report', 'examples/herald.yaml', '--format', 'json']);
    const json = JSON.parse(result.stdout) as { goals: Array<Record<string, unknown>> };
    expect(json.goals.every((g) => g.latest === null && g.progress === null)).toBe(true);
  });

  it('--format md prints a Markdown report', async () => {
    const result = await runCli(['report', 'examples/herald.yaml', '--format', 'md', '--from', '2027-03-01', '--to', '2027-03-31'], {
      env,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Marketing visibility, H1 2027: where it stands on 1 Apr 2027\n/);
    expect(result.stdout).toContain('| Goal | Baseline | Latest | Target | Progress | Status | Trend |');
    expect(result.stdout).toContain('## Highlights, 1 Mar 2027 – 31 Mar 2027');
    expect(result.stdout).toContain('Northwind Logistics case study');
    // The period narrows the highlights; a goal's timeline still runs from the plan's start.
    expect(result.stdout.slice(result.stdout.indexOf('## Highlights'))).not.toContain('January webinar');
    expect(result.stdout).toContain('### Timeline: Leadership can name marketing');
  });

  it('--format html --out writes one page, and never replaces it without --force', async () => {
    const folder = await tempFolder();
    const out = join(folder, 'report.html');
    const plan = join(process.cwd(), 'examples', 'herald.yaml');
    const first = await runCli(['report', plan, '--format', 'html', '--out', 'report.html'], { env, cwd: folder });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('Wrote report.html\n');
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(4);

    await writeFile(out, 'edited by hand');
    const again = await runCli(['report', plan, '--format', 'html', '--out', 'report.html'], { env, cwd: folder });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('report.html already exists');
    expect(again.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('edited by hand');

    const forced = await runCli(['report', plan, '--format', 'html', '--out', 'report.html', '--force'], { env, cwd: folder });
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(html);
  });

  it('refuses a bad date or period with exit 2 and a hint', async () => {
    const bad = await runCli(['report', 'examples/herald.yaml', '--date', '2027-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'error: --date 2027-02-30 is not a real date: February 2027 has 28 days\nhint: Check the day, e.g. --date 2027-02-28.\n',
    );
    const backwards = await runCli(['report', 'examples/herald.yaml', '--from', '2027-03-01', '--to', '2027-02-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('error: The window is empty: --to 2027-02-01 is before --from 2027-03-01');
    const format = await runCli(['report', 'examples/herald.yaml', '--format', 'pdf']);
    expect(format.code).toBe(2);
  });

  it('shows a goal that goes down falling towards its target', async () => {
    const result = await runCli(['report', 'test/fixtures/report/deploy.yaml', '--date', '2027-04-10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trend falling, towards the target (lower is better)');
  });
});
