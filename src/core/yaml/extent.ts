/**
 * Where a YAML node ends, found from where it starts. The position tree of read-yaml.ts
 * gives every node's start only (js-yaml reports no ends); `herald track` also needs the end
 * of the last measurement, and finding it by scanning the text costs nothing, where loading
 * `yaml`'s parseDocument just for that would double the command's run time.
 */
import type { SourceNode } from './source-map.js';

/**
 * The offset of the bracket that closes the flow collection opened at `open` (`[` or `{`),
 * or -1. Quoted scalars and comments are skipped; a quote inside a plain scalar (`it's`)
 * does not start one.
 */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '[' || ch === '{') depth += 1;
    else if (ch === ']' || ch === '}') {
      depth -= 1;
      if (depth === 0) return i;
    } else if ((ch === '"' || ch === "'") && startsScalar(text, i)) {
      i = closingQuote(text, i);
      if (i === -1) return -1;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      if (end === -1) return -1;
      i = end;
    }
  }
  return -1;
}

/** A quote opens a quoted scalar only where a scalar can begin. */
function startsScalar(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i -= 1;
  return i < 0 || '[{,:'.includes(text[i] ?? '');
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return -1;
}

/** The start of the last node inside `node`, descending through the last child each time. */
export function lastDescendantStart(node: SourceNode): number {
  let current = node;
  let start = node.start;
  for (;;) {
    const children = current.children;
    if (children === undefined || children.size === 0) return start;
    let last: SourceNode | undefined;
    for (const child of children.values()) if (last === undefined || child.start >= last.start) last = child;
    if (last === undefined) return start;
    start = Math.max(start, last.start);
    current = last;
  }
}

/**
 * The start of the line after the last line of a block entry that starts at `start` and
 * ends before `limit` (the next top-level key, or the end of the text): blank lines and
 * comment lines at its end are not part of it, unless they sit inside a block scalar
 * (`|` or `>`) that the entry ends with, where a `#` line is text.
 */
export function lineAfterBlockEntry(text: string, entry: SourceNode, limit: number): number {
  const lastStart = lastDescendantStart(entry);
  const blockScalar = text[lastStart] === '|' || text[lastStart] === '>';
  const scalarIndent = indentOf(text, lineStartOf(text, lastStart));
  const regionEnd = limit >= text.length ? text.length : lineStartOf(text, limit);
  let lineStart = lineStartOf(text, Math.max(0, regionEnd - 1));
  const entryLine = lineStartOf(text, entry.start);
  while (lineStart > entryLine) {
    const line = text.slice(lineStart, lineEndOf(text, lineStart)).replace(/\r$/, '');
    const trimmed = line.trim();
    const trailing = trimmed === '' || (trimmed.startsWith('#') && (!blockScalar || indentOf(line, 0) <= scalarIndent));
    if (!trailing) break;
    lineStart = lineStartOf(text, lineStart - 1);
  }
  return nextLineStart(text, lineStart);
}

/**
 * Where the document ends: the start of its `...` end-marker line, or the end of the text.
 * What follows the marker (comments, blank lines) is no part of the plan, so new lines go
 * before it.
 */
export function documentEnd(text: string): number {
  const marker = /^\.\.\.(?=[ \t]*(#|\r?$))/m.exec(text);
  return marker === null ? text.length : marker.index;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const index = text.indexOf('\n', offset);
  return index === -1 ? text.length : index;
}

/** The start of the line after the one holding `offset`, or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  const lineEnd = lineEndOf(text, offset);
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i += 1;
  return i - lineStart;
}
