import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validatePlan } from '../../src/core/plan/validate-plan.js';
import type * as ValidatePlanModule from '../../src/core/plan/validate-plan.js';
import { readEml } from '../helpers/read-eml.js';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

// Counts the plans parsed: a wrapper, so every command runs as it would.
vi.mock('../../src/core/plan/validate-plan.js', async (importOriginal) => {
  const original = await importOriginal<typeof ValidatePlanModule>();
  return { ...original, validatePlan: vi.fn(original.validatePlan) };
});

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

  it('reads and parses each plan once', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, 'test/fixtures/workspace'), join(folder, 'plans'), { recursive: true });
    vi.mocked(validatePlan).mockClear();
    const result = await runCli(['generate', 'plans', ...MARCH, '--out', 'drafts'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(vi.mocked(validatePlan).mock.calls.length).toBe(3);
  });
});

describe('generate <folder>: a shared audience hears a win once a week', () => {
  async function generate(window: readonly string[], edit?: (product: string) => string): Promise<{ folder: string; stdout: string }> {
    const folder = await tempFolder();
    await cp(join(REPO, 'test/fixtures/workspace-news'), join(folder, 'plans'), { recursive: true });
    const product = join(folder, 'plans/product/herald.yaml');
    if (edit !== undefined) await writeFile(product, edit(await readFile(product, 'utf8')));
    const result = await runCli(['generate', 'plans', ...window, '--out', 'drafts'], { cwd: folder });
    expect(result.stderr).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
    expect(result.code).toBe(0);
    return { folder, stdout: result.stdout };
  }
  const body = async (folder: string, draft: string): Promise<string> =>
    readEml(await readFile(join(folder, 'drafts', draft), 'utf8')).body.replace(/\s+/g, ' ');
  const VENDOR = 'The new travel vendor cuts booking costs by 18%';

  it('the second plan’s draft to the executive team does not tell Finance’s win again in the same week: it mentions it', async () => {
    const { folder } = await generate(MARCH);
    const finance = await body(folder, 'finance/2027-03-08-exec-brief-exec-team.eml');
    expect(finance).toContain(`${VENDOR}.`);
    const product = await body(folder, 'product/2027-03-10-roadmap-mail-exec-team.eml');
    expect(product).toContain('Beta sign-ups doubled in a week.');
    expect(product).toContain(`Finance already shared “${VENDOR}” on Monday.`);
    expect(product.replace(`“${VENDOR}”`, '')).not.toContain(VENDOR);
  });

  it('tells it in a draft of another week', async () => {
    const { folder } = await generate(['--from', '2027-03-08', '--to', '2027-03-21'], (text) =>
      // Product's one email, a week after Finance's, with the travel win alone.
      text.replace('weekly on wednesday', 'once on 2027-03-15').replace(/ {2}- id: beta-signups[^]*$/, ''),
    );
    const product = await body(folder, 'product/2027-03-15-roadmap-mail-exec-team.eml');
    expect(product).toContain(VENDOR);
    expect(product).not.toContain('already shared');
  });
});
