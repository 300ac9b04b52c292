/**
 * The one measure of how wide text is on a terminal, in cells: CJK and fullwidth forms and
 * emoji take two, combining marks, joiners, variation selectors and ANSI escape sequences
 * none, a flag (two regional indicators) or a ZWJ family two in all. Written out rather than
 * taken from `string-width`, whose grapheme segmenter (Intl.Segmenter) costs ICU start-up in
 * every command that prints; the rules are the same as that package's for what plans hold.
 */

/** One user-perceived character (or one escape sequence) and the cells it takes. */
export interface TextCell {
  text: string;
  width: number;
  /** Where it starts in the string, in UTF-16 units. */
  start: number;
}

/** CSI (colours, cursor) and OSC (hyperlinks, titles) sequences: they take no room. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/y;
/**
 * The Unicode classes a cell is told by. Made on first use: a regular expression with
 * property escapes costs V8 a few million instructions to create (ICU builds each set), and
 * most runs measure only text the short cut below takes.
 */
interface UnicodeClasses {
  /** Marks, format characters, joiners, variation selectors, Hangul vowels and finals, controls: no cell of their own. */
  zeroWidth: RegExp;
  /** East Asian Wide and Fullwidth: Hangul, CJK, kana, fullwidth forms, and emoji shown as emoji by default. */
  wide: RegExp;
  pictographic: RegExp;
  regionalIndicator: RegExp;
  emojiModifier: RegExp;
  /** Characters that VS16 (U+FE0F) turns into a two-cell emoji: ❤️, ☀️, 1️⃣. */
  emoji: RegExp;
}
let classes: UnicodeClasses | undefined;
const unicodeClasses = (): UnicodeClasses =>
  (classes ??= {
    zeroWidth: /^(?:[\p{M}\p{Cf}\p{Cc}\u1160-\u11ff]|\p{Default_Ignorable_Code_Point})$/u,
    wide: /^(?:[\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{17000}-\u{18cff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]|\p{Emoji_Presentation})$/u,
    pictographic: /^\p{Extended_Pictographic}$/u,
    regionalIndicator: /^\p{Regional_Indicator}$/u,
    emojiModifier: /^\p{Emoji_Modifier}$/u,
    emoji: /^\p{Emoji}$/u,
  });
const ZWJ = '\u200d';
const VS16 = '\ufe0f';
/**
 * One cell per UTF-16 unit, with nothing that joins or widens: printable ASCII, Latin letters
 * (not the soft hyphen), dashes, quotes and arrows, and Herald's own marks (✔ ✖ ✗ ⚠): measured
 * without the Unicode classes above.
 */
const ONE_CELL_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2714\u2716\u2717\u26a0]*$/;

/** Whether every UTF-16 unit of `text` takes one cell: its width is its length, and any cut between units is clean. */
export function isOneCellEach(text: string): boolean {
  return ONE_CELL_EACH.test(text);
}

/** How many terminal cells `text` takes (one line; line breaks count as nothing). */
export function displayWidth(text: string): number {
  if (ONE_CELL_EACH.test(text)) return text.length;
  let width = 0;
  for (const cell of textCells(text)) width += cell.width;
  return width;
}

/**
 * `text` cut into the characters a person sees, each with its width: a base character and
 * the marks, modifiers and joined emoji that belong to it stay one cell, so no cut ever
 * splits an accent from its letter or a family emoji into its members.
 */
export function textCells(text: string): TextCell[] {
  const unicode = unicodeClasses();
  const cells: TextCell[] = [];
  let index = 0;
  let previous: (TextCell & { joinable: boolean; flagHalf: boolean; last: string }) | null = null;
  while (index < text.length) {
    ANSI.lastIndex = index;
    const escape = ANSI.exec(text);
    if (escape !== null) {
      cells.push({ text: escape[0], width: 0, start: index });
      index += escape[0].length;
      previous = null;
      continue;
    }
    const point = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const start = index;
    index += point.length;
    if (previous !== null) {
      const joinsEmoji = previous.last === ZWJ && unicode.pictographic.test(point);
      const pairsFlag = previous.flagHalf && unicode.regionalIndicator.test(point);
      if (unicode.zeroWidth.test(point) || unicode.emojiModifier.test(point) || joinsEmoji || pairsFlag) {
        previous.text += point;
        previous.last = point;
        previous.flagHalf = false;
        // VS16 asks for emoji presentation: a text-default emoji (❤, ☀, a keycap's digit) widens.
        if (point === VS16 && previous.joinable) previous.width = 2;
        const cell = cells[cells.length - 1];
        if (cell !== undefined) {
          cell.text = previous.text;
          cell.width = previous.width;
        }
        continue;
      }
    }
    const width = unicode.zeroWidth.test(point) ? 0 : unicode.wide.test(point) ? 2 : 1;
    cells.push({ text: point, width, start });
    previous = {
      text: point,
      width,
      start,
      joinable: unicode.emoji.test(point),
      flagHalf: unicode.regionalIndicator.test(point),
      last: point,
    };
  }
  return cells;
}

/** Cuts `text` to `width` cells, ending in "…" when cut; a wide character never half-shown. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const room = width <= 1 ? width : width - 1;
  let taken = '';
  let used = 0;
  for (const cell of textCells(text)) {
    if (used + cell.width > room) break;
    taken += cell.text;
    used += cell.width;
  }
  return width <= 1 ? taken : `${taken}…`;
}

/** `text` followed by spaces up to `width` cells (no spaces when it is already that wide). */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
