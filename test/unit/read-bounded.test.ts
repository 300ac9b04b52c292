import { mkdir, truncate, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/errors.js';
import { readBounded } from '../../src/io/read-bounded.js';
import { tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { CLEAN_PLAN } from '../helpers/validate-text.js';
import { heraldError } from '../helpers/herald-error.js';

const options = { displayPath: 'drafts/x.md', maxBytes: 100, what: 'a draft' };

/** An open() that fails as the kernel would for a file without read permission (root never sees this). */
const denied = (code: string) => (): Promise<FileHandle> => Promise.reject(Object.assign(new Error(`${code}: denied`), { code }));

describe('readBounded', () => {
  it('reads a file within the limit', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'a.md'), 'hello');
    expect((await readBounded(join(folder, 'a.md'), options)).toString()).toBe('hello');
  });

  it.each(['EACCES', 'EPERM'])('turns %s into a user error', async (code) => {
    const error = await readBounded('/x', options, denied(code)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeraldError);
    expect(error).toMatchObject(heraldError('permission-denied', { exitCode: 2 }));
  });

  it('refuses a file over the limit without reading it', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'big.md'), 'x'.repeat(101));
    await expect(readBounded(join(folder, 'big.md'), options)).rejects.toMatchObject(heraldError('file-too-large'));
  });

  it('refuses a folder, and does not follow a link', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'dir'));
    await expect(readBounded(join(folder, 'dir'), options)).rejects.toMatchObject(heraldError('not-a-file'));
  });
});

describe('generate with a huge file where a draft should be', () => {
  it('stops with a clear error (exit 2), not a RangeError', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), CLEAN_PLAN);
    const listed = await runMain(['generate', '--date', '2027-01-04', '--dry-run'], folder);
    const name = /drafts\/(\S+)/.exec(listed.stdout)?.[1];
    expect(name).toBeDefined();
    await mkdir(join(folder, 'drafts'));
    await writeFile(join(folder, 'drafts', name ?? ''), '');
    await truncate(join(folder, 'drafts', name ?? ''), 600 * 1024 * 1024); // sparse: no disk used
    const result = await runMain(['generate', '--date', '2027-01-04'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: drafts/${name ?? ''} is 600.0 MB, too large for a draft (at most 16.0 MB)`);
    expect(result.stderr).not.toMatch(/RangeError|\n\s+at /);
  });
});
