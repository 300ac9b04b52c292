import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOrgSchemaArtifacts } from '../../src/build/schema-artifacts.js';
import { checkOrg } from '../../src/core/workspace/check-org.js';
import { cachedZoneOffset } from '../../src/core/workspace/zone-offset-cache.js';
import { intlZoneOffset } from '../../src/core/time/zoned-time.js';

describe('the organisation file', () => {
  it('generated org-schema.json matches org-schema.ts (run `npm run build` after changing it)', () => {
    for (const [name, content] of Object.entries(renderOrgSchemaArtifacts())) {
      expect(readFileSync(new URL(`../../src/core/workspace/generated/${name}`, import.meta.url), 'utf8'), name).toBe(content);
    }
  });

  it('check-org accepts what the schema describes, and names what it does not know', () => {
    const org = {
      version: 1,
      organization: 'Acme',
      audiences: [{ id: 'exec-team', name: 'Executive team', size: 8, influence: 'high', interest: 'low', weekly_limit: 3 }],
      blackouts: [{ start: '2027-04-01', end: '2027-04-02', reason: 'Q1 results' }],
      rules: { 'over-communication': 4, blackout: 'warning', 'same-day-send': 'off' },
    };
    expect(checkOrg(org).findings).toEqual([]);
    const bad = checkOrg({ ...org, audiences: [{ id: 'exec-team', name: 'x', limit: 3 }], rules: { blackout: 3 } });
    expect(bad.org).toBeUndefined();
    expect(bad.findings.map((f) => [f.path, f.message])).toEqual([
      [['audiences', 0, 'limit'], 'Unknown key "limit"'],
      [['rules', 'blackout'], 'blackout is 3; it is off, warning or error'],
    ]);
  });

  it('a blackout that ends before it starts, and a shared audience id used twice, are errors', () => {
    const { findings } = checkOrg({
      version: 1,
      audiences: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
      blackouts: [{ start: '2027-04-02', end: '2027-04-01', reason: 'x' }],
    });
    expect(findings.map((f) => f.message)).toEqual([
      'The shared audience id "a" is used twice',
      'The blackout ends (2027-04-01) before it starts (2027-04-02)',
    ]);
  });
});

describe('cachedZoneOffset', () => {
  it('gives the same offsets as its source, across a DST change, in far fewer questions', () => {
    let asked = 0;
    const counting = (zone: string, instant: number): number => {
      asked += 1;
      return intlZoneOffset(zone, instant);
    };
    const cached = cachedZoneOffset(counting);
    // Every 10 minutes through March 2027 in Berlin (DST starts 2027-03-28 01:00 UTC).
    const start = Date.UTC(2027, 2, 1);
    let checked = 0;
    for (let instant = start; instant < Date.UTC(2027, 3, 1); instant += 600_000) {
      expect(cached('Europe/Berlin', instant)).toBe(intlZoneOffset('Europe/Berlin', instant));
      checked += 1;
    }
    expect(asked).toBeLessThan(checked / 10);
  });

  it('reads the weeks and days around a question in one set from a source that can (one zone switch each)', () => {
    let sets = 0;
    const source = Object.assign((zone: string, instant: number): number => intlZoneOffset(zone, instant), {
      many: (zone: string, instants: readonly number[]): number[] => {
        sets += 1;
        return instants.map((instant) => intlZoneOffset(zone, instant));
      },
    });
    const cached = cachedZoneOffset(source);
    // Every 6 hours of 2027 in Berlin, across both changes.
    for (let instant = Date.UTC(2027, 0, 1); instant < Date.UTC(2028, 0, 1); instant += 6 * 3_600_000) {
      expect(cached('Europe/Berlin', instant)).toBe(intlZoneOffset('Europe/Berlin', instant));
    }
    expect(sets).toBeLessThanOrEqual(12);
  });
});
