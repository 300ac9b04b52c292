import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

const env = { HERALD_TODAY: '2027-01-10' };

describe('herald brief (built binary)', () => {
  it('prints the example plan as a brief, in plain text without a terminal', async () => {
    const result = await runCli(['brief', 'examples/herald.yaml'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Marketing visibility, H1 2027 — Acme Corp\n/);
    for (const heading of ['Purpose', 'How to give feedback', 'Goals', 'Who we want to reach', 'Owners', 'The research it rests on']) {
      expect(result.stdout).toContain(`\n${heading}\n`);
    }
    expect(result.stdout).toContain('Every other Thursday at 10:00 (10m); next: Thu 21 Jan 2027, 10:00');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('--audience tailors it to one audience', async () => {
    const result = await runCli(['brief', 'examples/herald.yaml', '--audience', 'leadership'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/What the\s+Executive team will hear\./);
    expect(result.stdout).toContain('Monthly executive digest');
    expect(result.stdout).not.toContain('Sales team');
    expect(result.stdout).not.toContain('Weekly wins post');
  });

  it('an unknown audience is exit 2 with a did-you-mean', async () => {
    const result = await runCli(['brief', 'examples/herald.yaml', '--audience', 'leadrship'], { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: examples/herald.yaml has no audience "leadrship"\nhint: Did you mean "leadership"?\n');
  });

  it('--format md and --format html', async () => {
    const md = await runCli(['brief', 'examples/herald.yaml', '--format', 'md'], { env });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Marketing visibility, H1 2027 — Acme Corp\n\n/);
    expect(md.stdout).toContain('## How to give feedback');
    const html = await runCli(['brief', 'examples/herald.yaml', '--format', 'html'], { env });
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>[\s\S]*<h2>How to give feedback<\/h2>[\s\S]*<\/html>\n$/);
  });

  it('reads well on a minimal plan, mentioning its warnings on stderr only', async () => {
    const result = await runCli(['brief', 'test/fixtures/brief/minimal.yaml'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Minimal plan\nThe plan from 4 January 2027 to 31 March 2027.\n\nWho we want to reach\n  Everyone\n    • All hands — meeting\n      Monthly on the first Friday; next: Fri 5 Feb 2027\n',
    );
    expect(result.stderr).toBe('note: test/fixtures/brief/minimal.yaml has 1 warning; `herald validate` shows them\n');
  });

  it('--out writes the file whole and never replaces it without --force', async () => {
    const folder = await tempFolder();
    const plan = join(process.cwd(), 'examples', 'herald.yaml');
    const out = join(folder, 'brief.md');
    await writeFile(out, 'my notes');
    const refused = await runCli(['brief', plan, '--format', 'md', '--out', 'brief.md'], { env, cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('brief.md already exists');
    expect(await readFile(out, 'utf8')).toBe('my notes');
    const forced = await runCli(['brief', plan, '--format', 'md', '--out', 'brief.md', '--force'], { env, cwd: folder });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('Wrote brief.md\n');
    expect(await readFile(out, 'utf8')).toMatch(/^# Marketing visibility/);
  });

  it('has help with examples', async () => {
    const result = await runCli(['brief', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--audience <id>');
    expect(result.stdout).toContain('$ herald brief examples/herald.yaml --audience leadership');
  });
});
