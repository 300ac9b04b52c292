import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';
import { ALL_CHANNELS, BROKEN, EXAMPLE, readFixture } from '../fixtures/generate/load-fixture.js';

describe('herald generate (built binary)', () => {
  it('writes one file per draft, reports a summary, and on a second run keeps edits and rewrites nothing unchanged', async () => {
    const cwd = await tempFolder();
    // Drafts go next to the plan: a copy in the test's folder, so nothing is written into the repo.
    await writeFile(join(cwd, 'herald.yaml'), await readFile(EXAMPLE, 'utf8'));
    const first = await runCli(['generate', 'herald.yaml', '--date', '2027-02-03'], { cwd });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('  added  drafts/2027-02-03-sko-sales.md');
    expect(first.stdout).toMatch(/✔ 3 drafts on Wednesday, 3 February 2027 in drafts\/: 3 written \(3 added\), 0 unchanged, 0 kept\.\n$/);
    const files = (await readdir(join(cwd, 'drafts'))).sort();
    expect(files).toEqual([
      '.herald-drafts.json',
      '2027-02-03-product-demo-product-eng.md',
      '2027-02-03-recognition-sko-campaign-playbook.md',
      '2027-02-03-sko-sales.md',
    ]);
    const talk = await readFile(join(cwd, 'drafts', '2027-02-03-sko-sales.md'), 'utf8');
    expect(talk).toMatch(/^# 118 reps trained on the Q1 campaign playbook at kickoff$/m);
    expect(talk).not.toMatch(BROKEN);

    await writeFile(join(cwd, 'drafts', '2027-02-03-product-demo-product-eng.md'), 'edited by hand\n');
    const second = await runCli(['generate', 'herald.yaml', '--date', '2027-02-03'], { cwd });
    expect(second.stdout).toContain('  unchanged  drafts/2027-02-03-sko-sales.md');
    expect(second.stdout).toContain('  kept       drafts/2027-02-03-product-demo-product-eng.md (edited since Herald wrote it)');
    expect(second.stdout).toContain(': 0 written, 2 unchanged, 1 kept.');
    expect(second.stdout).toContain('--force overwrites them');
    expect(await readFile(join(cwd, 'drafts', '2027-02-03-product-demo-product-eng.md'), 'utf8')).toBe('edited by hand\n');

    const forced = await runCli(['generate', 'herald.yaml', '--date', '2027-02-03', '--force'], { cwd });
    expect(forced.stdout).toContain('  overwritten  drafts/2027-02-03-product-demo-product-eng.md');
    expect(forced.stdout).toContain(': 1 written (1 overwritten), 2 unchanged, 0 kept.');
    expect(await readFile(join(cwd, 'drafts', '2027-02-03-product-demo-product-eng.md'), 'utf8')).toMatch(/^# /);
  });

  it('names in its summary what it did to each file, and what it did not draft and why', async () => {
    const cwd = await tempFolder();
    const plan = join(cwd, 'herald.yaml');
    await writeFile(plan, await readFile(EXAMPLE, 'utf8'));
    const first = await runCli(['generate', '--date', '2027-02-01'], { cwd });
    expect(first.stdout).toContain('  not drafted  2027-02-01 exec-digest-regional-managers (nothing new)');
    expect(first.stdout).toContain('1 touchpoint not drafted: 1 nothing new (--quiet-too drafts them).');
    await writeFile(plan, (await readFile(plan, 'utf8')).replace(/owner: Dana Lee/g, 'owner: Dana Lee-Park'));
    const rerun = await runCli(['generate', '--date', '2027-02-01'], { cwd });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('  updated  drafts/2027-02-01-exec-digest-leadership.eml');
    expect(rerun.stdout).toContain(': 1 written (1 updated), 0 unchanged, 0 kept.');
    const dry = await runCli(['generate', '--date', '2027-02-01', '--dry-run'], { cwd });
    expect(dry.stdout).toContain('  unchanged  drafts/2027-02-01-exec-digest-leadership.eml');
    expect(dry.stdout).toContain(': 0 to write, 1 unchanged, 0 to keep.');
    const all = await runCli(['generate', '--date', '2027-02-01', '--quiet-too', '--dry-run'], { cwd });
    expect(all.stdout).toContain('  would add  drafts/2027-02-01-exec-digest-regional-managers.eml');
  });

  it('drafts the next 7 days from today by default, into --out', async () => {
    const cwd = await tempFolder();
    const result = await runCli(['generate', EXAMPLE, '--out', 'out/feb'], { cwd, env: { HERALD_TODAY: '2027-02-01' } });
    expect(result.code).toBe(0);
    const files = await readdir(join(cwd, 'out', 'feb'));
    expect(files).toContain('2027-02-01-exec-digest-leadership.eml');
    expect(files).toContain('2027-02-03-sko-sales.md');
    // The staff meeting on the 4th would only repeat what the digest said three days before: its slot is given back.
    expect(files).toContain('2027-02-03-recognition-sko-campaign-playbook.md');
    expect(files).toContain('2027-02-04-staff-meeting-leadership.md');
    expect(files.some((f) => f.startsWith('2027-02-08'))).toBe(false);
  });

  it('lists what it would write with --dry-run, and writes nothing', async () => {
    const cwd = await tempFolder();
    const result = await runCli(['generate', EXAMPLE, '--from', '2027-02-01', '--to', '2027-02-03', '--dry-run', '--out', 'drafts'], {
      cwd,
    });
    expect(result.code).toBe(0);
    // A Slack channel is one post for all its audiences: the file name names the channel alone.
    expect(result.stdout).toContain('  not drafted  2027-02-02 sales-slack (nothing new)');
    expect(result.stdout).toMatch(
      /Dry run, nothing written\. 4 drafts from 1 February 2027 to 3 February 2027 in drafts\/: 4 to write \(4 to add\), 0 unchanged, 0 to keep\./,
    );
    await expect(readdir(join(cwd, 'drafts'))).rejects.toThrow();
  });

  it('prints the drafts with --stdout and the template data with --data', async () => {
    const printed = await runCli(['generate', EXAMPLE, '--date', '2027-02-03', '--stdout']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^==> 2027-02-03-sko-sales\.md <==\n# 118 reps trained on the Q1 campaign playbook at kickoff\n/);
    // Marco Rossi runs the session and sends the note: he thanks Lena, not himself.
    expect(printed.stdout).toContain('==> 2027-02-03-recognition-sko-campaign-playbook.md <==\n# Thank you, Lena Vogel\n\nHi Lena,');
    expect(printed.stdout).not.toMatch(BROKEN);

    const data = await runCli(['generate', EXAMPLE, '--date', '2027-02-03', '--data']);
    expect(data.code).toBe(0);
    const entries = JSON.parse(data.stdout) as Array<{ file: string; template: string; format: string; data: Record<string, unknown> }>;
    expect(entries.map((e) => [e.file, e.template, e.format])).toEqual([
      ['2027-02-03-sko-sales.md', 'meeting', 'markdown'],
      ['2027-02-03-product-demo-product-eng.md', 'meeting', 'markdown'],
      ['2027-02-03-recognition-sko-campaign-playbook.md', 'recognition', 'markdown'],
    ]);
    expect(entries[0]?.data).toMatchObject({
      kind: 'touchpoint',
      mode: 'report',
      audience: { id: 'sales' },
      hasNews: true,
      lead: { id: 'sko-campaign-playbook' },
      sender: 'Marco Rossi',
      fit: { highlights: 6 },
    });
    expect(entries[1]?.data).toMatchObject({
      mode: 'give-back',
      question: 'What would you most like to hear from us about launch adoption?',
    });
  });

  it('uses --templates with partials, and fails on a template error with its file and line (exit 2), writing nothing', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'tpl', 'partials'), { recursive: true });
    await writeFile(join(cwd, 'tpl', 'meeting.hbs'), 'AGENDA {{audience.name}}\n{{> footer}}\n');
    await writeFile(join(cwd, 'tpl', 'partials', 'footer.hbs'), '-- {{plan.name}}\n');
    const ok = await runCli(['generate', EXAMPLE, '--date', '2027-02-03', '--templates', 'tpl', '--stdout'], { cwd });
    expect(ok.stdout).toContain('==> 2027-02-03-sko-sales.md <==\nAGENDA Sales team\n-- Marketing visibility, H1 2027\n');

    await writeFile(join(cwd, 'tpl', 'meeting.hbs'), 'AGENDA\n{{#each featured}}\n  {{titel}}\n{{/each}}\n');
    const bad = await runCli(['generate', EXAMPLE, '--date', '2027-02-03', '--templates', 'tpl'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'error: tpl/meeting.hbs:3:5: "titel" is not a field of the draft data here, nor a helper\nhint: Did you mean "title"?\n',
    );
    await expect(readdir(join(cwd, 'drafts'))).rejects.toThrow();
  });

  it('uses a channel’s own template, relative to the plan', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'plan', 'templates'), { recursive: true });
    // Slack alone, so that it tells every win of the day.
    const text = readFixture(ALL_CHANNELS)
      .replace("    time: '11:00'\n", "    time: '11:00'\n    template: templates/wins.hbs\n")
      .replace(/^ {4}channels: \[.*\]$/gm, '    channels: [exec-slack]');
    await writeFile(join(cwd, 'plan', 'herald.yaml'), text);
    await writeFile(join(cwd, 'plan', 'templates', 'wins.hbs'), 'WINS {{list featured "title"}}\n');
    const result = await runCli(['generate', 'plan/herald.yaml', '--date', '2027-02-01', '--stdout'], { cwd });
    expect(result.stdout).toContain(
      '==> 2027-02-01-exec-slack.slack.txt <==\nWINS Deploys now take 25 minutes and Cloud bill down by a quarter\n',
    );
  });

  it('exits 2 on bad usage and 1 on a plan with errors', async () => {
    const bad = await runCli(['generate', EXAMPLE, '--date', '2027-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: --date 2027-13-01 is not a real date: months go from 01 to 12');
    const both = await runCli(['generate', EXAMPLE, '--stdout', '--dry-run']);
    expect(both.code).toBe(2);
    const cwd = await tempFolder();
    await writeFile(join(cwd, 'broken.yaml'), 'version: 1\nplan: { name: x, start: 2027-01-04, end: 2026-01-01 }\n');
    const broken = await runCli(['generate', 'broken.yaml'], { cwd });
    expect(broken.code).toBe(1);
    const quiet = await runCli(['generate', EXAMPLE, '--date', '2026-12-01']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toContain('No touchpoints on Tuesday, 1 December 2026: nothing to draft.');
  });

  it('shows examples in --help', async () => {
    const help = await runCli(['generate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ herald generate plan.yaml --date 2027-02-01 --stdout');
  });
});
