import { describe, expect, it } from 'vitest';
import { detached, shareShortStrings } from '../../src/core/words/share-strings.js';

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

describe('detached', () => {
  it('gives an equal text, short or long, cut from a longer one or not', () => {
    const text = `plan:\n  summary: ${'a long summary of the work, '.repeat(40)}\n`;
    for (const piece of [text.slice(8, 20), text.slice(8, 21), text.slice(11, 400), 'short', '']) expect(detached(piece)).toBe(piece);
  });
});
