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

/** `texts()` batched into pieces, then what `after()` gives: a view, and what follows it. */
export function batchedThen(texts: () => Iterable<string>, after: () => string = () => ''): TextPieces {
  return {
    *pieces() {
      yield* batched(texts());
      yield after();
    },
  };
}

/** Each item's text, `separator` before each after the first: a list to give to `batched`. */
export function* joinedTexts<T>(items: Iterable<T>, text: (item: T) => string, separator: string): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? text(item) : separator + text(item);
    first = false;
  }
}

/**
 * Many short texts put together into pieces of about `PIECE_LENGTH` characters (a longer text
 * is a piece of its own), so that a long output is written a piece at a time without being
 * one string, nor a system call for each row.
 */
export function* batched(texts: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const text of texts) {
    batch.push(text);
    length += text.length;
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
