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
