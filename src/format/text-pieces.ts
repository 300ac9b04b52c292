/**
 * An output too long to hold as one string, given a piece at a time: a year's schedule across
 * 500 plans as JSON is some 23 MB. Built whole, its rows, their join and the final string are
 * each that much fresh memory (on a VM, a page fault every 4 KB); a piece written as soon as it
 * is made lives and dies in the young generation, which reuses its pages.
 */
export interface TextPieces {
  /** The text in order; each call starts again from the beginning. */
  pieces(): Iterable<string>;
}

/** What a formatter returns: a whole text, or one given in pieces. */
export type OutputText = string | TextPieces;

/** The whole text (for a test, or a caller that needs one string). */
export function wholeText(output: OutputText): string {
  return typeof output === 'string' ? output : [...output.pieces()].join('');
}

/** The pieces of either kind of output: a whole text is one piece. */
export function piecesOf(output: OutputText): Iterable<string> {
  return typeof output === 'string' ? [output] : output.pieces();
}

/**
 * Joins `items` into pieces of about `PIECE_LENGTH` characters, `separator` between items
 * (across the pieces too), so a long list is written without being one string.
 */
export function* joinedPieces<T>(items: Iterable<T>, text: (item: T) => string, separator: string): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  let first = true;
  for (const item of items) {
    const itemText = text(item);
    // The separator goes before each item after the first, so a piece may begin with one.
    batch.push(first ? itemText : separator + itemText);
    first = false;
    length += itemText.length + separator.length;
    if (length >= PIECE_LENGTH) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/**
 * Characters in a piece: well under V8's largest ordinary object (128 KB; a larger string is
 * put straight into fresh pages of its own), and large enough that writing it is one system call.
 */
const PIECE_LENGTH = 32 * 1024;
