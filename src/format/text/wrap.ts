/** The one word wrapper, for every text Herald lays out to a width: terminal views, help, mail bodies. */
import { displayWidth, isOneCellEach, textCells } from './width.js';

export interface WrapOptions {
  /**
   * A word longer than a line (a long URL): cut across lines (the default, for a terminal),
   * or left whole on a line of its own (mail, whose lines may be up to 998 characters).
   */
  breakLongWords?: boolean;
}

/** Spaces to break at: any white space but a no-break space. */
const BREAK = /[^\S\u00a0]+/;
/** What keepTogether puts between words: a private-use character, a space again once wrapped. */
const GLUE = '\ue000';

/**
 * Wraps `text` at spaces so that no line is wider than `width` terminal cells (displayWidth:
 * CJK and emoji count two), the first line starting with `indent` and the others with
 * `hanging` (default: the same). A word longer than a line is cut between characters, never
 * inside one. No-break spaces and keepTogether hold words together.
 */
export function wrapText(text: string, width: number, indent = '', hanging = indent, options: WrapOptions = {}): string[] {
  const breakLongWords = options.breakLongWords ?? true;
  // Measured once for the whole text when each unit is one cell (most text): a long message
  // (the plans behind an overloaded week) has thousands of words.
  const measure = isOneCellEach(text) ? (word: string): number => word.length : displayWidth;
  const lines: string[] = [];
  let line = indent;
  let used = displayWidth(indent);
  const hangingWidth = displayWidth(hanging);
  let empty = true;
  const push = (): void => {
    lines.push(line);
    line = hanging;
    used = hangingWidth;
    empty = true;
  };
  const add = (word: string, wordWidth: number): void => {
    line += (empty ? '' : ' ') + word;
    used += (empty ? 0 : 1) + wordWidth;
    empty = false;
  };
  for (const word of text.split(BREAK).filter((w) => w !== '')) {
    const wordWidth = measure(word);
    if (!empty && used + 1 + wordWidth > width) push();
    if (used + (empty ? 0 : 1) + wordWidth <= width || !breakLongWords) {
      add(word, wordWidth);
      continue;
    }
    // Longer than a line (and the line is fresh): as many characters as fit, the rest below.
    let cells = textCells(word);
    while (cells.length > 0) {
      const room = width - used;
      let taken = 0;
      let takenWidth = 0;
      while (taken < cells.length && takenWidth + (cells[taken]?.width ?? 0) <= room) takenWidth += cells[taken++]?.width ?? 0;
      // No room at all after the indent: the rest overflows rather than wrapping for ever.
      if (room < 1) taken = cells.length;
      // A wide character in a one-cell room: it overflows by one rather than never being placed.
      if (taken === 0) taken = 1;
      const piece = cells.slice(0, taken);
      add(
        piece.map((cell) => cell.text).join(''),
        piece.reduce((sum, cell) => sum + cell.width, 0),
      );
      cells = cells.slice(taken);
      if (cells.length > 0) push();
    }
  }
  if (!empty || lines.length === 0) lines.push(line);
  const glued = text.includes(GLUE) || indent.includes(GLUE) || hanging.includes(GLUE);
  return glued ? lines.map((wrapped) => wrapped.replaceAll(GLUE, ' ')) : lines;
}

/** Words that wrapText keeps on one line ("· Dana Lee"), unless they are longer than a line. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, GLUE);
}
