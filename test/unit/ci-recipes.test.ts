import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, REPO } from '../helpers/run-cli.js';

/**
 * The CI recipes the README gives, at a glance. The external tests do the real checks:
 * actionlint on the GitHub Actions example, its commands on an installed Herald, and the
 * pre-commit hook under the real pre-commit.
 */
describe('CI recipes', () => {
  it('the example runs the pinned Herald only, on pull requests, and keeps the HTML report', async () => {
    const workflow = await readFile(`${EXAMPLES}/ci/github-workflow.yml`, 'utf8');
    const runs = workflow.split('\n').filter((line) => line.includes('herald '));
    expect(runs.every((line) => !/\bnpx herald\b/.test(line))).toBe(true);
    expect(workflow).toContain('npx --no-install herald validate herald.yaml --format github');
    expect(workflow).toContain('--format html --out herald-report.html');
    expect(workflow).toMatch(/uses: actions\/upload-artifact@v\d+/);
  });

  it('the pre-commit hook runs on the system, so pre-commit never downloads Node', async () => {
    const hooks = parse(await readFile(`${REPO}/.pre-commit-hooks.yaml`, 'utf8')) as { id: string; language: string; entry: string }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['herald-validate']);
    expect(hooks[0]).toMatchObject({ language: 'system', entry: 'npx --no-install herald validate' });
  });
});
