/**
 * The write path against the real thing, where only root can set it up (CI runs as root):
 * a 256 KB tmpfs with 4 KB free, a character device as --out, a file size limit (`ulimit -f`
 * with SIGXFSZ ignored, so write(2) really writes short, then fails), and the permission cases
 * run as an unprivileged user (setpriv), since root ignores file modes.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, runCli, tempFolder } from '../helpers/run-cli.js';

const TRACK = ['track', 'leadership-awareness', '61', '--date', '2027-02-10', '--plan', 'plan.yaml'];

function requireRoot(): void {
  if (process.getuid?.() !== 0) throw new Error('These cases need root (mount, mknod, setpriv): run them as CI does, in .ci/run');
}

function sh(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}

/** Runs the binary through bash, so a test can set limits and signal dispositions first. */
function runShell(setup: string, args: string[], cwd: string, wrapper = ''): { code: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('bash', ['-c', `${setup} exec ${wrapper} ${quoted}`], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HERALD_TODAY: '2027-02-15' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a real nearly full disk (tmpfs, 4 KB free)', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const mount of mounts) spawnSync('umount', [mount]);
  });

  async function nearlyFullDisk(): Promise<string> {
    requireRoot();
    const mount = join(await tempFolder(), 'disk');
    mkdirSync(mount);
    sh('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
    mounts.push(mount);
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(mount, 'plan.yaml'));
    const stats = statfsSync(mount);
    writeFileSync(join(mount, 'filler'), Buffer.alloc(stats.bavail * stats.bsize - 4096));
    return mount;
  }

  it('track leaves the plan whole and exits 2, saying the disk is full', async () => {
    const disk = await nearlyFullDisk();
    const before = readFileSync(join(disk, 'plan.yaml'), 'utf8');
    const result = await runCli(TRACK, { cwd: disk });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot write plan.yaml: the disk is full');
    expect(readFileSync(join(disk, 'plan.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(disk).sort()).toEqual(['filler', 'plan.yaml']);
  });

  it('report --out never says "Wrote" for a page that did not fit', async () => {
    const disk = await nearlyFullDisk();
    const result = await runCli(['report', 'plan.yaml', '--format', 'html', '--out', 'report.html'], { cwd: disk });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('Wrote');
    expect(readdirSync(disk).sort()).toEqual(['filler', 'plan.yaml']);
  });

  it('generate writes no draft that did not fit, so none is "kept (edited)" later', async () => {
    const disk = await nearlyFullDisk();
    const args = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-28', '--out', 'out'];
    const result = await runCli(args, { cwd: disk });
    expect(result.code).toBe(2);
    expect(readdirSync(join(disk, 'out'))).toEqual([]);
    sh('rm', [join(disk, 'filler')]);
    const next = await runCli(args, { cwd: disk });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/, 0 unchanged, 0 kept\./);
  });
});

describe('a file size limit: real short writes', () => {
  it('report --out with `ulimit -f 8` exits 2 without "Wrote" and leaves no page', async () => {
    const folder = await tempFolder();
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    const result = runShell("trap '' XFSZ; ulimit -f 8;", ['report', 'plan.yaml', '--format', 'html', '--out', 'report.html'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot write report.html: the file would be larger than this system allows');
    expect(result.stderr).not.toContain('Wrote');
    expect(readdirSync(folder)).toEqual(['plan.yaml']);
  });

  it('track with the plan past the limit leaves the plan whole', async () => {
    const folder = await tempFolder();
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    const before = readFileSync(join(folder, 'plan.yaml'), 'utf8');
    const result = runShell("trap '' XFSZ; ulimit -f 8;", TRACK, folder);
    expect(result.code).toBe(2);
    expect(readFileSync(join(folder, 'plan.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(folder)).toEqual(['plan.yaml']);
  });
});

describe('devices and permissions', () => {
  it('a character device as --out is refused even with --force, and stays a device', async () => {
    requireRoot();
    const folder = await tempFolder();
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    sh('mknod', [join(folder, 'null'), 'c', '1', '3']);
    const result = await runCli(['brief', 'plan.yaml', '--out', 'null', '--force'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('null is not a regular file (a device, FIFO or socket)');
    expect(lstatSync(join(folder, 'null')).isCharacterDevice()).toBe(true);
  });

  it('as an unprivileged user: a read-only plan is refused, and so is a folder it may not write', async () => {
    requireRoot();
    const folder = await tempFolder();
    chmodSync(folder, 0o755);
    const run = (args: string[], cwd: string) => runShell('', args, cwd, 'setpriv --reuid=65534 --regid=65534 --clear-groups');

    const readOnly = join(folder, 'read-only');
    mkdirSync(readOnly, { mode: 0o777 });
    chmodSync(readOnly, 0o777);
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(readOnly, 'plan.yaml'));
    chmodSync(join(readOnly, 'plan.yaml'), 0o444);
    const protectedPlan = run(TRACK, readOnly);
    expect(protectedPlan.code).toBe(2);
    expect(protectedPlan.stderr).toContain('plan.yaml is write-protected (mode 444)');

    const locked = join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o755);
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(locked, 'plan.yaml'));
    chmodSync(join(locked, 'plan.yaml'), 0o666);
    const noFolder = run(TRACK, locked);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('permission denied');
    expect(noFolder.stderr).not.toContain('Herald hit a bug');
    expect(readdirSync(locked)).toEqual(['plan.yaml']);
  });
});
