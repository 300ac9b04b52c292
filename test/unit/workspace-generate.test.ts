import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const MARCH = ['--from', '2027-03-08', '--to', '2027-03-14'];

describe('generate <folder>: each plan’s drafts in a folder of its own', () => {
  it('writes every plan’s drafts under the output folder, in a subfolder named after its plan.id', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, 'test/fixtures/workspace'), join(folder, 'plans'), { recursive: true });
    const result = await runCli(['generate', 'plans', ...MARCH, '--out', 'drafts'], { cwd: folder });
    expect(result.stderr).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
    expect(result.code).toBe(0);
    const written = await readdir(join(folder, 'drafts'));
    expect(written.sort()).toEqual(['finance', 'people', 'product']);
    for (const team of written) {
      const drafts = (await readdir(join(folder, 'drafts', team))).filter((name) => !name.startsWith('.'));
      expect(drafts.length, team).toBeGreaterThan(0);
    }
    // Each draft as generate writes it for that plan alone.
    expect(await readdir(join(folder, 'drafts', 'finance'))).toContain('2027-03-10-budget-review-exec-team.md');
    expect(await readdir(join(folder, 'drafts', 'product'))).toContain('2027-03-08-roadmap-mail-exec-team.eml');
    expect(result.stdout + result.stderr).toContain('in drafts/people/');
  });

  it('stops before writing anything when a plan has errors', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, 'test/fixtures/workspace'), join(folder, 'plans'), { recursive: true });
    await cp(join(REPO, 'test/fixtures/workspace/teams/people/herald.yaml'), join(folder, 'plans/teams/people/broken.yaml'));
    const broken = join(folder, 'plans/teams/people/broken.yaml');
    await writeFile(broken, (await readFile(broken, 'utf8')).replace('id: people', 'id: people-two\n  start: not-a-date'));
    const result = await runCli(['generate', 'plans', ...MARCH, '--out', 'drafts'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.yaml');
    await expect(readdir(join(folder, 'drafts'))).rejects.toThrow();
  });
});
