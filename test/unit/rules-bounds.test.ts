import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { cleanPlanWith, rulesOf, validateText } from '../helpers/validate-text.js';

/**
 * The planning rules of issue 14: what validate used to pass in silence. Each case: a plan
 * that triggers the rule, at its line, and `rules:` switching it off or making it an error.
 */
const STAFF_CADENCE = 'every 2 weeks on thursday';
const LONG_ID = `digest-${'x'.repeat(243)}`; // 250 characters
const CASES: Array<{ name: string; rule: string; plan: string; line: number; message: RegExp }> = [
  {
    name: 'an RRULE whose UNTIL is before the start',
    rule: 'channel-silent',
    plan: cleanPlanWith(STAFF_CADENCE, 'RRULE:FREQ=WEEKLY;UNTIL=20261231'),
    line: 35,
    message: /^Channel "staff-meeting" has no touchpoint from 2027-01-04 to 2027-03-31/,
  },
  {
    name: '31 February',
    rule: 'channel-silent',
    plan: cleanPlanWith(STAFF_CADENCE, 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31'),
    line: 35,
    message: /never falls on a day there/,
  },
  {
    name: 'once on 0001-01-01',
    rule: 'channel-silent',
    plan: cleanPlanWith(STAFF_CADENCE, 'once on 0001-01-01'),
    line: 35,
    message: /^Channel "staff-meeting" has no touchpoint/,
  },
  {
    name: 'a 100-year daily channel',
    rule: 'channel-cap',
    plan: cleanPlanWith('  end: 2027-03-31\n', '  end: 2127-03-31\n').replace(STAFF_CADENCE, 'daily'),
    line: 35,
    message: /^Channel "staff-meeting" stops at 10,000 touchpoints, on 2065-05-\d\d, though it runs to 2127-03-31$/,
  },
  {
    name: 'a 250-character channel id',
    rule: 'id-length',
    plan: cleanPlanWith(/digest/g, LONG_ID),
    line: 28,
    message: /^The drafts of channel "digest-x+\.\.\." to audience "leadership" would have file names over 255 characters$/,
  },
];

describe('planning rules of the bounds', () => {
  for (const { name, rule, plan, line, message } of CASES) {
    describe(`${rule}: ${name}`, () => {
      it('warns, at the line to fix, with a hint', async () => {
        const result = await validateText(plan);
        const found = result.diagnostics.filter((d) => d.rule === rule);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'warning', line, message: expect.stringMatching(message) as unknown });
        expect(found[0]?.hint).toBeTruthy();
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });

      it('is turned off, or made an error, in rules:', async () => {
        expect(await rulesOf(`${plan}rules:\n  ${rule}: off\n`)).not.toContain(rule);
        const asError = await validateText(`${plan}rules:\n  ${rule}: error\n`);
        expect(asError.diagnostics.find((d) => d.rule === rule)?.severity).toBe('error');
      });
    });
  }

  it('id-length: what it warns about is what generate would fail on', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'herald-test-'));
    try {
      await writeFile(join(folder, 'herald.yaml'), cleanPlanWith(/digest/g, LONG_ID));
      const result = await runMain(['generate', '--date', '2027-01-04', '--dry-run'], folder);
      expect(result.stdout).toMatch(new RegExp(`drafts/2027-01-04-${LONG_ID}-leadership\\.eml`));
      expect(`2027-01-04-${LONG_ID}-leadership.eml`.length).toBeGreaterThan(255);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
