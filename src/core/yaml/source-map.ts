/**
 * Where one node of the plan's data sits in its file. Only collections have children:
 * mapping values by key, sequence items by index. Read through SourcePositions (positions.ts).
 */
export interface SourceNode {
  /** Offset of the node's first character (its anchor or tag, if any). */
  start: number;
  /** Offset of the key, when this node is the value of a mapping entry. */
  keyStart?: number;
  children?: Map<string | number, SourceNode>;
}
