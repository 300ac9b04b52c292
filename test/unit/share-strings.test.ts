import { describe, expect, it } from 'vitest';
import { shareShortStrings } from '../../src/core/words/share-strings.js';

describe('shareShortStrings', () => {
  it('keeps every value as it was, and one string for each short word across plans', () => {
    const long = 'a sentence longer than thirteen characters';
    const plans = [
      { goals: [{ id: 'goal-6', level: 'high', audiences: ['leadership', 'sales'] }], summary: long, size: 12 },
      { goals: [{ id: 'goal-6', level: 'low', audiences: ['sales'] }], nothing: null, yes: true },
    ];
    const before = structuredClone(plans);
    const shared = new Map<string, string>();
    for (const plan of plans) shareShortStrings(plan, shared);
    expect(plans).toEqual(before);
    expect([...shared.keys()].sort()).toEqual(['goal-6', 'high', 'leadership', 'low', 'sales']);
  });

  it('leaves anything that is not a collection alone', () => {
    const shared = new Map<string, string>();
    for (const value of [null, undefined, 'word', 7]) shareShortStrings(value, shared);
    expect(shared.size).toBe(0);
  });
});
