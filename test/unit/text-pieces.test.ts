import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/plan/diagnostics.js';
import { formatWorkspaceJson, type ShownFile } from '../../src/commands/validate/workspace-output.js';
import { batched, joinedTexts, piecesOf, wholeText, type TextPieces } from '../../src/format/text-pieces.js';

describe('batched texts, joined', () => {
  it('give, put together, what one join gives, for no item, one, and many', () => {
    for (const count of [0, 1, 2, 5_000]) {
      const items = Array.from({ length: count }, (_, index) => index);
      const text = (item: number) => `{"row":${item},"note":"${'é'.repeat(item % 7)}"}`;
      expect([...batched(joinedTexts(items, text, ',\n    '))].join('')).toBe(items.map(text).join(',\n    '));
    }
  });

  it('cut a long list into pieces of some 32 K characters, never inside an item', () => {
    const row = 'x'.repeat(300);
    const pieces = [
      ...batched(
        joinedTexts(
          Array.from({ length: 2_000 }, () => row),
          (item) => item,
          ',',
        ),
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

  it('keep a text longer than a piece whole, as a piece of its own', () => {
    const long = 'y'.repeat(100_000);
    expect([...batched(['a', long, 'b'])]).toEqual([`a${long}`, 'b']);
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

describe('validate <folder> --format json, a diagnostic at a time', () => {
  const diagnostic = (message: string, hint?: string): Diagnostic => ({
    rule: 'same-day-send',
    severity: 'warning',
    message,
    hint: hint ?? null,
    line: 4,
    column: 7,
  });
  const file = (name: string, kind: 'plan' | 'org', shown: Diagnostic[], failed = false): ShownFile => ({
    file: { file: name, kind, text: '', diagnostics: shown, rulesRan: true },
    shown,
    failed,
  });

  it.each([
    ['no file', []],
    ['a file without diagnostics', [file('a.yaml', 'plan', [])]],
    [
      'files with diagnostics, with and without hints, and text to escape',
      [
        file('herald.org.yaml', 'org', [diagnostic('Exec team "over" its limit', 'Move one')]),
        file('teams/a.yaml', 'plan', [], false),
        file('teams/b.yaml', 'plan', [diagnostic('Line one\nline two: é, 🎉'), diagnostic('Again')], true),
      ],
    ],
  ])('reads exactly as JSON.stringify writes the whole body: %s', (_name, files: ShownFile[]) => {
    const body = {
      valid: files.every(({ failed }) => !failed),
      files: files.map(({ file: { file: name, kind }, shown, failed }) => ({
        file: name,
        kind,
        valid: !failed,
        diagnostics: shown.map(({ rule, severity, message, hint, line, column }) => ({ rule, severity, message, hint, line, column })),
      })),
    };
    expect(wholeText(formatWorkspaceJson(files))).toBe(`${JSON.stringify(body, null, 2)}\n`);
  });
});
