/**
 * The one Markdown escaper, so that text from a plan renders as written: no emphasis from
 * `**`, no links from `[x](javascript:…)`, no raw HTML from `<script>`, no broken table from
 * `|`, no control characters, no block (heading, rule, list) started by a line of plan text.
 * The mode says where the text goes; each caller names it.
 */
import { escapeMarkdownBlockStarts, stripControls } from './sanitise.js';

/**
 * - `lines`: a paragraph or list item of a report or brief: every line kept (leading space
 *   dropped, so none becomes code), every markup character backslash-escaped.
 * - `inline`: a heading, a list item's first line: one line, escaped as `lines`.
 * - `cell`: a GitHub table cell: one line, pipes escaped, an empty cell kept visible.
 * - `draft`: a draft someone edits and posts: lines kept as written; `_` inside a word left
 *   alone (it never emphasises, and URLs and snake_case keep it), `<` and `>` written as
 *   entities, and broadcast mentions (@channel) broken.
 */
export type MarkdownMode = 'lines' | 'inline' | 'cell' | 'draft';

// Every character that can open or close inline markup, raw HTML or a table cell; an `&` only
// where it would start an entity (`&lt;`), so that "R&D" stays readable in the source.
const INLINE = /[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi;

/** @channel, @here, @everyone (and Teams' @team) would notify everybody: a word joiner breaks the mention. */
const BROADCAST = /@(channel|here|everyone|all|team)\b/gi;
const BREAK_MENTION = '@\u2060$1';

export function escapeMarkdown(text: string, mode: MarkdownMode): string {
  switch (mode) {
    case 'lines':
      return stripControls(text)
        .split('\n')
        .map((line) => escapeLine(line.trimStart()))
        .join('\n');
    case 'inline':
      return escapeLine(stripControls(text).replace(/\s+/g, ' ').trim());
    case 'cell': {
      const escaped = escapeMarkdown(text, 'inline');
      return escaped === '' ? ' ' : escaped;
    }
    case 'draft':
      return escapeDraftMarkdown(text);
  }
}

/** For every draft format, Markdown or not: no control characters, and no broadcast mention, even in a plain-text draft someone pastes. */
export function plainDraftText(text: string): string {
  return stripControls(text).replace(BROADCAST, BREAK_MENTION);
}

/**
 * A link for an http(s) or mailto address; anything else (javascript:, data:, a relative
 * path) is shown as text, never as a link.
 */
export function markdownLink(text: string, url: string): string {
  const label = escapeMarkdown(text, 'inline');
  if (!isSafeUrl(url)) return `${label} (${escapeMarkdown(url, 'inline')})`;
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** Only web and mail addresses become links, in Markdown and HTML alike. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(url.trim());
}

function escapeLine(line: string): string {
  return escapeMarkdownBlockStarts(line.replace(INLINE, (character) => `\\${character}`));
}

/**
 * CommonMark for drafts: backslash-escape the inline markup characters, write < > as entities
 * so no HTML gets through, and escape what would start a block (heading, list, quote) at the
 * start of a line.
 */
function escapeDraftMarkdown(text: string): string {
  const inline = plainDraftText(text)
    .replace(/[\\`*[\]|~]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (match) => match.replace('_', '\\_'))
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escapeMarkdownBlockStarts(inline).replace(BROADCAST, BREAK_MENTION);
}
