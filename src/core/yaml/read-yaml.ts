import jsyaml from 'js-yaml';
import type { Finding } from '../plan/diagnostics.js';
import { entryOf, SourcePositions } from './positions.js';
import { sourceNode, type SourceNode } from './source-map.js';
import { DEFAULT_SYNTAX_HINT } from './syntax-errors.js';

/**
 * Reading YAML fast while keeping every node's position.
 *
 * js-yaml parses several times faster than `yaml`'s `parseDocument` but keeps no positions.
 * Its `listener` option reports each node as it opens and closes, with the parser's offset;
 * from those events we build a parallel tree of positions (SourceNode) in the same pass.
 * js-yaml stops at the first syntax error: reading is synchronous and reports that one, and
 * listSyntaxErrors (syntax-errors.ts) reads a file that does not parse again with `yaml`,
 * loaded only then, to list every syntax error with its position.
 */

/** Plans are a few levels deep; anything deeper is an attack or an accident. */
export const MAX_DEPTH = 64;
/** Aliases may share data but not multiply it (the "billion laughs"). */
export const MAX_EXPANDED_NODES = 1_000_000; // "a million" in the message
/**
 * Nor may they multiply text: one long string aliased many times is few nodes but too many
 * characters for the outputs (a JSON or HTML page of it passes V8's string limit). Four times
 * the largest plan Herald reads (5 MB), so only amplification meets it.
 */
export const MAX_EXPANDED_CHARACTERS = 20_000_000; // "20 million" in the message

export type YamlReadResult =
  | { ok: true; data: unknown; positions: SourcePositions }
  /** `syntaxError`: js-yaml's first syntax error, alone in `findings`; listSyntaxErrors finds them all. */
  | { ok: false; findings: Finding[]; syntaxError?: Finding };

class LimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly hint: string,
  ) {
    super(message);
  }
}

export function readYaml(text: string, options: { positions?: 'recorded' | 'on-demand' } = {}): YamlReadResult {
  if (options.positions === 'on-demand') {
    const plain = readPlain(text);
    if (plain !== undefined) return plain;
  }
  try {
    return readWithPositions(text);
  } catch (error) {
    if (error instanceof LimitError) {
      return {
        ok: false,
        findings: [{ rule: 'yaml-limits', severity: 'error', message: error.message, hint: error.hint, offset: error.offset }],
      };
    }
    if (error instanceof jsyaml.YAMLException) {
      const syntaxError = firstSyntaxError(error);
      return { ok: false, findings: [syntaxError], syntaxError };
    }
    if (error instanceof RangeError) {
      return { ok: false, findings: [tooDeep(0)] };
    }
    throw error;
  }
}

/**
 * Plans this small cannot reach the limits without aliases: a node takes at least a quarter
 * of a character (keys and values, and js-yaml's extra level for a flow collection), so a
 * million nodes need more text than this, and their text is no longer than the file's.
 */
const PLAIN_MAX_CHARACTERS = 200_000;
/** Nested no deeper than this, a plan's data is far from MAX_DEPTH parser levels (at most two per level, and the document's). */
const PLAIN_MAX_DEPTH = 16;

/**
 * js-yaml's load alone, with positions recorded (by reading the text again with the
 * listener) only if something asks for them: for the plans of a workspace that a view reads,
 * which are placed only when they have errors. Only a text without anchors (mayHoldAnchors,
 * so no aliases), short, and not deeply nested is read so; anything else, and anything the
 * load refuses, is left to readWithPositions, whose answer this one always equals.
 */
function readPlain(text: string): YamlReadResult | undefined {
  if (text.length > PLAIN_MAX_CHARACTERS || mayHoldAnchors(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!shallowerThan(data, PLAIN_MAX_DEPTH)) return undefined;
  let recorded: SourcePositions | undefined;
  const positions = (): SourcePositions => {
    if (recorded === undefined) {
      const read = readWithPositions(text);
      if (!read.ok) throw new Error('The text read without positions does not read with them');
      recorded = read.positions;
    }
    return recorded;
  };
  return {
    ok: true,
    data,
    positions: new SourcePositions(
      text,
      () => positions().tree,
      (key) => positions().entryOnly(key).tree,
    ),
  };
}

/** Whether data without aliases (a tree) nests fewer than `levels` collections deep. */
function shallowerThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (levels === 0) return false;
  for (const child of Array.isArray(value) ? value : Object.values(value)) if (!shallowerThan(child, levels - 1)) return false;
  return true;
}

/**
 * The parser's events, recorded flat: `events` holds each event's offset, an open one as
 * `~offset` (negative), a close one as itself; `results` holds each close's value, in order.
 */
interface ParserRecord {
  events: Int32Array;
  results: unknown[];
}

/**
 * Where the listener records, reused from one read to the next (reads are synchronous and never
 * nested) and copied out at the exact size at the end: recording into fresh arrays grown a push
 * at a time made a third of the memory a plan's read allocates.
 */
const SCRATCH_KEPT = 65_536;
/**
 * Made small and grown as texts need: a run that reads one plan should not pay for the room a
 * workspace's plans take (a fresh page of memory costs more than filling it, on a virtual machine).
 */
const SCRATCH_FIRST = 4_096;
let scratchEvents = new Int32Array(SCRATCH_FIRST);
const scratchResults: unknown[] = [];

function readWithPositions(text: string): YamlReadResult {
  // The parser's events, recorded flat and cheaply; the tree of positions is built from them
  // only when a diagnostic needs a line and column (a valid plan never does).
  let eventCount = 0;
  let closeCount = 0;
  // Nodes each open collection stands for once aliases are expanded, to stop alias bombs.
  const sizes: number[] = [0];
  const anchoredSize = new Map<unknown, number>();
  // Characters of text each open collection stands for, the same way.
  const characters: number[] = [0];
  const anchoredCharacters = new Map<unknown, number>();

  // A short text without anchors (mayHoldAnchors), so without aliases, cannot reach the size
  // limits (see PLAIN_MAX_CHARACTERS): only its depth is watched, and the events recorded.
  let depth = 0;
  const plainListener = (event: 'open' | 'close', state: jsyaml.State): void => {
    if (eventCount === scratchEvents.length) scratchEvents = doubled(scratchEvents);
    if (event === 'open') {
      scratchEvents[eventCount++] = ~state.position;
      if (depth >= MAX_DEPTH) throw new LimitError(...tooDeepParts(state.position));
      depth += 1;
      return;
    }
    scratchEvents[eventCount++] = state.position;
    scratchResults[closeCount++] = state.result;
    depth -= 1;
  };

  const listener = (event: 'open' | 'close', state: jsyaml.State & { kind?: string | null; anchor?: string | null }): void => {
    if (eventCount === scratchEvents.length) scratchEvents = doubled(scratchEvents);
    if (event === 'open') {
      scratchEvents[eventCount++] = ~state.position;
      if (sizes.length > MAX_DEPTH) throw new LimitError(...tooDeepParts(state.position));
      sizes.push(1);
      characters.push(0);
      return;
    }
    scratchEvents[eventCount++] = state.position;
    const result: unknown = state.result;
    scratchResults[closeCount++] = result;
    let size = sizes.pop() ?? 1;
    let chars = characters.pop() ?? 0;
    if (typeof result === 'string') chars = result.length;
    // An alias leaves the kind unset and hands back the anchored value itself.
    if (state.kind === null && typeof result === 'object' && result !== null) {
      size = anchoredSize.get(result) ?? 1;
      chars = anchoredCharacters.get(result) ?? 0;
    } else if (state.anchor !== null && state.anchor !== undefined) {
      anchoredSize.set(result, size);
      anchoredCharacters.set(result, chars);
    }
    if (size > MAX_EXPANDED_NODES) {
      throw new LimitError(
        `Aliases here expand the plan to more than a million nodes`,
        state.position,
        'Anchors (&name) and aliases (*name) may share a value, not multiply it: write the values out instead.',
      );
    }
    sizes[sizes.length - 1] = (sizes[sizes.length - 1] ?? 0) + size;
    const total = (characters[characters.length - 1] ?? 0) + chars;
    if (total > MAX_EXPANDED_CHARACTERS) {
      throw new LimitError(
        'Aliases here expand the plan to more than 20 million characters of text',
        state.position,
        'Anchors (&name) and aliases (*name) may share a value, not multiply it: write the values out instead.',
      );
    }
    characters[characters.length - 1] = total;
  };

  let record: ParserRecord;
  let data: unknown;
  try {
    const plain = text.length <= PLAIN_MAX_CHARACTERS && !mayHoldAnchors(text);
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, listener: plain ? plainListener : listener });
    record = { events: scratchEvents.slice(0, eventCount), results: scratchResults.slice(0, closeCount) };
  } finally {
    // The scratch keeps its room, not this text's values (nor the room a very large text took).
    scratchResults.fill(undefined, 0, closeCount);
    if (scratchEvents.length > SCRATCH_KEPT) scratchEvents = new Int32Array(SCRATCH_KEPT);
    if (scratchResults.length > SCRATCH_KEPT) scratchResults.length = 0;
  }
  return {
    ok: true,
    data,
    positions: new SourcePositions(
      text,
      () => buildSourceMap(text, record),
      (key) => buildEntrySourceMap(text, record, key),
    ),
  };
}

/**
 * The children read so far of the collections still open while replaying, flat: each open
 * collection's children are the entries from its `base` to the end, and closing it replaces
 * them with the collection itself. No object is made per node but its SourceNode.
 */
interface ReadChildren {
  start: number[];
  result: unknown[];
  isKey: boolean[];
  node: SourceNode[];
  length: number;
}

/** Replays the parser's events (those from `from` to `to`, the first close's value at `firstResult`) into the tree of positions. */
function buildSourceMap(text: string, record: ParserRecord, from = 0, to = record.events.length, firstResult = 0): SourceNode {
  const { events, results } = record;
  const children: ReadChildren = { start: [], result: [], isKey: [], node: [], length: 0 };
  // The open collections (the document's root first): where each opened, and where its children begin.
  const opens: number[] = [0];
  const bases: number[] = [0];
  let next = firstResult;
  for (let index = from; index < to; index += 1) {
    const event = events[index]!;
    if (event < 0) {
      opens.push(~event);
      bases.push(children.length);
      continue;
    }
    const position = event;
    const result = results[next++];
    // A close with no collection open but the root's: nothing after it reaches the root.
    if (opens.length < 2) break;
    const open = opens.pop()!;
    const base = bases.pop()!;
    let start = skipBlank(text, open);
    if (start >= position) start = open;
    const node = buildNode(start, result, children, base);
    const at = base;
    children.start[at] = start;
    children.result[at] = result;
    children.isKey[at] = followedByColon(text, position);
    children.node[at] = node;
    children.length = at + 1;
  }
  return children.length > 0 ? children.node[children.length - 1]! : { start: 0 };
}

/**
 * The tree of positions with only the document's entry at `key` (as entryOf would cut it from
 * the whole tree), replaying only that entry's events: the other entries' nodes are never
 * built. A document whose shape is not the plain one (a top-level mapping of two or more
 * entries) is replayed whole and cut.
 */
function buildEntrySourceMap(text: string, record: ParserRecord, key: string): SourceNode {
  const { events, results } = record;
  const whole = () => entryOf(buildSourceMap(text, record), key);
  // Events of the document (depth 1) and of its children (depth 2), as buildSourceMap pairs them.
  let depth = 0;
  let documentOpen = -1;
  let documentClose = -1;
  let documentResult = -1;
  let childOpen = -1;
  let childFirstResult = -1;
  let children = 0;
  let keyStart = -1;
  let valueFrom = -1;
  let valueTo = -1;
  let valueFirstResult = -1;
  // Closes seen so far: the index in `results` of the next close's value.
  let closes = 0;
  // The previous child was `key` (a key), so this one, unless it is a key itself, is its value.
  let afterKey = false;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]!;
    if (event < 0) {
      depth += 1;
      if (depth === 1) {
        // A second document-level node: not the plain shape.
        if (documentOpen !== -1) return whole();
        documentOpen = i;
      } else if (depth === 2) {
        childOpen = i;
        childFirstResult = closes;
      }
      continue;
    }
    const result = results[closes];
    if (depth === 2) {
      children += 1;
      const isKey = followedByColon(text, event);
      if (afterKey && !isKey) {
        valueFrom = childOpen;
        valueTo = i;
        valueFirstResult = childFirstResult;
      }
      afterKey = isKey && String(result) === key;
      if (afterKey) {
        keyStart = nodeStart(text, ~events[childOpen]!, event);
        valueFrom = -1;
      }
    } else if (depth === 1) {
      documentClose = i;
      documentResult = closes;
    }
    closes += 1;
    depth -= 1;
  }
  const document = documentClose === -1 ? undefined : results[documentResult];
  if (typeof document !== 'object' || document === null || Array.isArray(document) || children < 2) return whole();
  const start = nodeStart(text, ~events[documentOpen]!, events[documentClose]!);
  if (keyStart === -1 || !Object.prototype.hasOwnProperty.call(document, key)) return { start };
  // A key with no value node after it stands for its value, as buildNode pairs them.
  const value: SourceNode = valueFrom === -1 ? { start: keyStart } : buildSourceMap(text, record, valueFrom, valueTo + 1, valueFirstResult);
  value.keyStart = keyStart;
  return { start, children: new Map([[key, value]]) };
}

/** Where a node's own text begins: after the blanks and comments before it, unless it is empty. */
function nodeStart(text: string, open: number, close: number): number {
  const start = skipBlank(text, open);
  return start >= close ? open : start;
}

/** Pairs the children that the parser reported (from `base` on) with the keys and items of the collection. */
function buildNode(start: number, result: unknown, children: ReadChildren, base: number): SourceNode {
  const node = sourceNode(start);
  const end = children.length;
  if (typeof result !== 'object' || result === null || end === base) return node;
  // js-yaml tries a block mapping first and, when no colon follows, keeps what it read as
  // the "key": the one child is then this very collection.
  if (end - base === 1 && children.result[base] === result) return children.node[base]!;
  const map = new Map<string | number, SourceNode>();
  if (Array.isArray(result)) {
    let next = base;
    result.forEach((item, index) => {
      if (next < end && Object.is(children.result[next], item)) {
        map.set(index, children.node[next]!);
        next += 1;
      }
    });
  } else {
    for (let i = base; i < end; i += 1) {
      if (!children.isKey[i]) continue;
      const key = String(children.result[i]);
      const hasValue = i + 1 < end && !children.isKey[i + 1];
      const valueAt = i + 1;
      if (hasValue) i += 1;
      if (!Object.prototype.hasOwnProperty.call(result, key)) continue;
      const valueNode: SourceNode = hasValue ? children.node[valueAt]! : sourceNode(children.start[valueAt - 1]!);
      valueNode.keyStart = children.start[valueAt - 1]!;
      map.set(key, valueNode);
    }
  }
  node.children = map;
  return node;
}

/** Skips spaces, line breaks and comments: where a node's own text begins. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0xfeff) {
      i += 1;
    } else if (ch === 0x23 /* # starts a comment here, after a blank */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i += 1;
    } else {
      break;
    }
  }
  return i;
}

/** A mapping key is the node followed, on the same line, by a colon. */
function followedByColon(text: string, offset: number): boolean {
  let i = offset;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i += 1;
  return text.charCodeAt(i) === 0x3a;
}

function tooDeepParts(offset: number): [string, number, string] {
  return [
    `The plan is nested more than ${MAX_DEPTH} levels deep`,
    offset,
    'A Herald plan needs four or five levels; check for runaway brackets or indentation.',
  ];
}

function tooDeep(offset: number): Finding {
  const [message, , hint] = tooDeepParts(offset);
  return { rule: 'yaml-limits', severity: 'error', message, hint, offset };
}

function firstSyntaxError(error: jsyaml.YAMLException): Finding {
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: capitalise(error.reason ?? 'the YAML could not be read'),
    hint: DEFAULT_SYNTAX_HINT,
    offset: error.mark?.position ?? 0,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether the text may hold an anchor (and so aliases): an `&` where a node's properties can
 * start, after a line's start, a space, a flow indicator, or the `:` of a JSON-like key in flow
 * (`{"a":&x 1}`). An `&` inside a word ("Q&A") cannot start one.
 */
export function mayHoldAnchors(text: string): boolean {
  // includes() first: most plans have no `&` at all, and it is many times faster than the pattern.
  return text.includes('&') && /(?:^|[\s[\]{},:])&/m.test(text);
}

/** The events' scratch grown to twice its room, what it holds kept. */
function doubled(events: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(events.length * 2);
  grown.set(events);
  return grown;
}
