import { describe, expect, it } from 'vitest';
import { clipAround, clipCells, clipUnits } from '../../src/format/text/safe-text.js';
import { displayWidth, padEndToWidth, textCells, truncateToWidth } from '../../src/format/text/width.js';
import { keepTogether, wrapText } from '../../src/format/text/wrap.js';

describe('displayWidth', () => {
  it('measures the one-cell characters it takes a short cut for as the full measure does', () => {
    // Every character of the short cut's ranges, alone and followed by a plain letter.
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0xac],
      [0xae, 0x2ff],
      [0x2010, 0x2027],
      [0x2030, 0x205e],
      [0x2190, 0x21ff],
      [0x2714, 0x2714],
      [0x2716, 0x2717],
      [0x26a0, 0x26a0],
    ];
    for (const [from = 0, to = 0] of ranges) {
      for (let point = from; point <= to; point += 1) {
        const text = `${String.fromCodePoint(point)}a`;
        const full = textCells(text).reduce((sum, cell) => sum + cell.width, 0);
        expect(displayWidth(text), `U+${point.toString(16)}`).toBe(full);
      }
    }
    expect(displayWidth('✔ plan.yaml is valid — 4 goals → “done”')).toBe(39);
  });

  it.each([
    ['plain ASCII', 'Weekly wins', 11],
    ['an empty string', '', 0],
    ['CJK ideographs', '東京会議', 8],
    ['kana and Hangul', 'ひらがなカタカナ 한국어', 23],
    ['fullwidth forms', 'ＡＢＣ', 6],
    ['halfwidth katakana', 'ｶﾀｶﾅ', 4],
    ['an emoji', '🚀', 2],
    ['an emoji with a skin tone', '👍🏽', 2],
    ['a ZWJ family', '👨‍👩‍👧‍👦', 2],
    ['a ZWJ profession', '🧑‍💻 dev', 6],
    ['a flag', '🇩🇪', 2],
    ['two flags', '🇩🇪🇫🇷', 4],
    ['a subdivision flag (tag sequence)', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', 2],
    ['a text heart made emoji by VS16', '❤️', 2],
    ['a text heart alone', '❤', 1],
    ['a keycap', '1️⃣', 2],
    ['a combining accent', 'cafe\u0301', 4],
    ['stacked combining marks', 'Z\u0351\u036b\u0343', 1],
    ['a precomposed accent', 'Zürich', 6],
    ['a zero-width space and a word joiner', 'a\u200bb\u2060c', 3],
    ['colour escapes', '\u001b[1m\u001b[31mred\u001b[0m', 3],
    ['an OSC hyperlink', '\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007', 4],
    ['box drawing and ambiguous signs', '█░·…–⚠', 6],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('keeps a family emoji, a flag and an accented letter each one cell of text', () => {
    expect(textCells('a👨‍👩‍👧‍👦🇩🇪e\u0301').map((cell) => [cell.text, cell.width])).toEqual([
      ['a', 1],
      ['👨‍👩‍👧‍👦', 2],
      ['🇩🇪', 2],
      ['e\u0301', 1],
    ]);
  });

  it('truncates and pads by cells, never half a wide character', () => {
    expect(truncateToWidth('日本語テキスト', 6)).toBe('日本…');
    expect(truncateToWidth('日本語テキスト', 7)).toBe('日本語…');
    expect(truncateToWidth('short', 10)).toBe('short');
    expect(padEndToWidth('日本', 6)).toBe('日本  ');
    expect(displayWidth(padEndToWidth('🚀 go', 8))).toBe(8);
  });
});

describe('wrapText', () => {
  it('wraps by cells: a CJK word counts two a character', () => {
    const lines = wrapText('東京で会議 大阪 名古屋で会議', 10);
    expect(lines).toEqual(['東京で会議', '大阪', '名古屋で会', '議']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });

  it('cuts a word longer than a line between characters, never inside an emoji sequence', () => {
    expect(wrapText('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 5)).toEqual(['👨‍👩‍👧‍👦👨‍👩‍👧‍👦', '👨‍👩‍👧‍👦']);
    expect(wrapText('東京で会議を開きます', 7, '- ', '  ')).toEqual(['- 東京', '  で会', '  議を', '  開き', '  ます']);
  });

  it('keeps the indents, holds keepTogether words on one line and leaves colour out of the count', () => {
    expect(wrapText('aaa bbb ccc', 9, '- ', '  ')).toEqual(['- aaa bbb', '  ccc']);
    expect(wrapText(`for execs ${keepTogether('· Dana Lee')}`, 14)).toEqual(['for execs', '· Dana Lee']);
    expect(wrapText('\u001b[1mbold\u001b[0m word', 9)).toEqual(['\u001b[1mbold\u001b[0m word']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('leaves a long word whole when asked (mail), and never loses text', () => {
    const url = 'https://example.com/a/very/long/path/that/does/not/fit';
    expect(wrapText(`see ${url} now`, 20, '', '', { breakLongWords: false })).toEqual(['see', url, 'now']);
  });
});

/** The character shown at a 1-based display column. */
function cellAt(text: string, column: number): string | undefined {
  let at = 1;
  for (const cell of textCells(text)) {
    if (at === column) return cell.text;
    at += cell.width;
  }
  return undefined;
}

describe('clipAround', () => {
  it('clips ASCII as before: the column kept in view, "…" where text is cut', () => {
    expect(clipAround('short', 3, 20)).toEqual({ text: 'short', column: 3 });
    const line = 'a'.repeat(30) + 'X' + 'b'.repeat(30);
    const clipped = clipAround(line, 31, 20);
    expect(clipped.text.length).toBe(20);
    expect(clipped.text.charAt(clipped.column - 1)).toBe('X');
    expect(clipped.text.startsWith('…') && clipped.text.endsWith('…')).toBe(true);
  });

  it('cuts a one-cell-each line by arithmetic exactly as by its cells', () => {
    // Every line length, caret column and width in these ranges, the edges included.
    for (let length = 0; length <= 24; length += 1) {
      const line = Array.from({ length }, (_, index) => String.fromCharCode(97 + (index % 26))).join('');
      for (let column = 0; column <= length + 3; column += 1) {
        for (let width = -2; width <= length + 2; width += 1) {
          expect(clipUnits(line, column, width), `${length} ${column} ${width}`).toEqual(clipCells(line, column, width));
        }
      }
    }
  });

  it('puts the caret under the right character after CJK and emoji', () => {
    // "名前: 東京🚀 x": the x is at UTF-16 column 10 but display column 12.
    const line = '名前: 東京🚀 x';
    const { text, column } = clipAround(line, line.indexOf('x') + 1, 40);
    expect(text).toBe(line);
    expect(column).toBe(displayWidth(line.slice(0, line.indexOf('x'))) + 1);
    const long = `${'東京'.repeat(20)}x${'大阪'.repeat(20)}`;
    const clipped = clipAround(long, long.indexOf('x') + 1, 30);
    expect(displayWidth(clipped.text)).toBeLessThanOrEqual(30);
    expect(cellAt(clipped.text, clipped.column)).toBe('x');
  });
});
