/**
 * A plain-text email as an .eml file: RFC 5322 headers, MIME (RFC 2045) with a UTF-8 text
 * body, and RFC 2047 encoded words for headers that are not ASCII.
 *
 * Written here rather than with nodemailer's MailComposer, which Herald used first: composing
 * one plain-text message took it a fifth of Node's start-up (its streams, crypto and address
 * fetching), for the few rules below. A test parses what this writes with postal-mime and
 * compares it with what MailComposer wrote for the same drafts.
 */
import { singleLine } from '../../../format/text/sanitise.js';

const CRLF = '\r\n';
/** RFC 5322: lines SHOULD stay within 78 characters and MUST within 998. */
const SOFT_LIMIT = 78;
const HARD_LIMIT = 998;
/** RFC 2045: quoted-printable lines are at most 76 characters, the soft break's "=" included. */
const QP_LINE = 76;

/**
 * A header's value: plain text, or a group of recipients named without addresses
 * ("Executive team:;", RFC 6854 allows one in From), whose name must be phrase-safe already.
 */
export type HeaderValue = string | { group: string };

export interface EmlMessage {
  /** Header name and value, in the order they are written. */
  headers: ReadonlyArray<readonly [string, HeaderValue]>;
  /** The body as plain text with \n line ends. */
  text: string;
}

export function composeEml(message: EmlMessage): string {
  const body = message.text.replace(/\r\n?/g, '\n').split('\n');
  const ascii = isAscii(message.text);
  // 7bit or 8bit keeps the file readable (and its git diffs); quoted-printable only when a
  // line is too long for a mail line or holds control characters.
  // eslint-disable-next-line no-control-regex
  const fits = body.every((line) => utf8Length(line) <= HARD_LIMIT && !/[\x00-\x08\x0b-\x1f\x7f]/.test(line));
  const transfer = fits ? (ascii ? '7bit' : '8bit') : 'quoted-printable';
  const headers = [
    ...message.headers,
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Transfer-Encoding', transfer],
  ] as const;
  const head = headers.map(([name, value]) => headerLine(name, value)).join(CRLF);
  const lines = transfer === 'quoted-printable' ? body.flatMap(quotedPrintableLines) : body;
  return `${head}${CRLF}${CRLF}${lines.join(CRLF)}`;
}

/** `Name: value`, folded at spaces within 78 columns; text that is not ASCII as encoded words. */
export function headerLine(name: string, value: HeaderValue): string {
  if (typeof value !== 'string') return `${name}: ${groupPhrase(value.group, SOFT_LIMIT - name.length - 2)}:;`;
  const clean = singleLine(value);
  if (isAscii(clean)) {
    const folded = foldAtSpaces(`${name}: ${clean}`, name.length + 2);
    if (folded.every((line) => line.length <= HARD_LIMIT)) return folded.join(CRLF);
  }
  // Encoded words can break anywhere, so they also carry a word too long for one line.
  return `${name}: ${encodedWords(clean, SOFT_LIMIT - name.length - 2).join(`${CRLF} `)}`;
}

/**
 * A group's display name that keeps its punctuation ("Leads, R&D"): an atom phrase as it is, a
 * quoted string when it holds specials, encoded words when it is not ASCII. An encoded word
 * must end at white space (RFC 2047 section 5), hence the space before the group's ":;".
 */
function groupPhrase(text: string, firstWidth: number): string {
  const clean = singleLine(text).replace(/\s+/g, ' ').trim() || 'Undisclosed recipients';
  if (!isAscii(clean)) return `${encodedWords(clean, firstWidth).join(`${CRLF} `)} `;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(clean)) return clean;
  return `"${clean.replace(/["\\]/g, '\\$&')}"`;
}

/** Folds before spaces so lines stay within 78 where the words allow; never inside `Name: `. */
function foldAtSpaces(line: string, prefixLength: number): string[] {
  const lines: string[] = [];
  let rest = line;
  let earliest = prefixLength;
  while (rest.length > SOFT_LIMIT) {
    const cut = rest.lastIndexOf(' ', SOFT_LIMIT);
    if (cut <= earliest) break;
    lines.push(rest.slice(0, cut));
    // The continuation starts with the space it was folded at (RFC 5322 folding white space).
    rest = rest.slice(cut);
    earliest = 0;
  }
  lines.push(rest);
  return lines;
}

/**
 * RFC 2047 Q encoding, phrase-safe: letters, digits and !*+-/ stay, a space is "_", every
 * other byte is =XX. Each word holds whole characters and is at most 75 long; the first fits
 * after the header name (`firstWidth`).
 */
function encodedWords(text: string, firstWidth: number): string[] {
  const words: string[] = [];
  const overhead = '=?UTF-8?Q??='.length;
  let current = '';
  for (const char of text) {
    const encoded = /^[A-Za-z0-9!*+\-/]$/.test(char) ? char : char === ' ' ? '_' : hexBytes(char);
    const width = (words.length === 0 ? Math.min(firstWidth, 75) : 75) - overhead;
    if (current !== '' && current.length + encoded.length > width) {
      words.push(`=?UTF-8?Q?${current}?=`);
      current = '';
    }
    current += encoded;
  }
  words.push(`=?UTF-8?Q?${current}?=`);
  return words;
}

/** One body line as quoted-printable lines, soft breaks ("=") keeping each within 76. */
function quotedPrintableLines(line: string): string[] {
  const bytes = new TextEncoder().encode(line);
  const pieces: string[] = [];
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    pieces.push(literal ? String.fromCharCode(byte) : `=${hex(byte)}`);
  });
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.length + piece.length > QP_LINE - 1) {
      out.push(`${current}=`);
      current = '';
    }
    current += piece;
  }
  out.push(current);
  return out;
}

function hexBytes(char: string): string {
  return [...new TextEncoder().encode(char)].map((byte) => `=${hex(byte)}`).join('');
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
