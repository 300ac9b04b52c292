import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempFolder } from '../helpers/run-cli.js';

/**
 * The launcher's code cache in the user's cache folder (src/io/code-cache.ts), in real
 * processes. The caches shipped in dist/ serve only the Node that built them, so these runs
 * use a copy of the package without them, as a user on another Node version would.
 */
let bin = '';
let scratch = '';
const plan = join(REPO, 'examples', 'herald.yaml');
const expectedOutput = /^✔ .*herald\.yaml is valid: /;

beforeAll(async () => {
  scratch = await tempFolder();
  const pkg = join(scratch, 'package');
  for (const part of ['bin', 'dist', 'templates', 'package.json']) await cp(join(REPO, part), join(pkg, part), { recursive: true });
  for (const file of await readdir(join(pkg, 'dist'))) if (file.endsWith('.cache')) await rm(join(pkg, 'dist', file));
  bin = join(pkg, 'bin', 'herald.js');
});

function validate(env: Record<string, string>, nodeArgs: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, bin, 'validate', plan], {
      cwd: scratch,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function expectClean(env: Record<string, string>): Promise<void> {
  const result = await validate(env);
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(expectedOutput);
  expect(result.code).toBe(0);
}

/** The cache files under a folder, by path relative to it. */
async function cacheFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

/** How many times a cache file in the user's folder has been written: its last byte (src/io/code-cache.ts). */
async function writesOf(path: string): Promise<number | undefined> {
  const bytes = await readFile(path);
  return bytes[bytes.length - 1];
}

describe('the code cache in the user cache folder', () => {
  it('is written under $XDG_CACHE_HOME/herald on the first run, taken in and written again by the next two, then only read', async () => {
    const xdg = join(scratch, 'xdg');
    await expectClean({ XDG_CACHE_HOME: xdg, HOME: join(scratch, 'unused-home') });
    const files = await cacheFiles(xdg);
    expect(files).toEqual([expect.stringMatching(/^herald\/code-[0-9a-f]{16}\/node-v[\d.]+-\w+\/herald\.validate\.cache$/) as unknown]);
    const path = join(xdg, files[0] ?? '');
    // The file's last byte counts its writes; each write that read the cache before adds to it.
    expect(await writesOf(path)).toBe(1);
    let written = await stat(path);
    for (const writes of [2, 3]) {
      await expectClean({ XDG_CACHE_HOME: xdg });
      expect((await stat(path)).ino).not.toBe(written.ino);
      expect(await writesOf(path)).toBe(writes);
      written = await stat(path);
    }
    await expectClean({ XDG_CACHE_HOME: xdg });
    expect((await stat(path)).ino).toBe(written.ino);
    expect(await cacheFiles(join(scratch, 'unused-home'))).toEqual([]);
  });

  it('goes under $HOME/.cache/herald without XDG_CACHE_HOME', async () => {
    const home = join(scratch, 'home');
    await mkdir(home);
    await expectClean({ HOME: home });
    expect(await cacheFiles(home)).toEqual([
      expect.stringMatching(/^\.cache\/herald\/code-\w+\/node-[^/]+\/herald\.validate\.cache$/) as unknown,
    ]);
  });

  it("is off with Node's own switch, NODE_DISABLE_COMPILE_CACHE", async () => {
    const home = join(scratch, 'home-disabled');
    await mkdir(home);
    await expectClean({ HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(await cacheFiles(home)).toEqual([]);
  });

  it('runs cold, quietly, without a home folder', async () => {
    await expectClean({});
    await expectClean({ HOME: '' });
    await expectClean({ HOME: 'relative/home' });
    expect(await cacheFiles(scratch)).not.toContain(expect.stringContaining('relative'));
  });

  it('runs cold, quietly, when the home folder cannot be written', async () => {
    // A file where the folder should be: unwritable even for root, unlike a chmod.
    const file = join(scratch, 'not-a-folder');
    await writeFile(file, 'x');
    await expectClean({ HOME: file });
    await expectClean({ XDG_CACHE_HOME: join(file, 'cache') });
    // A read-only file system.
    await expectClean({ XDG_CACHE_HOME: '/proc/herald-cache' });
  });

  it.each([
    ['garbage', () => Buffer.from('not a V8 code cache')],
    ['truncated', (cache: Buffer) => cache.subarray(0, cache.length >> 1)],
    ['damaged at the start', (cache: Buffer) => damage(cache, 100)],
    ['damaged in the middle', (cache: Buffer) => damage(cache, cache.length >> 1)],
  ])('is rejected when %s, the run unharmed, and written anew', async (name, corrupt) => {
    // A good cache, made by the first test (or here, when run alone).
    const xdg = join(scratch, 'xdg');
    if ((await cacheFiles(xdg)).length === 0) await expectClean({ XDG_CACHE_HOME: xdg });
    const [file = ''] = await cacheFiles(xdg);
    const cache = join(scratch, `xdg-${name}`, file);
    await mkdir(dirname(cache), { recursive: true });
    await writeFile(cache, corrupt(await readFile(join(xdg, file))));
    const corrupted = await stat(cache);
    await expectClean({ XDG_CACHE_HOME: join(scratch, `xdg-${name}`) });
    // Written anew (a new file renamed into place, its first write), and taken on the next run:
    // V8 accepted it, since that run counts a second write rather than starting again at one.
    const rewritten = await stat(cache);
    expect(rewritten.ino).not.toBe(corrupted.ino);
    expect(rewritten.size).toBeGreaterThan(100_000);
    expect(await writesOf(cache)).toBe(1);
    await expectClean({ XDG_CACHE_HOME: join(scratch, `xdg-${name}`) });
    expect(await writesOf(cache)).toBe(2);
  });

  it("is checked without node:v8, whose streams cost Node 24 more than the cache's checksum saves", async () => {
    const xdg = join(scratch, 'xdg-modules');
    const loaded = join(scratch, 'modules.json');
    const preload = join(scratch, 'record-modules.cjs');
    await writeFile(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(process.moduleLoadList)));`,
    );
    for (let run = 0; run < 2; run += 1) {
      const result = await validate({ XDG_CACHE_HOME: xdg }, ['--require', preload]);
      expect(result.stdout).toMatch(expectedOutput);
      const modules = JSON.parse(await readFile(loaded, 'utf8')) as string[];
      expect(modules).toContain('NativeModule vm');
      expect(modules.filter((name) => /^NativeModule (v8|stream)$/.test(name))).toEqual([]);
      // Nor node:fs/promises (and the readline it brings): a plan without an organisation file reads no other file.
      expect(modules.filter((name) => /^NativeModule (fs\/promises|internal\/readline\/interface)$/.test(name))).toEqual([]);
    }
  });

  it('keeps only the current build: caches of other builds are removed when it first writes', async () => {
    const xdg = join(scratch, 'xdg-builds');
    const old = join(xdg, 'herald', 'code-0123456789abcdef', 'node-v0-x64');
    await mkdir(old, { recursive: true });
    await writeFile(join(old, 'herald.validate.cache'), 'old');
    await expectClean({ XDG_CACHE_HOME: xdg });
    expect(await cacheFiles(xdg)).toEqual([expect.not.stringContaining('0123456789abcdef') as unknown]);
  });
});

/** Eight bytes overwritten, as a failing disk or a stray write would. */
function damage(cache: Buffer, at: number): Buffer {
  const copy = Buffer.from(cache);
  copy.fill(0xa5, at, at + 8);
  return copy;
}
