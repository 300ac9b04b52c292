/**
 * The write path under a failing file system (an injected layer: short writes, a full disk,
 * a failing fsync or rename) and under "someone else" acting while Herald writes: whatever
 * happens, a file is written whole or not at all, and nothing is left behind.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultyFileSystem } from '../helpers/faulty-file-system.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

const TRACK = ['track', 'leadership-awareness', '61', '--date', '2027-02-10', '--plan', 'plan.yaml'];
const ENTRY = '{ goal: leadership-awareness, date: 2027-02-10, value: 61 }';

async function planFolder(): Promise<{ folder: string; plan: string; original: string }> {
  const folder = join(await tempFolder(), `case-${Math.random().toString(36).slice(2)}`);
  await mkdir(folder);
  copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
  return { folder, plan: join(folder, 'plan.yaml'), original: readFileSync(join(EXAMPLES, 'herald.yaml'), 'utf8') };
}

/** Herald's temp files and locks: none may outlive a run. */
function leftovers(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /herald-(tmp|lock)/.test(name));
}

describe('a nearly full disk', () => {
  it('track: the plan is never cut short; exit 2 with "the disk is full"', async () => {
    const { folder, plan, original } = await planFolder();
    const result = await runMain(TRACK, folder, {}, faultyFileSystem({ freeBytes: 4096 }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: Cannot write plan.yaml: the disk is full');
    expect(result.stdout).toBe('');
    expect(readFileSync(plan, 'utf8')).toBe(original);
    expect(leftovers(folder)).toEqual([]);
  });

  it('track: short writes are continued until the whole plan is written', async () => {
    const { folder, plan, original } = await planFolder();
    const fs = faultyFileSystem({ maxWriteBytes: 1000 });
    const result = await runMain(TRACK, folder, {}, fs);
    expect(result.code, result.stderr).toBe(0);
    const written = readFileSync(plan, 'utf8');
    expect(written.length).toBeGreaterThan(original.length);
    expect(written).toContain(ENTRY);
    expect(written.replace(/\n *- \{ goal: leadership-awareness, date: 2027-02-10, value: 61 \}/, '')).toBe(original);
    expect(fs.used.write).toBeGreaterThan(15);
    expect(fs.used.fsync).toBeGreaterThanOrEqual(2); // the file, then its folder
  });

  it.each([
    ['report', '--format', 'html'],
    ['brief', '--format', 'md'],
    ['schedule', '--format', 'ics', '--weeks', '20'],
  ])('%s --out: never "Wrote" a partial page; short writes give the whole page', async (command, ...flags) => {
    const { folder } = await planFolder();
    const full = await runMain([command, 'plan.yaml', ...flags], folder);
    const failed = await runMain([command, 'plan.yaml', ...flags, '--out', 'page'], folder, {}, faultyFileSystem({ freeBytes: 2048 }));
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('Cannot write page: the disk is full');
    expect(failed.stderr).not.toContain('Wrote');
    expect(readdirSync(folder).sort()).toEqual(['plan.yaml']);
    const short = await runMain([command, 'plan.yaml', ...flags, '--out', 'page'], folder, {}, faultyFileSystem({ maxWriteBytes: 512 }));
    expect(short.code, short.stderr).toBe(0);
    expect(short.stderr).toMatch(/Wrote .*page/);
    expect(readFileSync(join(folder, 'page'), 'utf8')).toBe(full.stdout);
  });

  it('generate: a full disk writes no draft at all, so the next run finds none "kept (edited)"', async () => {
    const { folder } = await planFolder();
    const args = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-28', '--out', 'out'];
    const failed = await runMain(args, folder, {}, faultyFileSystem({ freeBytes: 6000, maxWriteBytes: 700 }));
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('Cannot write out: the disk is full');
    expect(readdirSync(join(folder, 'out'))).toEqual([]);
    const next = await runMain(args, folder);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).not.toMatch(/^ +kept/m);
    expect(next.stdout).toMatch(/\d+ written \(\d+ added\), 0 unchanged, 0 kept/);
  });

  it.each(['fsync', 'rename', 'close'] as const)('a failing %s leaves the plan as it was and no temp file', async (call) => {
    const { folder, plan, original } = await planFolder();
    const result = await runMain(TRACK, folder, {}, faultyFileSystem({ fail: { call, code: 'EIO' } }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write plan\.yaml \(EIO\)|error: /);
    expect(result.stderr).not.toContain('Herald hit a bug');
    expect(readFileSync(plan, 'utf8')).toBe(original);
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('a file changed between read and rename', () => {
  it('track: a comment appended while Herald writes survives, and so does the entry', async () => {
    const { folder, plan } = await planFolder();
    const fs = faultyFileSystem({
      onTempOpen: (_, nth) => {
        if (nth === 1) appendFileSync(plan, '# appended by someone else\n');
      },
    });
    const result = await runMain(TRACK, folder, {}, fs);
    expect(result.code, result.stderr).toBe(0);
    const written = readFileSync(plan, 'utf8');
    expect(written).toContain('# appended by someone else\n');
    expect(written).toContain(ENTRY);
    expect(leftovers(folder)).toEqual([]);
  });

  it('track: a plan that keeps changing is left as the other writer left it, exit 2', async () => {
    const { folder, plan } = await planFolder();
    const fs = faultyFileSystem({ onTempOpen: (_, nth) => appendFileSync(plan, `# change ${nth}\n`) });
    const result = await runMain(TRACK, folder, {}, fs);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.yaml kept changing while Herald was writing it');
    expect(readFileSync(plan, 'utf8')).not.toContain(ENTRY);
    expect(leftovers(folder)).toEqual([]);
  });

  it('generate: a draft edited while Herald writes is kept and listed as kept', async () => {
    const { folder } = await planFolder();
    const args = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-14', '--out', 'out'];
    expect((await runMain(args, folder)).code).toBe(0);
    const drafts = readdirSync(join(folder, 'out')).filter((name) => !name.startsWith('.'));
    const name = drafts[0] ?? '';
    const victim = join(folder, 'out', name);
    // An earlier draft of Herald's, which this run updates; the user edits it as Herald writes.
    writeFileSync(victim, 'an earlier draft\n');
    const manifestPath = join(folder, 'out', '.herald-drafts.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
    manifest.files[name] = createHash('sha256').update('an earlier draft\n').digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const fs = faultyFileSystem({
      onTempOpen: (temp) => {
        if (basename(temp).startsWith(`.${name}.`)) writeFileSync(victim, 'edited by hand while Herald wrote\n');
      },
    });
    const result = await runMain(args, folder, {}, fs);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('edited by hand while Herald wrote\n');
    expect(result.stdout).toMatch(new RegExp(`kept +out/${name.replace(/\./g, '\\.')} \\(changed while Herald was writing\\)`));
    expect(result.stdout).toContain(`0 written, ${drafts.length - 1} unchanged, 1 kept`);
    // Its manifest entry still says what Herald last wrote, so the next run keeps the edit too.
    const next = await runMain(args, folder);
    // Herald last wrote "an earlier draft" there and would now write the current text: it says so (--diff shows it).
    expect(next.stdout).toMatch(new RegExp(`kept +out/${name.replace(/\./g, '\\.')} \\(edited; Herald would now write it differently\\)`));
    expect(readFileSync(victim, 'utf8')).toBe('edited by hand while Herald wrote\n');
    expect(leftovers(folder)).toEqual([]);
  });
});
