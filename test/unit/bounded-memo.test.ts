import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/words/bounded-memo.js';

describe('boundedMemo', () => {
  it('works each text out once, and gives the same answer after', () => {
    const asked: string[] = [];
    const length = boundedMemo((text) => {
      asked.push(text);
      return { length: text.length };
    });
    const first = length('every 2 weeks on tuesday');
    expect(length('every 2 weeks on tuesday')).toBe(first);
    expect(length('weekly')).toEqual({ length: 6 });
    expect(asked).toEqual(['every 2 weeks on tuesday', 'weekly']);
  });

  it('keeps an answer that is undefined or null as well', () => {
    let calls = 0;
    const nothing = boundedMemo(() => {
      calls += 1;
      return null;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });

  it('drops every answer when it holds its limit, then works them out again', () => {
    const asked: string[] = [];
    const upper = boundedMemo((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ['a', 'b', 'c', 'a']) expect(upper(text)).toBe(text.toUpperCase());
    // 'c' came with the cache full: dropped whole, so 'a' is worked out again.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
