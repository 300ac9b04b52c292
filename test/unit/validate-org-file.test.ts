/** `herald validate herald.org.yaml` checks the organisation file; the other commands say it is not a plan. */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

async function workspace(): Promise<string> {
  const folder = await tempFolder();
  await cp(join(REPO, 'test/fixtures/workspace'), folder, { recursive: true });
  return folder;
}

describe('validate herald.org.yaml', () => {
  it('checks the organisation file alone and says what it holds', async () => {
    const result = await runCli(['validate', 'herald.org.yaml'], { cwd: await workspace() });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ herald.org.yaml is a valid organisation file: 2 shared audiences, 2 blackouts, 3 rule settings\n');
  });

  it('reports its own mistakes at their line, not a plan’s', async () => {
    const folder = await workspace();
    await writeFile(join(folder, 'herald.org.yaml'), 'version: 1\naudiences:\n  - id: exec-team\n    influence: huge\n');
    const result = await runCli(['validate', 'herald.org.yaml'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('herald.org.yaml:3:5 error A shared audience needs a name');
    expect(result.stdout).toContain('herald.org.yaml:4:16 error influence is "huge"; it is high, medium or low');
    expect(result.stdout).not.toMatch(/no `plan`|unknown-key/);
  });

  it('in JSON, as one file', async () => {
    const result = await runCli(['validate', 'herald.org.yaml', '--format', 'json'], { cwd: await workspace() });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ file: 'herald.org.yaml', valid: true, diagnostics: [] });
  });

  it('with plans: checks it as their organisation file, once', async () => {
    const folder = await workspace();
    const result = await runCli(['validate', 'herald.org.yaml', 'teams/finance/herald.yaml', '--format', 'json'], { cwd: folder });
    const files = (JSON.parse(result.stdout) as { files: { file: string; kind: string }[] }).files;
    expect(files.map(({ file, kind }) => [file, kind])).toEqual([
      ['herald.org.yaml', 'org'],
      ['teams/finance/herald.yaml', 'plan'],
    ]);
    expect(result.code).toBe(0);
  });

  it('several organisation files alone', async () => {
    const folder = await workspace();
    await cp(join(REPO, 'test/fixtures/workspace-news'), join(folder, 'news'), { recursive: true });
    const result = await runCli(['validate', 'herald.org.yaml', 'news/herald.org.yaml'], { cwd: folder });
    expect(result.stdout).toBe('✔ 2 organisation files: no problems\n');
    expect(result.code).toBe(0);
  });

  it('a path with no organisation file: exit 2', async () => {
    const result = await runCli(['validate', 'nowhere/herald.org.yaml'], { cwd: await workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No organisation file at nowhere/herald.org.yaml');
  });
});

describe('other commands given the organisation file', () => {
  it.each([
    ['schedule', 'herald.org.yaml'],
    ['generate', 'herald.org.yaml', '--stdout'],
    ['report', 'herald.org.yaml'],
    ['track', 'herald.org.yaml', 'budget-clarity', '50'],
  ])('%s says it is the organisation file, not a plan (exit 2), with a hint', async (...args) => {
    const result = await runCli(args, { cwd: await workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: herald.org.yaml is the organisation file, not a plan');
    expect(result.stderr).toContain(`hint: Every plan below it reads it: name a plan (\`herald ${args[0]} path/to/plan.yaml`);
    expect(result.stderr).toContain('`herald validate herald.org.yaml` checks the organisation file itself.');
  });

  it('among plans (a glob names it), it is passed over: the plans read it as ever', async () => {
    const result = await runCli(['schedule', 'herald.org.yaml', 'teams/finance/herald.yaml', '--from', '2027-03-08', '--weeks', '1'], {
      cwd: await workspace(),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('finance: Exec brief (email)');
  });
});
