import { describe, expect, it } from 'vitest';
import { compareText, joinWords, show } from '../../src/core/words/text.js';
import { formatNumber } from '../../src/core/words/values.js';

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals, like en-US', () => {
    for (const value of [0, 7, 999, 1000, 240000, 1234567.5, -1234.567, 0.125, 0.005, 12.3456, 1e21, -0.4]) {
      expect(formatNumber(value), String(value)).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value));
    }
  });
});

describe('wording helpers', () => {
  it('joins lists with commas and "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('clips long values and quotes text', () => {
    expect(show('x'.repeat(100))).toHaveLength(60);
    expect(show(42)).toBe('42');
  });

  it('orders by code unit', () => {
    expect(['b', 'a', 'B', '2027-01-10', '2027-01-09'].sort(compareText)).toEqual(['2027-01-09', '2027-01-10', 'B', 'a', 'b']);
  });
});
