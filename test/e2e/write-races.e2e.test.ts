/**
 * Real processes racing for one file: the built binary, eight times at once on one plan, and
 * twice at once into one drafts folder. Every run either lands or fails loudly (exit 2);
 * no entry is lost in silence.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempFolder } from '../helpers/run-cli.js';

describe('parallel writers', () => {
  it('eight parallel `track` runs on one plan: every run that exits 0 is in the file, the others exit 2', async () => {
    const folder = await tempFolder();
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    const values = Array.from({ length: 8 }, (_, index) => 1000 + index);
    const results = await Promise.all(
      values.map((value) =>
        runCli(['track', 'leadership-awareness', String(value), '--date', '2027-03-01', '--plan', 'plan.yaml'], {
          cwd: folder,
          timeoutMs: 60_000,
        }),
      ),
    );
    const text = readFileSync(join(folder, 'plan.yaml'), 'utf8');
    const landed = values.filter((value) => text.includes(`value: ${value} }`));
    results.forEach((result, index) => {
      expect([0, 2], result.stderr).toContain(result.code);
      if (result.code === 0) expect(landed).toContain(values[index]);
      else expect(result.stderr).toMatch(/is writing plan\.yaml; gave up waiting/);
    });
    expect(landed.length).toBe(results.filter((result) => result.code === 0).length);
    // Here all eight land, well within the lock's 20 s; a far slower machine may make some give
    // up, which is allowed, as long as it says so.
    expect(landed.length).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual(['plan.yaml']);
    const check = await runCli(['validate', 'plan.yaml', '--format', 'json'], { cwd: folder });
    expect((JSON.parse(check.stdout) as { valid: boolean }).valid).toBe(true);
  }, 90_000);

  it('two `generate` runs into one folder keep all their manifest entries', async () => {
    const folder = await tempFolder();
    copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
    const windows = [
      ['--from', '2027-02-01', '--to', '2027-02-14'],
      ['--from', '2027-02-15', '--to', '2027-02-28'],
    ];
    const runs = await Promise.all(windows.map((window) => runCli(['generate', 'plan.yaml', ...window, '--out', 'out'], { cwd: folder })));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(folder, 'out', '.herald-drafts.json'), 'utf8')) as { files: Record<string, string> };
    const drafts = readdirSync(join(folder, 'out')).filter((name) => !name.startsWith('.'));
    expect(Object.keys(manifest.files).sort()).toEqual(drafts.sort());
    expect(readdirSync(join(folder, 'out')).filter((name) => name.startsWith('.'))).toEqual(['.herald-drafts.json']);
    // The next runs find only Herald's own drafts, unchanged: none "kept (edited)".
    for (const window of windows) {
      const again = await runCli(['generate', 'plan.yaml', ...window, '--out', 'out'], { cwd: folder });
      expect(again.stdout).toMatch(/0 written, \d+ unchanged, 0 kept/);
    }
  }, 60_000);
});
