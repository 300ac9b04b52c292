import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

const EXAMPLE = join(REPO, 'examples', 'herald.yaml');
const DRAFT = 'drafts/2027-02-01-exec-digest-leadership.eml';
const DATE = ['--date', '2027-02-01'];

describe('generate and drafts the user edited', () => {
  it('keeps an edited draft quietly while the plan gives the same text', async () => {
    const cwd = await tempFolder();
    await copyFile(EXAMPLE, join(cwd, 'herald.yaml'));
    await runMain(['generate', ...DATE], cwd);
    await writeFile(join(cwd, DRAFT), 'Edited by hand.\n');
    const again = await runMain(['generate', ...DATE], cwd);
    expect(again.stdout).toMatch(new RegExp(` {2}kept +${DRAFT} \\(edited since Herald wrote it\\)\n`));
    expect(again.stdout).not.toContain('differ');
  });

  it('says when the plan has since changed what Herald would write, and --diff shows how', async () => {
    const cwd = await tempFolder();
    const plan = join(cwd, 'herald.yaml');
    await copyFile(EXAMPLE, plan);
    await runMain(['generate', ...DATE], cwd);
    const draft = await readFile(join(cwd, DRAFT), 'utf8');
    const greeting = /^Hello .*,$/m.exec(draft)?.[0] ?? '';
    expect(greeting).not.toBe('');
    await writeFile(join(cwd, DRAFT), draft.replace(greeting, 'Dear all,'));
    // The plan changes after the edit: the lead win is now a bigger number.
    const text = await readFile(plan, 'utf8');
    await writeFile(plan, text.replace('January webinar sourced $240k pipeline', 'January webinar sourced $260k pipeline'));

    const again = await runMain(['generate', ...DATE], cwd);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(` {2}kept +${DRAFT} \\(edited; Herald would now write it differently\\)\n`));
    expect(again.stdout).toContain('One of them differs from what Herald would write now: --diff shows how.');
    expect(await readFile(join(cwd, DRAFT), 'utf8')).toContain('Dear all,');

    const diff = await runMain(['generate', ...DATE, '--diff', '--dry-run'], cwd);
    expect(diff.stdout).toContain(`--- ${DRAFT} (yours)\n+++ ${DRAFT} (Herald's now)\n`);
    expect(diff.stdout).toContain(`\n-Dear all,\n+${greeting}\n`);
    expect(diff.stdout).toMatch(/\n-Subject: .*\$240k pipeline\n/);
    expect(diff.stdout).toMatch(/\n\+Subject: .*\$260k pipeline\n/);
    expect(diff.stdout).toMatch(/\n@@ -\d+,\d+ \+\d+,\d+ @@/);
  });
});
