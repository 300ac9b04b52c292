import type { DataPath } from '../plan/diagnostics.js';
import { LineCounter } from './line-counter.js';
import { packSourceTree, unpackSourceTree, type SourceNode } from './source-map.js';

/** A 1-based line and column in a plan's text. */
export interface Place {
  line: number;
  column: number;
}

/**
 * Where things are in a plan's text: a node of its data by path, or a character offset, as a
 * line and column. The one answer to "where is this?" for diagnostics and for the text
 * surgery of `track`. Its tree of nodes and its line table are built when first asked for:
 * a valid plan needs neither.
 */
export class SourcePositions {
  private builtTree: SourceNode | undefined;
  private builtLines: LineCounter | undefined;
  /** The text; undefined while it is not kept (see entryOnly), then read again if asked for. */
  private keptText: string | undefined;
  private readText: (() => string) | undefined;
  private readonly textLength: number;

  /**
   * `buildTree` replays the parser's record into the tree; without one (a text that did not
   * parse) every path is at the start. `buildEntry` replays only one top-level entry's part
   * of it (see `entryOnly`).
   */
  constructor(
    text: string,
    private readonly buildTree: () => SourceNode = () => ({ start: 0 }),
    private readonly buildEntry?: (key: string) => SourceNode,
  ) {
    this.keptText = text;
    this.textLength = text.length;
  }

  /** The text the positions are in. */
  get text(): string {
    this.keptText ??= this.readText?.() ?? '';
    return this.keptText;
  }

  /**
   * The same positions for the paths under one top-level key (`channels`), every other path
   * landing on the root: what a caller keeps of many plans. The rest of the tree is dropped,
   * or, when it has not been built yet, never built. With `readText` the text is not kept
   * either: its line table is built now, and the text is read again (`readText`, which must
   * give the same text) only if something asks for it; placing a finding does not.
   */
  entryOnly(key: string, readText?: () => string): SourcePositions {
    const root = this.builtTree === undefined && this.buildEntry !== undefined ? this.buildEntry(key) : entryOf(this.tree, key);
    // Kept packed when the text is not kept either (many plans), and unpacked when asked for.
    const entry = new SourcePositions(this.text, readText === undefined ? () => root : packedTree(root));
    if (readText !== undefined) {
      entry.builtLines = this.lines;
      entry.keptText = undefined;
      entry.readText = readText;
    }
    return entry;
  }

  /** Each node's start (and its key's): what `track` reads to find where entries begin and end. */
  get tree(): SourceNode {
    this.builtTree ??= this.buildTree();
    return this.builtTree;
  }

  get lines(): LineCounter {
    this.builtLines ??= new LineCounter(this.text);
    return this.builtLines;
  }

  /** The line and column of the node at `path` (its key, with `at: 'key'`); see `offsetOf` for a path the text lacks. */
  locate(path: DataPath, at: 'key' | 'value' = 'value'): Place {
    return this.place(this.offsetOf(path, at));
  }

  /**
   * The offset of the deepest node on `path` that the text has. A path to something missing
   * (a required key) lands on its parent, which is where a user would add it.
   */
  offsetOf(path: DataPath, at: 'key' | 'value' = 'value'): number {
    let node = this.tree;
    for (const segment of path) {
      const child = node.children?.get(segment);
      if (child === undefined) return node.start;
      node = child;
    }
    return at === 'key' && node.keyStart !== undefined ? node.keyStart : node.start;
  }

  /** The line and column of a character offset (one past the end counts as the end). */
  place(offset: number): Place {
    return this.lines.position(Math.min(offset, this.textLength));
  }
}

/**
 * A tree kept packed, unpacked when asked for. Made here, not where the tree is at hand: a
 * closure there would share that function's scope, and keep the tree itself alive with it.
 */
function packedTree(root: SourceNode): () => SourceNode {
  const packed = packSourceTree(root);
  return () => unpackSourceTree(packed);
}

/** A root with only its child at `key` (when it has one). */
export function entryOf(root: SourceNode, key: string): SourceNode {
  const child = root.children?.get(key);
  return { start: root.start, ...(child === undefined ? {} : { children: new Map([[key, child]]) }) };
}
