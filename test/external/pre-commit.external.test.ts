import { execFile, spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { installTarball, offlineNpmEnv, packHerald } from '../helpers/packed-herald.js';
import { EXAMPLES, REPO, tempFolder } from '../helpers/run-cli.js';

const run = promisify(execFile);

/**
 * The hook of .pre-commit-hooks.yaml, run for real by the pre-commit framework (Debian's
 * `pre-commit`; .ci/run installs it) with `try-repo` against this checkout, in a plan repository
 * that has Herald as its devDependency (the packed tarball, installed offline). try-repo reads
 * the checkout's tracked files only: a new .pre-commit-hooks.yaml must be staged at least.
 */
describe('the pre-commit hook', () => {
  let plans: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (spawnSync('pre-commit', ['--version']).status !== 0) {
      throw new Error('pre-commit is not installed: this test needs it (apt-get install -y pre-commit)');
    }
    const { tarball } = await packHerald(await tempFolder());
    plans = await installTarball(tarball);
    env = {
      ...offlineNpmEnv(plans),
      PRE_COMMIT_HOME: join(plans, '.pre-commit-cache'),
      GIT_AUTHOR_NAME: 'Herald test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Herald test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      HERALD_TODAY: '2027-01-11',
    };
    await writeFile(join(plans, '.gitignore'), 'node_modules/\n.pre-commit-cache/\n');
    await run('git', ['init', '-q'], { cwd: plans, env });
  });

  async function tryRepo() {
    await run('git', ['add', '-A'], { cwd: plans, env });
    const result = spawnSync('pre-commit', ['try-repo', REPO, 'herald-validate', '--files', 'herald.yaml', '--color', 'never'], {
      cwd: plans,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, output: result.stdout + result.stderr };
  }

  it('lets a good plan pass', async () => {
    await copyFile(join(EXAMPLES, 'herald.yaml'), join(plans, 'herald.yaml'));
    const result = await tryRepo();
    expect(result.output).toMatch(/herald validate\.+Passed/);
    expect(result.code).toBe(0);
  });

  it('blocks a bad plan and shows what is wrong', async () => {
    const good = await readFile(join(EXAMPLES, 'herald.yaml'), 'utf8');
    const bad = good.replace(/^version: 1.*$/m, 'version: 1\nvisibilty: high');
    expect(bad).not.toBe(good);
    await writeFile(join(plans, 'herald.yaml'), bad);
    const result = await tryRepo();
    expect(result.output).toMatch(/herald validate\.+Failed/);
    expect(result.output).toContain('unknown-key');
    expect(result.code).toBe(1);
  });
});
