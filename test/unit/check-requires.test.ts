import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRequires, HERALD_VERSION } from '../../src/core/plan/check-requires.js';
import { runMain } from '../helpers/run-main.js';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

describe('requires: the oldest Herald that reads a plan', () => {
  it('is satisfied by this Herald or an older requirement, in any precision', () => {
    for (const requires of ['>=0.1', '>=0.3', '>= 0.3.0', '>=v0', `>=${HERALD_VERSION}`]) {
      expect(checkRequires({ requires }, '0.3.0')).toEqual({ findings: [], tooOld: false });
    }
    expect(checkRequires({ requires: '>=0.3' }, '0.3.0-beta.1').tooOld).toBe(false);
    expect(checkRequires({ requires: '>=1.2.3' }, '1.10.0').tooOld).toBe(false);
  });

  it('says which Herald a newer plan needs', () => {
    const { findings, tooOld } = checkRequires({ requires: '>=0.3' }, '0.2.9');
    expect(tooOld).toBe(true);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'requires',
        message: 'This plan needs Herald 0.3 or later; this is Herald 0.2.9',
        path: ['requires'],
      }),
    ]);
    expect(checkRequires({ requires: '>=1.0.1' }, '1.0.0').findings[0]?.message).toContain('needs Herald 1.0.1 or later');
  });

  it('reports a requirement it cannot read, and leaves other types to the structure check', () => {
    expect(checkRequires({ requires: '^0.3' }).findings[0]).toMatchObject({ rule: 'requires', message: 'Cannot read `requires: "^0.3"`' });
    expect(checkRequires({ requires: 0.3 })).toEqual({ findings: [], tooOld: false });
    expect(checkRequires({})).toEqual({ findings: [], tooOld: false });
    expect(checkRequires(['not', 'a', 'map'])).toEqual({ findings: [], tooOld: false });
  });

  it('comes before the structural checks: a plan for a newer Herald gets one clear error, not its unknown keys', async () => {
    const newer = cleanPlanWith('version: 1', 'version: 2\nrequires: ">=99.1"\nfuture-section: []');
    const { diagnostics } = await validateText(newer);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'requires', severity: 'error', line: 2 });
    expect(diagnostics[0]?.message).toContain('needs Herald 99.1 or later');
    expect((await validateText(cleanPlanWith('version: 1', `version: 1\nrequires: ">=${HERALD_VERSION}"`))).diagnostics).toEqual([]);
    const unreadable = await validateText(cleanPlanWith('version: 1', 'version: 1\nrequires: "latest"\nfuture-section: []'));
    expect(unreadable.diagnostics.map((d) => d.rule)).toEqual(['requires', 'unknown-key']);
    expect(CLEAN_PLAN).not.toContain('requires');
  });

  const folder = mkdtempSync(join(tmpdir(), 'herald-requires-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('stops every command that reads the plan, with exit 1 and the update in the hint', async () => {
    writeFileSync(join(folder, 'herald.yaml'), cleanPlanWith('version: 1', 'version: 1\nrequires: ">=99"'));
    for (const argv of [['validate'], ['schedule'], ['report']]) {
      const result = await runMain(argv, folder);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain('This plan needs Herald 99 or later');
      expect(result.stdout + result.stderr).toContain('npm install --save-dev @herald-plan/herald@latest');
    }
  });
});
