import { describe, expect, it } from 'vitest';
import { joinedPieces, piecesOf, wholeText, type TextPieces } from '../../src/format/text-pieces.js';

describe('joinedPieces', () => {
  it('gives, put together, what one join gives, for no item, one, and many', () => {
    for (const count of [0, 1, 2, 5_000]) {
      const items = Array.from({ length: count }, (_, index) => index);
      const text = (item: number) => `{"row":${item},"note":"${'é'.repeat(item % 7)}"}`;
      expect([...joinedPieces(items, text, ',\n    ')].join('')).toBe(items.map(text).join(',\n    '));
    }
  });

  it('cuts a long list into pieces of some 32 K characters, never inside an item', () => {
    const row = 'x'.repeat(300);
    const pieces = [
      ...joinedPieces(
        Array.from({ length: 2_000 }, () => row),
        (item) => item,
        ',',
      ),
    ];
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(32 * 1024 + row.length + 1);
      // Every piece is whole rows, each after the first one a separator ahead of it.
      expect(
        piece
          .replace(/^,/, '')
          .split(',')
          .every((item) => item === row),
      ).toBe(true);
    }
  });
});

describe('an output given whole or in pieces', () => {
  const pieces: TextPieces = {
    *pieces() {
      yield 'one, ';
      yield 'two';
    },
  };

  it('reads the same either way', () => {
    expect(wholeText(pieces)).toBe('one, two');
    expect(wholeText('one, two')).toBe('one, two');
    expect([...piecesOf('one, two')]).toEqual(['one, two']);
    // Each reading starts again from the beginning.
    expect([...piecesOf(pieces)]).toEqual(['one, ', 'two']);
    expect([...piecesOf(pieces)]).toEqual(['one, ', 'two']);
  });
});
