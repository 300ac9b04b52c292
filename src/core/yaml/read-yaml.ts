import jsyaml from 'js-yaml';
import type { Finding } from '../plan/diagnostics.js';
import { explainSyntaxError } from './explain-text.js';
import type { SourceNode } from './source-map.js';

/**
 * Reading YAML fast while keeping every node's position.
 *
 * js-yaml parses several times faster than `yaml`'s `parseDocument` but keeps no positions.
 * Its `listener` option reports each node as it opens and closes, with the parser's offset;
 * from those events we build a parallel tree of positions (SourceNode) in the same pass.
 * js-yaml stops at the first syntax error, so a file that does not parse is read again with
 * `yaml`, loaded only then, which lists every syntax error with its position.
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

export type YamlReadResult = { ok: true; data: unknown; sourceMap: SourceNode } | { ok: false; findings: Finding[] };

interface Frame {
  open: number;
  children: ReadNode[];
}

interface ReadNode {
  start: number;
  result: unknown;
  isKey: boolean;
  node: SourceNode;
}

class LimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly hint: string,
  ) {
    super(message);
  }
}

export async function readYaml(text: string): Promise<YamlReadResult> {
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
      return { ok: false, findings: await listSyntaxErrors(text, error) };
    }
    if (error instanceof RangeError) {
      return { ok: false, findings: [tooDeep(0)] };
    }
    throw error;
  }
}

function readWithPositions(text: string): YamlReadResult {
  // The parser's events, recorded flat and cheaply; the tree of positions is built from them
  // only when a diagnostic needs a line and column (a valid plan never does).
  const positions: number[] = [];
  const results: unknown[] = [];
  // Nodes each open collection stands for once aliases are expanded, to stop alias bombs.
  const sizes: number[] = [0];
  const anchoredSize = new Map<unknown, number>();
  // Characters of text each open collection stands for, the same way.
  const characters: number[] = [0];
  const anchoredCharacters = new Map<unknown, number>();

  const listener = (event: 'open' | 'close', state: jsyaml.State & { kind?: string | null; anchor?: string | null }): void => {
    positions.push(state.position);
    if (event === 'open') {
      if (sizes.length > MAX_DEPTH) throw new LimitError(...tooDeepParts(state.position));
      results.push(OPEN);
      sizes.push(1);
      characters.push(0);
      return;
    }
    const result: unknown = state.result;
    results.push(result);
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

  const data: unknown = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, listener });
  let sourceMap: SourceNode | undefined;
  return {
    ok: true,
    data,
    get sourceMap() {
      sourceMap ??= buildSourceMap(text, positions, results);
      return sourceMap;
    },
  };
}

const OPEN = Symbol('open');

/** Replays the parser's events into the tree of positions. */
function buildSourceMap(text: string, positions: readonly number[], results: readonly unknown[]): SourceNode {
  const root: Frame = { open: 0, children: [] };
  const stack: Frame[] = [root];
  positions.forEach((position, index) => {
    const result = results[index];
    if (result === OPEN) {
      stack.push({ open: position, children: [] });
      return;
    }
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame === undefined || parent === undefined) return;
    let start = skipBlank(text, frame.open);
    if (start >= position) start = frame.open;
    parent.children.push({ start, result, isKey: followedByColon(text, position), node: buildNode(start, result, frame.children) });
  });
  return root.children[root.children.length - 1]?.node ?? { start: 0 };
}

/** Pairs the children that the parser reported with the keys and items of the collection. */
function buildNode(start: number, result: unknown, children: ReadNode[]): SourceNode {
  const node: SourceNode = { start };
  if (typeof result !== 'object' || result === null || children.length === 0) return node;
  // js-yaml tries a block mapping first and, when no colon follows, keeps what it read as
  // the "key": the one child is then this very collection.
  const only = children.length === 1 ? children[0] : undefined;
  if (only !== undefined && only.result === result) return only.node;
  const map = new Map<string | number, SourceNode>();
  if (Array.isArray(result)) {
    let next = 0;
    result.forEach((item, index) => {
      const child = children[next];
      if (child !== undefined && Object.is(child.result, item)) {
        map.set(index, child.node);
        next += 1;
      }
    });
  } else {
    for (let i = 0; i < children.length; i += 1) {
      const keyChild = children[i];
      if (keyChild === undefined || !keyChild.isKey) continue;
      const key = String(keyChild.result);
      const valueChild = children[i + 1];
      const hasValue = valueChild !== undefined && !valueChild.isKey;
      if (hasValue) i += 1;
      if (!Object.prototype.hasOwnProperty.call(result, key)) continue;
      const valueNode: SourceNode = hasValue ? valueChild.node : { start: keyChild.start };
      valueNode.keyStart = keyChild.start;
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

const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tabs at the start of this line with spaces.',
  DUPLICATE_KEY: 'A key may appear once in a mapping: remove or rename one of them.',
  BAD_INDENT: 'Line this up with the other entries at its level, using spaces.',
  MISSING_CHAR: 'A bracket, brace or quote is not closed.',
  MULTIPLE_DOCS: 'A plan is one YAML document: remove the `---` or `...` separator.',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line and be followed by `: `.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line and be followed by `: `.',
  UNEXPECTED_TOKEN: 'Check the quoting and indentation around here.',
};
const DEFAULT_SYNTAX_HINT = 'Check the indentation (spaces only), quotes and brackets around here.';

/** Lists every syntax error, with `yaml`'s error-collecting parser; js-yaml's own error if it finds none. */
async function listSyntaxErrors(text: string, first: jsyaml.YAMLException): Promise<Finding[]> {
  const own: Finding = {
    rule: 'yaml-syntax',
    severity: 'error',
    message: capitalise(first.reason ?? 'the YAML could not be read'),
    hint: DEFAULT_SYNTAX_HINT,
    offset: first.mark?.position ?? 0,
  };
  try {
    const { parseDocument } = await import('yaml');
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    // Errors after the first tab-indented line are mostly its echoes: one error stands for them.
    const tabs = tabIndentation(text, document.errors);
    const errors = tabs === null ? document.errors : document.errors.filter((error) => error.pos[0] < (tabs.offset ?? 0));
    const findings = errors.map((error): Finding => {
      const message = error.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '');
      const explained = explainSyntaxError(error.code, message, error.pos[0], text);
      return {
        rule: 'yaml-syntax',
        severity: 'error',
        message: explained?.message ?? capitalise(message),
        hint: explained?.hint ?? SYNTAX_HINTS[error.code] ?? DEFAULT_SYNTAX_HINT,
        offset: explained?.offset ?? error.pos[0],
      };
    });
    if (tabs !== null) findings.push(tabs);
    return findings.length > 0 ? findings : [own];
  } catch {
    return [own];
  }
}

/**
 * A file indented with tabs breaks on every line, each error the same and most of the rest
 * their echoes: one error says it all, at the first tab, with the number of lines.
 */
function tabIndentation(text: string, errors: ReadonlyArray<{ code: string; pos: [number, number] }>): Finding | null {
  const first = errors.find((error) => error.code === 'TAB_AS_INDENT');
  if (first === undefined) return null;
  const lines = text.split('\n').filter((line) => /^ *\t/.test(line)).length;
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: `The plan is indented with tabs (on ${lines} ${lines === 1 ? 'line' : 'lines'}, the first here)`,
    hint: 'YAML indents with spaces only: replace each tab at the start of a line with two spaces (an editor\'s "convert indentation to spaces" does it), then validate again.',
    offset: first.pos[0],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
