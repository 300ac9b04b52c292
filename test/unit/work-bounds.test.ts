import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_OCCURRENCES } from '../../src/core/cadence/cadence.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { scheduleWindow as resolveScheduleWindow } from '../helpers/window-words.js';
import { buildTouchpoints, MAX_AUDIENCE_TOUCHES, ScheduleTooLargeError } from '../../src/core/schedule/touchpoints.js';
import { sharedChannelsPlan } from '../bench/shared-channels-plan.mjs';
import { REPO, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { validateText } from '../helpers/validate-text.js';

/** The audience-touches of a plan that is within the bound. */
function workOf(plan: Plan): number {
  return buildTouchpoints(plan).reduce((sum, touchpoint) => sum + Math.max(1, touchpoint.audiences.length), 0);
}

describe('the work bound on expanding a plan', () => {
  it('refuses 400 audiences sharing 400 daily channels, having expanded only a few channels', async () => {
    const result = await validateText(sharedChannelsPlan(400));
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ rule: 'schedule-limit', severity: 'error', line: 16, column: 5 }]);

    // The counter: expansion stops within one channel's work of the limit, not after 400 channels.
    const valid = await validateText(sharedChannelsPlan(400).replace(/ {2}- \{ id: a[1-9]\d*.*\n/g, ''), '2026-11-23');
    const plan = valid.plan;
    expect(plan).toBeDefined();
    if (plan === undefined) return;
    const shared = {
      ...plan,
      audiences: Array.from({ length: 400 }, (_, i) => ({ ...plan.audiences?.[0], id: `a${i}`, name: `A${i}` })),
    } as Plan;
    let stopped: unknown;
    try {
      buildTouchpoints(shared);
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toBeInstanceOf(ScheduleTooLargeError);
    const { work, channelsExpanded } = stopped as ScheduleTooLargeError;
    expect(work).toBeGreaterThan(MAX_AUDIENCE_TOUCHES);
    expect(work).toBeLessThanOrEqual(MAX_AUDIENCE_TOUCHES + MAX_OCCURRENCES * 400);
    expect(channelsExpanded).toBeLessThan(20);
  });

  it('fits a year of the benchmark plan (5,000 entries) with a wide margin', async () => {
    const file = join(await tempFolder(), 'large.yaml');
    expect(spawnSync(process.execPath, [join(REPO, 'test', 'bench', 'generate-large-plan.mjs'), file]).status).toBe(0);
    const result = await validateText(await readFile(file, 'utf8'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan).toBeDefined();
    if (result.plan !== undefined) expect(workOf(result.plan) * 100).toBeLessThan(MAX_AUDIENCE_TOUCHES);
  });

  it('is an error for every command, with no stack', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), sharedChannelsPlan(400));
    for (const command of ['schedule', 'report', 'brief', 'generate']) {
      const result = await runMain([command], folder);
      expect(result.code, command).toBe(1);
      expect(result.stderr).toContain('[schedule-limit]');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the schedule window', () => {
  it('refuses more than ten years, --from/--to as well as --weeks', () => {
    expect(resolveScheduleWindow({ from: '0001-01-01', to: '9999-12-31' }, '2027-01-04')).toMatchObject({
      ok: false,
      message: 'The window 0001-01-01 to 9999-12-31 is longer than ten years',
    });
    expect(resolveScheduleWindow({ weeks: '521' }, '2027-01-04')).toMatchObject({ ok: false });
  });

  it('takes exactly 520 weeks either way', () => {
    expect(resolveScheduleWindow({ weeks: '520' }, '2027-01-04').ok).toBe(true);
    expect(resolveScheduleWindow({ from: '2027-01-04', to: '2036-12-21' }, '2027-01-04').ok).toBe(true);
    expect(resolveScheduleWindow({ from: '2027-01-04', to: '2036-12-22' }, '2027-01-04').ok).toBe(false);
  });

  it('makes schedule --view month over 0001 to 9999 a usage error (exit 2)', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), 'version: 1\nplan:\n  name: P\n  start: 0001-01-01\n  end: 9999-12-31\n');
    const result = await runMain(['schedule', '--view', 'month', '--from', '0001-01-01', '--to', '9999-12-31'], folder);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('longer than ten years');
  });
});
