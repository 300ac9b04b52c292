import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempFolder } from '../helpers/run-cli.js';

/**
 * An unreadable draft (chmod 000) is a clear error, exit 2, no stack. Root reads any file
 * whatever its mode, so Herald runs here as the unprivileged user `nobody` (setpriv, from
 * util-linux); CI runs as root. test/unit/read-bounded.test.ts covers the same error with
 * an injected file-system layer.
 */
const NOBODY = 65534;
const PLAN = `version: 1
plan:
  name: Test plan
  start: 2027-01-04
  end: 2027-03-31
audiences:
  - id: leadership
    name: Executive team
    channels: [digest]
channels:
  - id: digest
    type: email
    cadence: weekly on monday
`;

describe('an unreadable draft', () => {
  it('stops generate with a clear error, exit 2, no stack', async () => {
    const folder = await tempFolder();
    await chmod(folder, 0o755);
    await writeFile(join(folder, 'herald.yaml'), PLAN);
    await mkdir(join(folder, 'drafts'));
    const draft = join(folder, 'drafts', '2027-01-04-digest-leadership.eml');
    await writeFile(draft, 'edited by hand\n');
    await chmod(draft, 0o000);
    await chown(join(folder, 'drafts'), NOBODY, NOBODY);
    await chown(draft, NOBODY, NOBODY);
    const result = spawnSync(
      'setpriv',
      [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, 'generate', '--date', '2027-01-04'],
      { cwd: folder, env: { PATH: process.env.PATH ?? '', HERALD_TODAY: '2027-01-04' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: Herald may not read drafts/2027-01-04-digest-leadership.eml');
    expect(result.stderr).not.toMatch(/EACCES|\n\s+at /);
  });
});
