/**
 * YAML's errors retold for people who write prose. A plan is mostly text (why, feedback,
 * findings), and the mistakes that break it are three characters YAML gives a meaning: `#`
 * starts a comment, `: ` starts a key, a leading `@` is reserved; and a quote never closed.
 * YAML's own messages ("Nested mappings are not allowed in compact mappings") say what the
 * parser saw; these say what to write instead: the line with its text in quotes, and a caret
 * at the character that started the trouble.
 */
import { LineCounter } from './line-counter.js';

export const QUOTE_RULE = 'text with `#`, `: ` or a leading `@` must be in quotes';

/** A syntax or type problem retold: its message, hint and where to point. */
export interface TextExplanation {
  message: string;
  hint: string;
  offset: number;
}

/** `key: value` or `- value` on one line: where the value starts and what it is. */
interface LineParts {
  /** Offset of the line in the text. */
  start: number;
  line: string;
  key: string | null;
  /** Column (0-based) of the value in the line. */
  valueAt: number;
  value: string;
}

function partsOf(text: string, offset: number): LineParts | null {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  // "  why: text", "  - text", "  - key: text": the first `: ` after a plain key ends it.
  const match = /^(\s*(?:-\s+)*)(?:([A-Za-z_][\w-]*):(?:\s+|$))?/.exec(line);
  if (match === null) return null;
  const valueAt = match[0].length;
  return { start, line, key: match[2] ?? null, valueAt, value: line.slice(valueAt).trimEnd() };
}

/** The line as it should be: its value in quotes (double, or single when it holds a `"`). */
export function quotedLine(parts: Pick<LineParts, 'line' | 'valueAt' | 'value'>): string {
  const { value } = parts;
  const quoted = value.includes('"') && !value.includes("'") ? `'${value}'` : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return `${parts.line.slice(0, parts.valueAt)}${quoted}`.trim();
}

function field(parts: LineParts): string {
  return parts.key === null ? 'This list item' : `The text of \`${parts.key}\``;
}

/**
 * An explanation for one of `yaml`'s syntax errors (by code) at `offset`, when it is one of
 * the text mistakes; null otherwise, and the parser's own message stands.
 */
export function explainSyntaxError(code: string, message: string, offset: number, text: string): TextExplanation | null {
  if (code === 'MISSING_CHAR' && /closing\s+"?quote|closing "|closing '/i.test(message)) return explainUnclosedQuote(text, offset);
  const parts = partsOf(text, offset);
  if (parts === null || parts.value === '') return null;
  if (code === 'BAD_SCALAR_START') {
    const first = parts.value.charAt(0);
    if (first !== '@' && first !== '`') return null;
    return {
      message: `${field(parts)} starts with \`${first}\`, which YAML reserves`,
      hint: `${capital(QUOTE_RULE)}: write \`${quotedLine(parts)}\`.`,
      offset: parts.start + parts.valueAt,
    };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || /nested mappings/i.test(message)) {
    const colon = /:(\s|$)/.exec(parts.value);
    if (colon === null || /^["'[{]/.test(parts.value)) return null;
    return {
      message: `${field(parts)} holds \`: \`, which YAML reads as the start of another key`,
      hint: `${capital(QUOTE_RULE)}: write \`${quotedLine(parts)}\`.`,
      offset: parts.start + parts.valueAt + colon.index,
    };
  }
  return null;
}

/**
 * A field left empty because its text started with `#`, which begins a comment: YAML reads
 * `feedback: #platform-help` as an empty `feedback`. Null when the line is not like that.
 */
export function explainEmptyText(text: string, line: number, lines = new LineCounter(text)): TextExplanation | null {
  const lineText = lines.lineText(text, line);
  const parts = partsOf(text, offsetOfLine(text, line));
  if (parts === null || !parts.value.startsWith('#')) return null;
  return {
    message: `${field(parts)} is empty: the \`#\` starts a comment, so YAML read nothing before it`,
    hint: `${capital(QUOTE_RULE)}: write \`${quotedLine({ line: lineText, valueAt: parts.valueAt, value: parts.value })}\`.`,
    offset: parts.start + parts.valueAt,
  };
}

/**
 * An unclosed quote runs on until the next quote of its kind, or the end of the file, where
 * the parser notices. The culprit is the first quoted text that spans several lines (plan
 * text fits on one) or never ends: point at its opening quote.
 */
function explainUnclosedQuote(text: string, offset: number): TextExplanation | null {
  const opening = findUnclosedQuote(text, offset);
  if (opening === null) return null;
  const parts = partsOf(text, opening);
  if (parts === null) return null;
  const closed = `${parts.line.trimEnd()}${text.charAt(opening)}`.trim();
  const lines = new LineCounter(text);
  const noticed = lines.position(offset).line;
  const runsOn = noticed > lines.position(opening).line ? `, so the text runs on to line ${noticed}` : '';
  return {
    message: `The quote opened here is never closed${runsOn}`,
    hint: `Close it where the text ends: \`${closed}\`.`,
    offset: opening,
  };
}

function findUnclosedQuote(text: string, limit: number): number | null {
  // A small scan of the lines up to the error: quotes that open a value and do not close on
  // their line. Comments and quotes inside plain text (it's) are skipped.
  let offset = 0;
  for (const line of text.slice(0, limit + 1).split('\n')) {
    const match = /^(\s*(?:-\s+)*(?:[^\s#"'][^#]*?:\s+)?)(["'])/.exec(line);
    if (match !== null) {
      const quote = match[2] ?? '"';
      const rest = line.slice((match[1] ?? '').length + 1);
      if (!closes(rest, quote)) return offset + (match[1] ?? '').length;
    }
    offset += line.length + 1;
  }
  return null;
}

function closes(rest: string, quote: string): boolean {
  if (quote === "'") return /(^|[^'])'(?!')/.test(rest.replace(/''/g, ''));
  return /(^|[^\\])(\\\\)*"/.test(rest);
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
