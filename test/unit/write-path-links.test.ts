/**
 * Nothing outside the folder, and nothing but ordinary files replaced: planted links at the
 * temp names, a link swapped in for a draft or the plan while Herald writes, a FIFO as --out,
 * a read-only plan, and what a `kill -9` leaves behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/safe-write/file-system.js';
import { acquireLock } from '../../src/io/safe-write/lock.js';
import { tempNameFor } from '../../src/io/safe-write/temp-file.js';
import { faultyFileSystem } from '../helpers/faulty-file-system.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { heraldError } from '../helpers/herald-error.js';

const TRACK = ['track', 'leadership-awareness', '61', '--date', '2027-02-10', '--plan', 'plan.yaml'];

async function setUp(): Promise<{ folder: string; plan: string; secret: string }> {
  const root = await tempFolder();
  const folder = join(root, 'work');
  mkdirSync(folder);
  copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
  // Outside the folder: what an attacker wants Herald to overwrite.
  const secret = join(root, 'secret.txt');
  writeFileSync(secret, 'keep me\n');
  return { folder, plan: join(folder, 'plan.yaml'), secret };
}

/** A pid that was running and is not any more, as after a `kill -9`. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const pid = child.pid ?? 0;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return pid;
}

describe('links', () => {
  it('a link planted at the temp name is not followed: O_EXCL refuses it and a new random name is taken', async () => {
    const { folder, plan, secret } = await setUp();
    const fs = faultyFileSystem({ onTempOpen: (temp, nth) => nth === 1 && symlinkSync(secret, temp) });
    const result = await runMain(TRACK, folder, {}, fs);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
    expect(readFileSync(plan, 'utf8')).toContain('value: 61');
  });

  it('links planted at every temp name make the write fail, never follow', async () => {
    const { folder, plan, secret } = await setUp();
    const before = readFileSync(plan, 'utf8');
    const result = await runMain(TRACK, folder, {}, faultyFileSystem({ onTempOpen: (temp) => symlinkSync(secret, temp) }));
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('Herald hit a bug');
    expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it('temp names are unpredictable: the pid and 64 random bits', () => {
    const names = new Set(Array.from({ length: 100 }, () => tempNameFor('plan.yaml', 42)));
    expect(names.size).toBe(100);
    expect([...names][0]).toMatch(/^\.plan\.yaml\.42-[0-9a-f]{16}\.herald-tmp$/);
  });

  it('a link swapped in for a draft while generate writes is not written through; the draft is kept', async () => {
    const { folder, secret } = await setUp();
    const args = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-05', '--out', 'out'];
    const fs = faultyFileSystem({
      onTempOpen: (temp) => {
        const draft = temp.replace(/\.\d+-[0-9a-f]{16}\.herald-tmp$/, '').replace(/\/\.([^/]+)$/, '/$1');
        if (draft.endsWith('.eml')) symlinkSync(secret, draft);
      },
    });
    const result = await runMain(args, folder, {}, fs);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/kept +out\/\S+\.eml \(changed while Herald was writing\)/);
    expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
    const links = readdirSync(join(folder, 'out')).filter((name) => lstatSync(join(folder, 'out', name)).isSymbolicLink());
    expect(links.length).toBeGreaterThan(0);
  });

  it('a link swapped in for the plan while track writes is not written through', async () => {
    const { folder, plan, secret } = await setUp();
    const fs = faultyFileSystem({
      onTempOpen: (_, nth) => {
        if (nth !== 1) return;
        renameSync(plan, join(folder, 'moved.yaml'));
        symlinkSync(secret, plan);
      },
    });
    const result = await runMain(TRACK, folder, {}, fs);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.yaml is a symbolic link; Herald does not write through links');
    expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
    expect(lstatSync(plan).isSymbolicLink()).toBe(true);
  });

  it('a plan that is a link is refused by track, which never writes through it', async () => {
    const { folder, plan, secret } = await setUp();
    copyFileSync(plan, secret);
    renameSync(plan, join(folder, 'real.yaml'));
    symlinkSync(secret, plan);
    const result = await runMain(TRACK, folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.yaml is a symbolic link; Herald does not write through links');
    expect(readFileSync(secret, 'utf8')).not.toContain('value: 61');
    expect(lstatSync(plan).isSymbolicLink()).toBe(true);
  });

  it('--out onto a link, even with --force, is refused', async () => {
    const { folder, secret } = await setUp();
    symlinkSync(secret, join(folder, 'page.md'));
    const result = await runMain(['brief', 'plan.yaml', '--format', 'md', '--out', 'page.md', '--force'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('page.md is a symbolic link');
    expect(readFileSync(secret, 'utf8')).toBe('keep me\n');
  });
});

describe('special and protected files', () => {
  it.each([[[] as string[]], [['--force']]])('a FIFO as --out is refused %s, and stays a FIFO', async (force) => {
    const { folder } = await setUp();
    const fifo = join(folder, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await runMain(['report', 'plan.yaml', '--format', 'html', '--out', 'fifo', ...force], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(force.length === 0 ? 'fifo already exists' : 'fifo is not a regular file (a device, FIFO or socket)');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a read-only plan (chmod 444) is refused by track, even for root, and left as it was', async () => {
    const { folder, plan } = await setUp();
    chmodSync(plan, 0o444);
    const before = readFileSync(plan, 'utf8');
    const result = await runMain(TRACK, folder, {}, undefined);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: plan.yaml is write-protected (mode 444), so Herald left it as it was');
    expect(result.stderr).toContain('chmod u+w plan.yaml');
    expect(readFileSync(plan, 'utf8')).toBe(before);
    expect(lstatSync(plan).mode & 0o777).toBe(0o444);
  });

  it('init --force and --out --force refuse a read-only file too', async () => {
    const { folder } = await setUp();
    writeFileSync(join(folder, 'taken.yaml'), 'mine\n', { mode: 0o444 });
    const init = await runMain(['init', 'taken.yaml', '--yes', '--force'], folder);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('taken.yaml is write-protected');
    const out = await runMain(['brief', 'plan.yaml', '--out', 'taken.yaml', '--force'], folder);
    expect(out.code).toBe(2);
    expect(readFileSync(join(folder, 'taken.yaml'), 'utf8')).toBe('mine\n');
  });

  it('generate keeps a write-protected draft, even with --force', async () => {
    const { folder } = await setUp();
    const args = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-05', '--out', 'out', '--force'];
    expect((await runMain(args, folder)).code).toBe(0);
    const name = readdirSync(join(folder, 'out')).find((file) => file.endsWith('.eml')) ?? '';
    writeFileSync(join(folder, 'out', name), 'final version, do not touch\n');
    chmodSync(join(folder, 'out', name), 0o444);
    const result = await runMain(args, folder);
    expect(result.stdout).toMatch(new RegExp(`kept +out/${name.replace(/\./g, '\\.')} \\(write-protected\\)`));
    expect(readFileSync(join(folder, 'out', name), 'utf8')).toBe('final version, do not touch\n');
  });

  it('a replaced file keeps its mode', async () => {
    const { folder, plan } = await setUp();
    chmodSync(plan, 0o640);
    expect((await runMain(TRACK, folder)).code).toBe(0);
    expect(lstatSync(plan).mode & 0o777).toBe(0o640);
  });
});

describe('what a kill -9 leaves', () => {
  it('temp files and a lock of a dead process are removed by the next run, which does not wait', async () => {
    const { folder, plan } = await setUp();
    const pid = await deadPid();
    const temp = join(folder, tempNameFor('plan.yaml', pid));
    writeFileSync(temp, 'half a pla');
    const past = new Date(Date.now() - 60_000);
    utimesSync(temp, past, past);
    writeFileSync(join(folder, '.plan.yaml.herald-lock'), JSON.stringify({ pid, started: Date.now() - 5_000, token: 'ab' }));
    // A live writer's temp file is left alone.
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const liveTemp = join(folder, tempNameFor('plan.yaml', live.pid ?? 0));
    writeFileSync(liveTemp, 'being written');
    utimesSync(liveTemp, past, past);
    try {
      const result = await runMain(TRACK, folder);
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(plan, 'utf8')).toContain('value: 61');
      expect(readdirSync(folder).sort()).toEqual([liveTemp.split('/').pop(), 'plan.yaml'].sort());
    } finally {
      live.kill('SIGKILL');
    }
  });

  it('a lock older than 5 minutes is stale even if its pid runs (reused), and one never written is stale after 5 s', async () => {
    const { folder } = await setUp();
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const old = new Date(Date.now() - 6 * 60_000);
      writeFileSync(join(folder, 'a.lock'), JSON.stringify({ pid: live.pid, started: Date.now(), token: 'ab' }));
      utimesSync(join(folder, 'a.lock'), old, old);
      writeFileSync(join(folder, 'b.lock'), '');
      utimesSync(join(folder, 'b.lock'), new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
      for (const name of ['a.lock', 'b.lock']) {
        const lock = await acquireLock(nodeFileSystem, join(folder, name), 'x', { displayLockPath: name, timeoutMs: 2_000 });
        expect(JSON.parse(readFileSync(join(folder, name), 'utf8'))).toMatchObject({ pid: process.pid });
        lock.release();
      }
      // A fresh lock of a live process is not stale: the writer waits, then gives up.
      writeFileSync(join(folder, 'c.lock'), JSON.stringify({ pid: live.pid, started: Date.now(), token: 'ab' }));
      await expect(
        acquireLock(nodeFileSystem, join(folder, 'c.lock'), 'x', { displayLockPath: 'c.lock', timeoutMs: 200 }),
      ).rejects.toMatchObject(heraldError('lock-timeout'));
    } finally {
      live.kill('SIGKILL');
    }
  });

  it('a lock held by a running process makes a writer wait, then give up naming it (exit 2)', async () => {
    const { folder } = await setUp();
    const holder = await acquireLock(nodeFileSystem, join(folder, 'x.lock'), 'plan.yaml', { displayLockPath: 'x.lock' });
    try {
      const waiting = acquireLock(nodeFileSystem, join(folder, 'x.lock'), 'plan.yaml', { displayLockPath: 'x.lock', timeoutMs: 300 });
      await expect(waiting).rejects.toMatchObject(
        heraldError('lock-timeout', {
          message: expect.stringMatching(
            new RegExp(`^another Herald \\(pid ${process.pid}\\) is writing plan\\.yaml; gave up waiting`),
          ) as unknown,
          exitCode: 2,
        }),
      );
    } finally {
      holder.release();
    }
    expect(readdirSync(folder)).not.toContain('x.lock');
  });
});
