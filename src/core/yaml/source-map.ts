import { sharedString } from '../words/share-strings.js';

/**
 * Where one node of the plan's data sits in its file. Only collections have children:
 * mapping values by key, sequence items by index. Read through SourcePositions (positions.ts).
 */
export interface SourceNode {
  /** Offset of the node's first character (its anchor or tag, if any). */
  start: number;
  /** Offset of the key, when this node is the value of a mapping entry. */
  keyStart?: number | undefined;
  children?: Map<string | number, SourceNode> | undefined;
}

/**
 * A node made with room for all three fields: setting a key's start or children on a node made
 * as `{ start }` moves them to a separate property store, and a workspace keeps thousands.
 */
export function sourceNode(start: number): SourceNode {
  return { start, keyStart: undefined, children: undefined };
}

/**
 * A tree of positions packed flat, for keeping: each node, depth first, as its start, its key's
 * start (-1 for none) and its number of children, with the children's keys in order beside.
 * A workspace keeps one part of each plan's tree for the run (see SourcePositions.entryOnly);
 * as nodes and maps it was most of what each plan kept.
 */
export interface PackedSourceTree {
  numbers: Int32Array;
  keys: ReadonlyArray<string | number>;
}

export function packSourceTree(root: SourceNode): PackedSourceTree {
  const numbers: number[] = [];
  const keys: Array<string | number> = [];
  const visit = (node: SourceNode): void => {
    numbers.push(node.start, node.keyStart ?? -1, node.children?.size ?? 0);
    for (const [key, child] of node.children ?? []) {
      keys.push(typeof key === 'string' ? sharedString(key, sharedKeys) : key);
      visit(child);
    }
  };
  visit(root);
  return { numbers: Int32Array.from(numbers), keys };
}

export function unpackSourceTree({ numbers, keys }: PackedSourceTree): SourceNode {
  let at = 0;
  let key = 0;
  const read = (): SourceNode => {
    const node = sourceNode(numbers[at]!);
    const keyStart = numbers[at + 1]!;
    const count = numbers[at + 2]!;
    at += 3;
    if (keyStart !== -1) node.keyStart = keyStart;
    if (count > 0) {
      const children = new Map<string | number, SourceNode>();
      for (let i = 0; i < count; i += 1) {
        const name = keys[key++]!;
        children.set(name, read());
      }
      node.children = children;
    }
    return node;
  };
  return read();
}

/** One string for each key name ("cadence", "id"), however many plans' trees are kept. */
const sharedKeys = new Map<string, string>();
