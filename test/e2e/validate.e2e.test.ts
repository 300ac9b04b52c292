import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, cleanPlanWith } from '../helpers/validate-text.js';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

describe('herald validate (built binary)', () => {
  it('passes the bundled example with zero warnings', async () => {
    const result = await runCli(['validate', 'examples/herald.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✔ examples\/herald\.yaml is valid: \d+ goals, \d+ audiences, \d+ channels, \d+ highlights\n$/);
    expect(result.code).toBe(0);
  });

  it('shows the warnings example with positions, excerpts and hints, and exits 0', async () => {
    const result = await runCli(['validate', 'examples/warnings.yaml']);
    expect(result.code).toBe(0);
    for (const rule of [
      'goal-measurable',
      'audience-unreached',
      'channel-unused',
      'decision-makers-quiet',
      'over-communication',
      'one-way',
      'highlight-evidence',
      'goal-research',
    ]) {
      expect(result.stdout).toContain(`[${rule}]`);
    }
    expect(result.stdout).toMatch(/^examples\/warnings\.yaml:\d+:\d+ warning /m);
    expect(result.stdout).toMatch(/^ {2}\d+ \| .+\n {2}\s+\| +\^$/m);
    expect(result.stdout).toMatch(/^ {2}hint: /m);
    expect(result.stdout).toMatch(/⚠ \d+ warnings in examples\/warnings\.yaml\n$/);
  });

  it('fails on warnings with --strict and hides them with --quiet', async () => {
    expect((await runCli(['validate', 'examples/warnings.yaml', '--strict'])).code).toBe(1);
    const quiet = await runCli(['validate', 'examples/warnings.yaml', '--quiet']);
    expect(quiet.stdout).toBe('✔ examples/warnings.yaml has no errors (10 warnings not shown: --quiet)\n');
    expect(quiet.code).toBe(0);
  });

  it('prints the documented JSON shape', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), cleanPlanWith('influence: high', 'influence: hihg'));
    const result = await runCli(['validate', '--format', 'json'], { cwd: folder });
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(body).toEqual({
      file: 'herald.yaml',
      valid: false,
      diagnostics: [
        {
          rule: 'enum',
          severity: 'error',
          message: expect.stringContaining('"hihg"') as unknown,
          hint: 'Did you mean "high"?',
          line: 25,
          column: 16,
        },
      ],
    });
  });

  it('prints GitHub annotations with escaped text', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'plan, v2.yaml'), cleanPlanWith('baseline: 20', 'baseline: "20%"'));
    const result = await runCli(['validate', 'plan, v2.yaml', '--format', 'github'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=plan%2C v2\.yaml,line=17,col=15,title=herald type::`baseline` in goal "awareness" must be a number, not text \("20%25"\)%0AHint: /,
    );
  });

  it('reports every kind of error at once, each at its line', async () => {
    const folder = await tempFolder();
    const broken = CLEAN_PLAN.replace('end: 2027-03-31', 'end: 2026-12-31')
      .replace('timezone: Europe/Berlin', 'timezone: Europe/Berlim')
      .replace('cadence: weekly on monday', 'cadence: every fortnight')
      .replace('channels: [digest, staff-meeting]', 'channels: [digest, staf-meeting]')
      .replace('date: 2027-01-20', 'date: 2027-02-30');
    await writeFile(join(folder, 'broken.yaml'), broken);
    const result = await runCli(['validate', 'broken.yaml', '--format', 'json'], { cwd: folder });
    const rules = (JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; line: number }> }).diagnostics.map(
      (d) => `${d.rule}@${d.line}`,
    );
    expect(rules).toEqual([
      'date-order@6',
      'timezone@7',
      'goal-due-outside-plan@19',
      'unknown-reference@26',
      'cadence@30',
      'invalid-date@40',
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 with a clear message for a missing plan, a folder without plans, or a bad option', async () => {
    const folder = await tempFolder();
    const missing = await runCli(['validate'], { cwd: folder });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(
      'error: No plan at herald.yaml\nhint: Create one with `herald init`, or pass the path of your plan: `herald validate path/to/plan.yaml`.\n',
    );
    // A folder is a workspace (see "Many plans" in the README): one without plans could not run.
    await mkdir(join(folder, 'plans'));
    const directory = await runCli(['validate', 'plans'], { cwd: folder });
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('No Herald plans in plans');
    const badFormat = await runCli(['validate', '--format', 'xml'], { cwd: folder });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Allowed choices are text, json, github');
  });

  it('reads a plan whose path has spaces', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'my plans'));
    await writeFile(join(folder, 'my plans', 'team plan.yaml'), CLEAN_PLAN);
    const result = await runCli(['validate', 'my plans/team plan.yaml'], { cwd: folder });
    expect(result.stdout).toContain('✔ my plans/team plan.yaml is valid');
    expect(result.code).toBe(0);
  });

  it('colours output only when asked, and never with NO_COLOR', async () => {
    const plain = await runCli(['validate', 'examples/warnings.yaml']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['validate', 'examples/warnings.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const noColor = await runCli(['validate', 'examples/warnings.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

describe('herald schema, --help, --version', () => {
  it('prints the JSON Schema', async () => {
    const result = await runCli(['schema']);
    const schema = JSON.parse(result.stdout) as { title: string; required: string[] };
    expect(schema.title).toBe('Herald plan');
    expect(schema.required).toEqual(['version', 'plan']);
    expect(result.code).toBe(0);
  });

  it('has examples in the help of every command, and a version', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['schema', '--help']]) {
      const result = await runCli(args);
      expect(result.stdout).toContain('Examples:');
      expect(result.code).toBe(0);
    }
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('fits an 80-column terminal: every help, the overview and validate output', async () => {
    const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));
    for (const args of [
      [],
      ['--help'],
      ...['init', 'validate', 'schedule', 'generate', 'track', 'report', 'brief', 'schema'].map((c) => [c, '--help']),
    ]) {
      const result = await runCli(args, { env: { COLUMNS: '80' } });
      expect(widest(result.stdout), `herald ${args.join(' ')}`).toBeLessThanOrEqual(80);
    }
    const warnings = await runCli(['validate', 'examples/warnings.yaml'], { env: { COLUMNS: '80' } });
    expect(widest(warnings.stdout)).toBeLessThanOrEqual(80);
    expect(warnings.stdout).toContain('\n        '); // a hint wrapped under itself
  });

  it('lists the commands in the order a plan is used, with examples', async () => {
    const overview = (await runCli([])).stdout;
    const order = ['init', 'validate', 'schedule', 'generate', 'track', 'report', 'brief', 'schema'].map((c) =>
      overview.indexOf(`\n  ${c} `),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(overview).toContain('Examples:');
  });

  it('prints an overview when run alone, and exits 2 on an unknown command', async () => {
    const alone = await runCli([]);
    expect(alone.stdout).toContain('Usage: herald');
    expect(alone.code).toBe(0);
    const unknown = await runCli(['valdate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('validate');
  });
});
