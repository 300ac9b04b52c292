/**
 * Adds an entry to one of a plan's top-level lists (`measurements`, `highlights`, `touches`)
 * without re-serialising the file. A user's plan is their document: comments, key order,
 * blank lines, quoting and flow style must survive `herald track`, `win`, `sent` and
 * `skipped`, so the new entry is inserted as text, as lines of its own, in the style of the
 * entries already there. The position tree of read-yaml.ts says where each entry starts
 * (yaml-extent.ts finds where the last one ends); the rest of the file is copied byte for byte.
 *
 * Where the result has to change an existing line, it is one line and the reason is plain:
 * `section: []` (or `~`/`null`) loses its empty value to take the first item, and a flow list
 * written `[ ... ]` gets `, { ... }` before its closing bracket.
 */
import type { SourcePositions } from '../yaml/positions.js';
import { readYaml } from '../yaml/read-yaml.js';
import type { SourceNode } from '../yaml/source-map.js';
import { endsWithMeasurementsComment, MEASUREMENTS_COMMENT } from './section-comment.js';
import { closingBracket, columnOf, documentEnd, lineAfterBlockEntry, lineEndOf, lineStartOf, nextLineStart } from '../yaml/extent.js';
import { yamlNumber, yamlString } from '../yaml/scalar.js';

/** A value Herald writes into an entry: a scalar, a list of strings, or a small flat mapping. */
export type EntryValue = string | number | readonly string[] | { readonly [key: string]: string | number | undefined };
export type NewEntry = Readonly<Record<string, EntryValue | undefined>>;

export interface SectionSpec {
  /** The top-level key, e.g. `highlights`. */
  name: string;
  /** The fields in the order a new entry lists them (an existing entry's order wins). */
  fields: readonly string[];
  /** How a new list writes its entries: one flow line each (measurements) or block lines (highlights). */
  flow: boolean;
  /** The comment line written above a new section. */
  comment: string;
}

export type InsertResult = { ok: true; text: string } | { ok: false; reason: string };

/** The indentation of a new list under a key when the file shows none to copy. */
const DEFAULT_INDENT = 2;

interface ItemStyle {
  flow: boolean;
  /** Spaces inside the braces of a flow entry: `{ goal: x }` or `{goal: x}`. */
  spaced: boolean;
  dashColumn: number;
  /** Column of the entry's first key, after `- `. */
  contentColumn: number;
  order: readonly string[];
}

interface Root {
  data: Record<string, unknown>;
  node: SourceNode;
  keyColumn: number;
}

/** `parsed`: the text as already read (data and positions), which saves reading it again. */
export function insertEntry(
  text: string,
  spec: SectionSpec,
  entry: NewEntry,
  parsed?: { data: unknown; positions: SourcePositions },
): InsertResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const read = parsed === undefined ? readYaml(text) : { ok: true as const, ...parsed };
  if (!read.ok) return { ok: false, reason: 'the plan is not valid YAML' };
  const data = read.data;
  const tree = read.positions.tree;
  const children = tree.children;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || children === undefined || text[tree.start] === '{') {
    return { ok: false, reason: 'the plan is not written as a block mapping (`key: value` lines)' };
  }
  const keyStarts = [...children.values()].map((child) => child.keyStart ?? child.start);
  const root: Root = { data: data as Record<string, unknown>, node: tree, keyColumn: columnOf(text, Math.min(...keyStarts)) };
  const name = spec.name;
  const section = children.get(name);
  const value = root.data[name];
  if (section === undefined || !Object.prototype.hasOwnProperty.call(root.data, name)) {
    return { ok: true, text: appendSection(text, root, spec, entry, eol) };
  }
  const keyStart = section.keyStart ?? section.start;
  const keyColumn = columnOf(text, keyStart);
  const newList = (): ItemStyle => defaultStyle(text, root, keyColumn, spec);

  if (value === null || value === undefined) {
    // `section:` with nothing after it, or an explicit `~` / `null` on the key's line (removed).
    const explicit = section.start < lineEndOf(text, keyStart) ? /^(~|null|Null|NULL)/.exec(text.slice(section.start)) : null;
    const remove: [number, number] = explicit === null ? [keyStart, keyStart] : [section.start, section.start + explicit[0].length];
    return { ok: true, text: firstItemAfterKey(text, keyStart, remove, entry, newList(), eol) };
  }
  if (!Array.isArray(value)) return { ok: false, reason: `\`${name}\` is not a list` };
  if (text[section.start] === '[') {
    const close = closingBracket(text, section.start);
    if (close === -1) return { ok: false, reason: `the list of ${name} has no closing bracket` };
    if (value.length === 0) {
      // `section: []`: the brackets go, the first entry goes on a line of its own.
      return { ok: true, text: firstItemAfterKey(text, keyStart, [section.start, close + 1], entry, newList(), eol) };
    }
    let at = close;
    while (at > section.start && /\s/.test(text[at - 1] ?? '')) at -= 1;
    const last = section.children?.get(value.length - 1);
    const style = last === undefined ? newList() : styleOf(text, last, value[value.length - 1], keyColumn, spec);
    const comma = text[at - 1] === ',' ? ' ' : ', ';
    return { ok: true, text: text.slice(0, at) + comma + renderFlow(entry, style) + text.slice(at) };
  }
  const last = section.children?.get(value.length - 1);
  if (last === undefined) return { ok: false, reason: `the last entry of \`${name}\` could not be found` };
  const style = styleOf(text, last, value[value.length - 1], keyColumn, spec);
  let at: number;
  if (text[last.start] === '{') {
    const close = closingBracket(text, last.start);
    if (close === -1) return { ok: false, reason: `the last entry of \`${name}\` has no closing brace` };
    at = nextLineStart(text, close);
  } else {
    const next = keyStarts.filter((start) => start > keyStart);
    at = lineAfterBlockEntry(text, last, Math.min(documentEnd(text), ...next));
  }
  return { ok: true, text: insertLines(text, at, renderItem(entry, style), eol) };
}

/**
 * No such section yet: a new one at the end of the file, after a blank line and its comment.
 * The measurements comment that `herald init` ends a plan with stays last, with the lines
 * about `herald track` above it, so that a later `track` finds it there: another section
 * goes before those comment lines. The measurements section itself, when the file already
 * ends with its comment, adds only the key and the entry.
 */
function appendSection(whole: string, root: Root, spec: SectionSpec, entry: NewEntry, eol: string): string {
  // A plan closed by the `...` end marker gets its new section before the marker.
  const end = documentEnd(whole);
  return appendBefore(whole.slice(0, end), root, spec, entry, eol) + whole.slice(end);
}

function appendBefore(text: string, root: Root, spec: SectionSpec, entry: NewEntry, eol: string): string {
  const keyColumn = root.keyColumn;
  const pad = ' '.repeat(keyColumn);
  const ended = text === '' || text.endsWith('\n') ? text : text + eol;
  const endsWithTrackComment = endsWithMeasurementsComment(ended);
  const body = [`${pad}${spec.name}:`, ...renderItem(entry, defaultStyle(text, root, keyColumn, spec))];
  if (endsWithTrackComment && spec.comment !== MEASUREMENTS_COMMENT) {
    const at = trailingCommentStart(ended);
    const before = ended.slice(0, at);
    const blank = before === '' || /(^|\n)[ \t]*\r?\n$/.test(before) ? '' : eol;
    return before + blank + [`${pad}${spec.comment}`, ...body, ''].join(eol) + eol + ended.slice(at);
  }
  const heading = endsWithTrackComment ? [] : [`${pad}${spec.comment}`];
  const blank = heading.length === 0 || ended === '' || /(^|\n)[ \t]*\r?\n$/.test(ended) ? '' : eol;
  return ended + blank + [...heading, ...body].join(eol) + eol;
}

/** Where the run of comment lines that ends the text begins. */
function trailingCommentStart(text: string): number {
  let at = text.length;
  for (;;) {
    if (at === 0) return 0;
    const start = lineStartOf(text, at - 1);
    if (!text.slice(start, at).trimStart().startsWith('#')) return at;
    at = start;
  }
}

/**
 * The first entry of an empty list: `remove` (the `[]`, `~` or nothing) is cut from the key's
 * line, and the entry goes after that line and after the comment lines indented under it.
 */
function firstItemAfterKey(
  text: string,
  keyStart: number,
  remove: readonly [number, number],
  entry: NewEntry,
  style: ItemStyle,
  eol: string,
): string {
  let edited = text;
  const [valueStart, valueEnd] = remove;
  if (valueStart < valueEnd) {
    // The spaces before the value go with it; a comment after it stays, spaces and all.
    let start = valueStart;
    while (start > keyStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
    edited = text.slice(0, start) + text.slice(valueEnd);
  }
  let at = nextLineStart(edited, keyStart);
  // Comment lines indented under the key belong to the section: the entry follows them.
  while (at < edited.length && /^[ \t]+#/.test(edited.slice(at, lineEndOf(edited, at)))) at = nextLineStart(edited, at);
  return insertLines(edited, at, renderItem(entry, style), eol);
}

/** Inserts whole lines at `at`, a line start or the end of the text. */
function insertLines(text: string, at: number, lines: readonly string[], eol: string): string {
  const before = text.slice(0, at);
  const joiner = before === '' || before.endsWith('\n') ? '' : eol;
  return before + joiner + lines.join(eol) + eol + text.slice(at);
}

function renderItem(entry: NewEntry, style: ItemStyle): string[] {
  const dash = ' '.repeat(style.dashColumn) + '-' + ' '.repeat(Math.max(1, style.contentColumn - style.dashColumn - 1));
  if (style.flow) return [dash + renderFlow(entry, style)];
  const fields = fieldsOf(entry, style.order, 'block');
  return fields.map(([key, value], index) => (index === 0 ? dash : ' '.repeat(style.contentColumn)) + `${key}: ${value}`);
}

function renderFlow(entry: NewEntry, style: Pick<ItemStyle, 'spaced' | 'order'>): string {
  const body = fieldsOf(entry, style.order)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
  return style.spaced ? `{ ${body} }` : `{${body}}`;
}

/** `context`: where the entry's own values stand (inside a block entry, a comma is plain text). */
function fieldsOf(entry: NewEntry, order: readonly string[], context: 'flow' | 'block' = 'flow'): [string, string][] {
  const fields: [string, string][] = [];
  for (const key of order) {
    const value = entry[key];
    if (value !== undefined) fields.push([key, yamlValue(value, context)]);
  }
  return fields;
}

/** A value; lists and mappings in flow style, which reads the same in a block entry: `[a, b]`, `{ name: x, value: 1 }`. */
function yamlValue(value: EntryValue, context: 'flow' | 'block' = 'flow'): string {
  if (typeof value === 'number') return yamlNumber(value);
  if (typeof value === 'string') return yamlString(value, context);
  if (isStringList(value)) return `[${value.map((item) => yamlString(item)).join(', ')}]`;
  const pairs = Object.entries(value).filter((pair): pair is [string, string | number] => pair[1] !== undefined);
  return `{ ${pairs.map(([key, item]) => `${key}: ${yamlValue(item)}`).join(', ')} }`;
}

function isStringList(value: EntryValue): value is readonly string[] {
  return Array.isArray(value);
}

/** The style of an existing entry (`item` its data), to write the next one the same way. */
function styleOf(text: string, node: SourceNode, item: unknown, keyColumn: number, spec: SectionSpec): ItemStyle {
  const start = node.start;
  let dash = start - 1;
  while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash -= 1;
  const dashed = text[dash] === '-';
  const dashColumn = dashed ? columnOf(text, dash) : keyColumn + DEFAULT_INDENT;
  const keys = typeof item === 'object' && item !== null ? Object.keys(item) : [];
  return {
    flow: text[start] === '{',
    spaced: !(text[start] === '{' && text[start + 1] !== ' '),
    dashColumn,
    contentColumn: dashed ? columnOf(text, start) : dashColumn + 2,
    order: mergeOrder(
      keys.filter((key) => spec.fields.includes(key)),
      spec.fields,
    ),
  };
}

/**
 * The existing entry's key order, with the fields it lacks in their usual place: before the
 * first later field the entry has (so `responses` goes before a `note`, which reads best
 * last, and `impact` before `goals`), else at the end.
 */
export function mergeOrder(known: readonly string[], fields: readonly string[]): string[] {
  const order = [...known];
  fields.forEach((field, index) => {
    if (order.includes(field)) return;
    const later = fields.slice(index + 1).find((candidate) => order.includes(candidate));
    order.splice(later === undefined ? order.length : order.indexOf(later), 0, field);
  });
  return order;
}

/** For a new list: the section's own style, indented like the plan's other lists. */
function defaultStyle(text: string, root: Root, keyColumn: number, spec: SectionSpec): ItemStyle {
  const indent = listIndentOf(text, root) ?? DEFAULT_INDENT;
  return {
    flow: spec.flow,
    spaced: true,
    dashColumn: keyColumn + indent,
    contentColumn: keyColumn + indent + 2,
    order: spec.fields,
  };
}

/** How far the plan indents a block list under its key (`goals:\n  - id: x` is 2), if it has one. */
function listIndentOf(text: string, root: Root): number | undefined {
  for (const [key, node] of root.node.children ?? []) {
    const value = root.data[String(key)];
    if (!Array.isArray(value) || value.length === 0 || node.keyStart === undefined) continue;
    let dash = (node.children?.get(0)?.start ?? node.start) - 1;
    while (dash >= 0 && text[dash] === ' ') dash -= 1;
    if (text[dash] !== '-') continue;
    return columnOf(text, dash) - columnOf(text, node.keyStart);
  }
  return undefined;
}
