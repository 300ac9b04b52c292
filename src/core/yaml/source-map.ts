import type { DataPath } from '../plan/diagnostics.js';

/**
 * Where one node of the plan's data sits in its file. Only collections have children:
 * mapping values by key, sequence items by index.
 */
export interface SourceNode {
  /** Offset of the node's first character (its anchor or tag, if any). */
  start: number;
  /** Offset of the key, when this node is the value of a mapping entry. */
  keyStart?: number;
  children?: Map<string | number, SourceNode>;
}

/**
 * The offset of the deepest node on `path` that the file has. A path to something missing
 * (a required key) lands on its parent, which is where a user would add it.
 */
export function locateOffset(root: SourceNode, path: DataPath, at: 'key' | 'value' = 'value'): number {
  let node = root;
  for (const segment of path) {
    const child = node.children?.get(segment);
    if (child === undefined) return node.start;
    node = child;
  }
  return at === 'key' && node.keyStart !== undefined ? node.keyStart : node.start;
}
