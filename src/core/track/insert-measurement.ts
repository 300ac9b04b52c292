/**
 * Adds a measurement to a plan's text without re-serialising it. A user's plan is their
 * document: comments, key order, blank lines, quoting and flow style must survive
 * `herald track`, so the new entry is inserted as text, as a line of its own, in the style
 * of the entries already there. The position tree of read-yaml.ts says where each entry
 * starts (yaml-extent.ts finds where the last one ends); the rest of the file is copied
 * byte for byte.
 *
 * Where the result has to change an existing line, it is one line and the reason is plain:
 * `measurements: []` (or `~`/`null`) loses its empty value to take the first item, and a
 * flow list written `[ ... ]` gets `, { ... }` before its closing bracket.
 */
import type { SourceNode } from '../yaml/source-map.js';
import { readYaml } from '../yaml/read-yaml.js';
import { endsWithMeasurementsComment, MEASUREMENTS_COMMENT } from './section-comment.js';
import { closingBracket, columnOf, lineAfterBlockEntry, lineEndOf, nextLineStart } from './yaml-extent.js';
import { yamlNumber, yamlString } from './yaml-scalar.js';

export interface NewMeasurement {
  goal: string;
  date: string;
  value: number;
  /** How many answers a survey figure rests on (track --from-csv). */
  responses?: number | undefined;
  note?: string | undefined;
}

export type InsertResult = { ok: true; text: string } | { ok: false; reason: string };

type Field = keyof NewMeasurement;
const FIELDS: readonly Field[] = ['goal', 'date', 'value', 'responses', 'note'];
/** The indentation of a new list under a key when the file shows none to copy. */
const DEFAULT_INDENT = 2;

interface ItemStyle {
  flow: boolean;
  /** Spaces inside the braces of a flow entry: `{ goal: x }` or `{goal: x}`. */
  spaced: boolean;
  dashColumn: number;
  /** Column of the entry's first key, after `- `. */
  contentColumn: number;
  order: readonly Field[];
}

interface Root {
  data: Record<string, unknown>;
  node: SourceNode;
  keyColumn: number;
}

/** `parsed`: the text as already read (data and positions), which saves reading it again. */
export async function insertMeasurement(
  text: string,
  measurement: NewMeasurement,
  parsed?: { data: unknown; sourceMap: SourceNode },
): Promise<InsertResult> {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const read = parsed === undefined ? await readYaml(text) : { ok: true as const, ...parsed };
  if (!read.ok) return { ok: false, reason: 'the plan is not valid YAML' };
  const data = read.data;
  const children = read.sourceMap.children;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || children === undefined || text[read.sourceMap.start] === '{') {
    return { ok: false, reason: 'the plan is not written as a block mapping (`key: value` lines)' };
  }
  const keyStarts = [...children.values()].map((child) => child.keyStart ?? child.start);
  const root: Root = { data: data as Record<string, unknown>, node: read.sourceMap, keyColumn: columnOf(text, Math.min(...keyStarts)) };
  const section = children.get('measurements');
  const value = root.data.measurements;
  if (section === undefined || !Object.prototype.hasOwnProperty.call(root.data, 'measurements')) {
    return { ok: true, text: appendSection(text, root, measurement, eol) };
  }
  const keyStart = section.keyStart ?? section.start;
  const keyColumn = columnOf(text, keyStart);
  const newList = (): ItemStyle => defaultStyle(text, root, keyColumn);

  if (value === null || value === undefined) {
    // `measurements:` with nothing after it, or an explicit `~` / `null` on the key's line (removed).
    const explicit = section.start < lineEndOf(text, keyStart) ? /^(~|null|Null|NULL)/.exec(text.slice(section.start)) : null;
    const remove: [number, number] = explicit === null ? [keyStart, keyStart] : [section.start, section.start + explicit[0].length];
    return { ok: true, text: firstItemAfterKey(text, keyStart, remove, measurement, newList(), eol) };
  }
  if (!Array.isArray(value)) return { ok: false, reason: '`measurements` is not a list' };
  if (text[section.start] === '[') {
    const close = closingBracket(text, section.start);
    if (close === -1) return { ok: false, reason: 'the list of measurements has no closing bracket' };
    if (value.length === 0) {
      // `measurements: []`: the brackets go, the first entry goes on a line of its own.
      return { ok: true, text: firstItemAfterKey(text, keyStart, [section.start, close + 1], measurement, newList(), eol) };
    }
    let at = close;
    while (at > section.start && /\s/.test(text[at - 1] ?? '')) at -= 1;
    const last = section.children?.get(value.length - 1);
    const style = last === undefined ? newList() : styleOf(text, last, value[value.length - 1], keyColumn);
    const comma = text[at - 1] === ',' ? ' ' : ', ';
    return { ok: true, text: text.slice(0, at) + comma + renderFlow(measurement, style) + text.slice(at) };
  }
  const last = section.children?.get(value.length - 1);
  if (last === undefined) return { ok: false, reason: 'the last measurement could not be found' };
  const style = styleOf(text, last, value[value.length - 1], keyColumn);
  let at: number;
  if (text[last.start] === '{') {
    const close = closingBracket(text, last.start);
    if (close === -1) return { ok: false, reason: 'the last measurement has no closing brace' };
    at = nextLineStart(text, close);
  } else {
    const next = keyStarts.filter((start) => start > keyStart);
    at = lineAfterBlockEntry(text, last, next.length === 0 ? text.length : Math.min(...next));
  }
  return { ok: true, text: insertLines(text, at, renderItem(measurement, style), eol) };
}

/**
 * No `measurements:` yet: a new section at the end of the file, after a blank line and its
 * comment, unless the file already ends with that comment (as a plan from `herald init`
 * does): then only the key and the entry are added.
 */
function appendSection(text: string, root: Root, measurement: NewMeasurement, eol: string): string {
  const keyColumn = root.keyColumn;
  const pad = ' '.repeat(keyColumn);
  const ended = text === '' || text.endsWith('\n') ? text : text + eol;
  const heading = endsWithMeasurementsComment(ended) ? [] : [`${pad}${MEASUREMENTS_COMMENT}`];
  const blank = heading.length === 0 || ended === '' || /(^|\n)[ \t]*\r?\n$/.test(ended) ? '' : eol;
  const lines = [...heading, `${pad}measurements:`, ...renderItem(measurement, defaultStyle(text, root, keyColumn))];
  return ended + blank + lines.join(eol) + eol;
}

/**
 * The first entry of an empty list: `remove` (the `[]`, `~` or nothing) is cut from the key's
 * line, and the entry goes after that line and after the comment lines indented under it.
 */
function firstItemAfterKey(
  text: string,
  keyStart: number,
  remove: readonly [number, number],
  measurement: NewMeasurement,
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
  return insertLines(edited, at, renderItem(measurement, style), eol);
}

/** Inserts whole lines at `at`, a line start or the end of the text. */
function insertLines(text: string, at: number, lines: readonly string[], eol: string): string {
  const before = text.slice(0, at);
  const joiner = before === '' || before.endsWith('\n') ? '' : eol;
  return before + joiner + lines.join(eol) + eol + text.slice(at);
}

function renderItem(measurement: NewMeasurement, style: ItemStyle): string[] {
  const dash = ' '.repeat(style.dashColumn) + '-' + ' '.repeat(Math.max(1, style.contentColumn - style.dashColumn - 1));
  if (style.flow) return [dash + renderFlow(measurement, style)];
  const fields = fieldsOf(measurement, style.order);
  return fields.map(([key, value], index) => (index === 0 ? dash : ' '.repeat(style.contentColumn)) + `${key}: ${value}`);
}

function renderFlow(measurement: NewMeasurement, style: Pick<ItemStyle, 'spaced' | 'order'>): string {
  const body = fieldsOf(measurement, style.order)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
  return style.spaced ? `{ ${body} }` : `{${body}}`;
}

function fieldsOf(measurement: NewMeasurement, order: readonly Field[]): [Field, string][] {
  const fields: [Field, string][] = [];
  for (const key of order) {
    const value = measurement[key];
    if (value === undefined) continue;
    fields.push([key, typeof value === 'number' ? yamlNumber(value) : yamlString(value)]);
  }
  return fields;
}

/** The style of an existing entry (`item` its data), to write the next one the same way. */
function styleOf(text: string, node: SourceNode, item: unknown, keyColumn: number): ItemStyle {
  const start = node.start;
  let dash = start - 1;
  while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash -= 1;
  const dashed = text[dash] === '-';
  const dashColumn = dashed ? columnOf(text, dash) : keyColumn + DEFAULT_INDENT;
  const keys = typeof item === 'object' && item !== null ? Object.keys(item) : [];
  const known = keys.filter((key): key is Field => (FIELDS as readonly string[]).includes(key));
  return {
    flow: text[start] === '{',
    spaced: !(text[start] === '{' && text[start + 1] !== ' '),
    dashColumn,
    contentColumn: dashed ? columnOf(text, start) : dashColumn + 2,
    order: withMissingFields(known),
  };
}

/**
 * The entry's own key order, with the fields it lacks in their usual place: `responses` goes
 * before a `note` the entry has (a long note reads best last), else at the end.
 */
function withMissingFields(known: readonly Field[]): Field[] {
  const order = [...known];
  for (const field of FIELDS) {
    if (order.includes(field)) continue;
    const after = FIELDS.slice(FIELDS.indexOf(field) + 1).find((later) => order.includes(later));
    order.splice(after === undefined ? order.length : order.indexOf(after), 0, field);
  }
  return order;
}

/** For a new list: flow entries (as the spec writes them), indented like the plan's other lists. */
function defaultStyle(text: string, root: Root, keyColumn: number): ItemStyle {
  const indent = listIndentOf(text, root) ?? DEFAULT_INDENT;
  return { flow: true, spaced: true, dashColumn: keyColumn + indent, contentColumn: keyColumn + indent + 2, order: FIELDS };
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
