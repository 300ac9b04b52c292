import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, planDraftWrites } from '../../src/io/drafts/folder.js';
import { writeDrafts } from '../../src/io/drafts/write.js';
import { tempFolder } from '../helpers/run-cli.js';
import { heraldError } from '../helpers/herald-error.js';

async function run(cwd: string, drafts: Array<{ fileName: string; content: string }>, force = false) {
  const plan = await writeDrafts(await planDraftWrites('out', drafts, { cwd, force }));
  return Object.fromEntries(plan.drafts.map((d) => [d.fileName, d.status]));
}

describe('the drafts folder', () => {
  it('writes new drafts, leaves unchanged ones, updates its own and keeps edited ones', async () => {
    const cwd = await tempFolder();
    expect(
      await run(cwd, [
        { fileName: 'a.md', content: 'A1\n' },
        { fileName: 'b.md', content: 'B1\n' },
      ]),
    ).toEqual({ 'a.md': 'new', 'b.md': 'new' });
    const manifest = JSON.parse(await readFile(join(cwd, 'out', MANIFEST_NAME), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['a.md', 'b.md']);

    await writeFile(join(cwd, 'out', 'b.md'), 'B1, edited by hand\n');
    expect(
      await run(cwd, [
        { fileName: 'a.md', content: 'A1\n' },
        { fileName: 'b.md', content: 'B2\n' },
      ]),
    ).toEqual({
      'a.md': 'unchanged',
      'b.md': 'kept',
    });
    expect(await readFile(join(cwd, 'out', 'b.md'), 'utf8')).toBe('B1, edited by hand\n');

    expect(await run(cwd, [{ fileName: 'a.md', content: 'A2\n' }])).toEqual({ 'a.md': 'updated' });
    expect(await readFile(join(cwd, 'out', 'a.md'), 'utf8')).toBe('A2\n');

    expect(await run(cwd, [{ fileName: 'b.md', content: 'B2\n' }], true)).toEqual({ 'b.md': 'overwritten' });
    expect(await readFile(join(cwd, 'out', 'b.md'), 'utf8')).toBe('B2\n');
    // Once Herald has written it again, the next change is an ordinary update.
    expect(await run(cwd, [{ fileName: 'b.md', content: 'B3\n' }])).toEqual({ 'b.md': 'updated' });
  });

  it('keeps a file it did not write, and every file when the manifest is unreadable', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'out'));
    await writeFile(join(cwd, 'out', 'mine.md'), 'my own notes\n');
    await writeFile(join(cwd, 'out', MANIFEST_NAME), '{ not json');
    const plan = await planDraftWrites('out', [{ fileName: 'mine.md', content: 'draft\n' }], { cwd, force: false });
    expect(plan.drafts[0]?.status).toBe('kept');
    expect(plan.warnings[0]).toMatch(/unreadable/);
  });

  it('refuses a link in the folder or as the folder, before writing anything', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'out'));
    await mkdir(join(cwd, 'elsewhere'));
    await writeFile(join(cwd, 'elsewhere', 'secret.txt'), 'keep me\n');
    await symlink(join(cwd, 'elsewhere', 'secret.txt'), join(cwd, 'out', 'b.md'));
    await expect(
      planDraftWrites(
        'out',
        [
          { fileName: 'a.md', content: 'A\n' },
          { fileName: 'b.md', content: 'B\n' },
        ],
        { cwd, force: true },
      ),
    ).rejects.toMatchObject(heraldError('symbolic-link', { message: expect.stringMatching(/^out\/b\.md /) as unknown }));
    await symlink(join(cwd, 'elsewhere'), join(cwd, 'linked'));
    await expect(planDraftWrites('linked', [{ fileName: 'a.md', content: 'A\n' }], { cwd, force: false })).rejects.toMatchObject(
      heraldError('symbolic-link'),
    );
    expect(await readFile(join(cwd, 'elsewhere', 'secret.txt'), 'utf8')).toBe('keep me\n');
  });

  it('refuses a file name that is not a slug', async () => {
    const cwd = await tempFolder();
    await expect(planDraftWrites('out', [{ fileName: '../escape.md', content: 'x' }], { cwd, force: false })).rejects.toThrow(/Not a safe/);
  });
});
