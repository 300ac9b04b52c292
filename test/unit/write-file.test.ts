import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/errors.js';
import { writeProblem } from '../../src/io/file-errors.js';
import { writeFileSafely } from '../../src/io/write-file.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { heraldError } from '../helpers/herald-error.js';

describe('writing a file where the file system refuses', () => {
  it('says that the target is a folder, as an expected error', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'report.html'));
    const writing = writeFileSafely(join(folder, 'report.html'), 'x', { force: true, displayPath: 'report.html' });
    await expect(writing).rejects.toThrow(HeraldError);
    await expect(writing).rejects.toMatchObject(heraldError('not-a-file', { exitCode: 2 }));
  });

  it('says that part of the path is a file', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'plan.yaml'), 'x');
    await expect(
      writeFileSafely(join(folder, 'plan.yaml', 'out.md'), 'x', { force: false, displayPath: 'plan.yaml/out.md' }),
    ).rejects.toMatchObject(heraldError('not-a-folder'));
  });

  it('lets errors that are not the file system’s through, so bugs keep their stack', () => {
    const bug = new TypeError('x is undefined');
    expect(writeProblem(bug, 'out')).toBe(bug);
    expect(writeProblem(Object.assign(new Error('denied'), { code: 'EACCES' }), 'out')).toMatchObject(
      heraldError('permission-denied', { exitCode: 2 }),
    );
  });

  // Found while checking the error model: --out onto a folder with --force printed "Herald hit a bug".
  it.each([
    ['report', '--format', 'html'],
    ['brief', '--format', 'md'],
    ['schedule', '--format', 'ics'],
  ])('%s --out <a folder> --force exits 2 with a message, not a bug report', async (command, ...flags) => {
    const folder = await tempFolder();
    await copyFile(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    await mkdir(join(folder, 'taken'));
    const result = await runMain([command, 'plan.yaml', ...flags, '--out', 'taken', '--force'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: Cannot write taken: it is a folder');
    expect(result.stderr).not.toContain('Herald hit a bug');
  });
});

describe('writing an output given in pieces', () => {
  it('writes the pieces one after another, as the whole text would be', async () => {
    const folder = await tempFolder();
    const output = {
      *pieces() {
        yield 'Résumé, ';
        yield '€ and 🎉\n';
      },
    };
    await writeFileSafely(join(folder, 'out.json'), output, { force: false, displayPath: 'out.json' });
    expect(await readFile(join(folder, 'out.json'), 'utf8')).toBe('Résumé, € and 🎉\n');
  });

  it('leaves the file as it was, and no temp file, when a piece cannot be made', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'out.json'), 'before\n');
    const output = {
      *pieces(): Generator<string> {
        yield 'half of it';
        throw new TypeError('a formatter bug');
      },
    };
    await expect(writeFileSafely(join(folder, 'out.json'), output, { force: true, displayPath: 'out.json' })).rejects.toThrow(
      'a formatter bug',
    );
    expect(await readFile(join(folder, 'out.json'), 'utf8')).toBe('before\n');
    expect(await readdir(folder)).toEqual(['out.json']);
  });
});
