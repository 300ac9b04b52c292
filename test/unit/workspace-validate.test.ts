import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const WORKSPACE = 'test/fixtures/workspace';
const FINANCE = `${WORKSPACE}/teams/finance/herald.yaml`;
const PRODUCT = `${WORKSPACE}/teams/product/herald.yml`;
const ORG = `${WORKSPACE}/herald.org.yaml`;

/** The fixture in a temporary folder (outside any git repository), for tests that change it. */
async function copyOfWorkspace(): Promise<string> {
  const folder = await tempFolder();
  await cp(join(REPO, WORKSPACE), folder, { recursive: true });
  return folder;
}

describe('validate <folder>: three teams under one herald.org.yaml', () => {
  it('names the plans and touchpoints that put the executive team over its weekly limit', async () => {
    const result = await runCli(['validate', WORKSPACE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${ORG}:11:19 warning Executive team (exec-team)`);
    const flat = result.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('gets 5 touches in the week of 2027-03-08, over its limit of 3');
    expect(flat).toContain('finance 2 (exec-brief 03-08, budget-review 03-10)');
    expect(flat).toContain('product 2 (roadmap-mail 03-08, exec-demo 03-11)');
    expect(flat).toContain('people 1 (exec-update 03-09)');
    // Only that week: the weekly brief alone stays under the limit.
    expect(result.stdout.match(/\[shared-audience-limit\]/g)).toHaveLength(1);
  });

  it('reports a touchpoint in a blackout at the channel of its own plan', async () => {
    const result = await runCli(['validate', WORKSPACE]);
    expect(result.stdout).toContain(`${PRODUCT}:36:14 error Channel`);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '"release-notes" sends on 2027-04-01, in the blackout 2027-04-01 to 2027-04-02 (Q1 results) [blackout]',
    );
  });

  it('reports two plans emailing the executive team on the same day', async () => {
    const result = await runCli(['validate', WORKSPACE]);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      `${PRODUCT}:26:5 warning Channel "roadmap-mail" reaches the shared audience exec-team by email on 2027-03-08, the same day as finance (exec-brief) [same-day-send]`,
    );
  });

  it('reads the plans only: docker-compose.yaml and the hidden .github folder are skipped', async () => {
    const { stdout } = await runCli(['validate', WORKSPACE, '--format', 'json']);
    const files = (JSON.parse(stdout) as { files: Array<{ file: string; kind: string }> }).files;
    expect(files.map(({ file, kind }) => `${kind} ${file}`)).toEqual([
      `org ${ORG}`,
      `plan ${FINANCE}`,
      `plan ${WORKSPACE}/teams/people/herald.yaml`,
      `plan ${PRODUCT}`,
    ]);
  });

  it('--format json covers every file, with the exit code over the whole set', async () => {
    const result = await runCli(['validate', WORKSPACE, '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as {
      valid: boolean;
      files: Array<{ file: string; valid: boolean; diagnostics: Array<{ rule: string; line: number; column: number }> }>;
    };
    expect(body.valid).toBe(false);
    const byFile = Object.fromEntries(body.files.map((file) => [file.file, file]));
    expect(byFile[ORG]?.valid).toBe(true);
    expect(byFile[ORG]?.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['shared-audience-limit', 11, 19]]);
    expect(byFile[PRODUCT]?.valid).toBe(false);
    expect(byFile[PRODUCT]?.diagnostics.map((d) => d.rule)).toEqual(['same-day-send', 'blackout']);
    expect(byFile[FINANCE]).toMatchObject({ valid: true, diagnostics: [] });
  });

  it('--format github annotates each file by its own path', async () => {
    const result = await runCli(['validate', WORKSPACE, '--format', 'github']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::warning file=test\/fixtures\/workspace\/herald\.org\.yaml,line=11,col=19,title=herald shared-audience-limit::/,
    );
    expect(lines[1]).toMatch(
      /^::warning file=test\/fixtures\/workspace\/teams\/product\/herald\.yml,line=26,col=5,title=herald same-day-send::/,
    );
    expect(lines[2]).toMatch(/^::error file=test\/fixtures\/workspace\/teams\/product\/herald\.yml,line=36,col=14,title=herald blackout::/);
  });

  it('several files make a workspace too: the rules across plans count only the plans named', async () => {
    // Finance (2) and people (1) reach the executive team 3 times that week: the limit, not over it.
    const two = await runCli(['validate', FINANCE, `${WORKSPACE}/teams/people/herald.yaml`]);
    expect(two).toMatchObject({ code: 0, stdout: '✔ 2 plans and the organisation file: no problems\n' });
    const others = await runCli(['validate', FINANCE, PRODUCT, '--quiet']);
    expect(others.code).toBe(1);
    expect(others.stdout).not.toContain('[shared-audience-limit]');
    const strict = await runCli(['validate', FINANCE, PRODUCT, '--format', 'json']);
    expect(strict.stdout).toContain('gets 4 touches in the week of 2027-03-08');
  });
});

describe('a plan under herald.org.yaml, alone', () => {
  it('inherits the shared audience it names by id, and validates as it does in the workspace', async () => {
    const result = await runCli(['validate', FINANCE]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('is valid');
    // The blackout concerns the plan alone, so it is reported alone too; the rules across plans are not.
    const product = await runCli(['validate', PRODUCT, '--format', 'json']);
    expect((JSON.parse(product.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule)).toEqual(['blackout']);
  });

  it('other commands see the inherited fields', async () => {
    const result = await runCli(['brief', FINANCE, '--audience', 'exec-team', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Executive team');
  });

  it('a contradiction with the organisation file is an error at the plan’s own line', async () => {
    const folder = await copyOfWorkspace();
    const finance = join(folder, 'teams/finance/herald.yaml');
    const text = await readFile(finance, 'utf8');
    await writeFile(
      finance,
      text.replace('    channels: [exec-brief, budget-review]\n', '    influence: medium\n    channels: [exec-brief, budget-review]\n'),
    );
    for (const target of ['.', 'teams/finance/herald.yaml']) {
      const result = await runCli(['validate', target], { cwd: folder });
      expect(result.code).toBe(1);
      expect(result.stdout.replace(/\s+/g, ' ')).toContain(
        'teams/finance/herald.yaml:21:16 error The shared audience "exec-team" has influence "high" in herald.org.yaml; this plan says "medium" [org-contradiction]',
      );
    }
  });

  it('without an organisation file, a plan must name its audiences itself', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), await readFile(join(REPO, FINANCE)));
    const result = await runCli(['validate'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('name');
  });

  it('an organisation file with errors stops a one-plan command (exit 2) and is reported with a workspace (exit 1)', async () => {
    const folder = await copyOfWorkspace();
    const org = join(folder, 'herald.org.yaml');
    await writeFile(org, (await readFile(org, 'utf8')).replace('weekly_limit: 3', 'weekly_limit: lots'));
    const alone = await runCli(['validate', 'teams/finance/herald.yaml'], { cwd: folder });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('herald.org.yaml:11:19 error weekly_limit is "lots"');
    expect(alone.stderr).toContain('the organisation file above this plan, has errors');
    const together = await runCli(['validate', '.', '--format', 'json'], { cwd: folder });
    expect(together.code).toBe(1);
    const files = (JSON.parse(together.stdout) as { files: Array<{ file: string; valid: boolean }> }).files;
    expect(files[0]).toMatchObject({ file: 'herald.org.yaml', valid: false });
  });

  it('track adds to a plan that inherits, and writes nothing it inherits', async () => {
    const folder = await copyOfWorkspace();
    const result = await runCli(['track', 'teams/finance/herald.yaml', 'budget-clarity', '55', '--date', '2027-03-15'], { cwd: folder });
    expect(result.code).toBe(0);
    const text = await readFile(join(folder, 'teams/finance/herald.yaml'), 'utf8');
    expect(text).toContain('value: 55');
    expect(text).not.toMatch(/^\s+(influence|size):/m);
  });
});

describe('where the organisation file is looked for, and what is read', () => {
  it('outside a git repository, no higher than the working folder', async () => {
    const folder = await copyOfWorkspace();
    // From inside teams/, herald.org.yaml is above the working folder: not read.
    const result = await runCli(['validate', 'finance/herald.yaml'], { cwd: join(folder, 'teams') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('name');
  });

  it('does not follow links: a link to a parent folder is no loop', async () => {
    const folder = await copyOfWorkspace();
    await symlink(folder, join(folder, 'teams/loop'));
    await mkdir(join(folder, 'empty'));
    const result = await runCli(['validate', '.', '--format', 'json'], { cwd: folder });
    expect((JSON.parse(result.stdout) as { files: unknown[] }).files).toHaveLength(4);
  });

  it('a folder without plans could not run (exit 2)', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'compose.yaml'), 'services: {}\n');
    const result = await runCli(['validate', '.'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Herald plans in .');
  });
});

describe('commands that edit a plan take one plan', () => {
  it.each([
    ['track', [`${WORKSPACE}/teams`, 'budget-clarity', '50']],
    ['sent', ['exec-brief', '--plan', `${WORKSPACE}/teams`]],
    ['skipped', ['exec-brief', '--plan', `${WORKSPACE}/teams`]],
    ['win', ['--plan', `${WORKSPACE}/teams`, '--title', 'A win']],
  ])('herald %s refuses a folder (exit 2), naming the plans in it', async (command, args) => {
    const result = await runCli([command, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`herald ${command} edits one plan, and ${WORKSPACE}/teams is a folder`);
    expect(result.stderr).toContain(`Plans in it: ${FINANCE}`);
  });
});

describe('herald schema --org', () => {
  it("prints the organisation file's JSON Schema", async () => {
    const result = await runCli(['schema', '--org']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe('Herald organisation file');
    expect(Object.keys(schema.properties)).toEqual(['version', 'organization', 'audiences', 'blackouts', 'rules']);
  });
});
