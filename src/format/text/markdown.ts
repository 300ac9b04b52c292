/**
 * Escaping for Markdown (CommonMark and GitHub's tables), so that text from a plan renders as
 * written: no emphasis from `**`, no links from `[x](javascript:…)`, no raw HTML from
 * `<script>`, no broken table from `|`, no control characters, no block (heading, rule, list)
 * started by a line of plan text. Generic: any command writing Markdown can use it.
 */
import { escapeMarkdownBlockStarts, stripControls } from './sanitise.js';

// Every character that can open or close inline markup, raw HTML or a table cell; an `&` only
// where it would start an entity (`&lt;`), so that "R&D" stays readable in the source.
const INLINE = /[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi;

/** Text for a Markdown paragraph or list item: every line escaped and kept. */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .split('\n')
    .map((line) => escapeLine(line.trimStart()))
    .join('\n');
}

/** Text for inline use (a heading, a table cell, a list item's first line): one line. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(stripControls(text).replace(/\s+/g, ' ').trim());
}

/** Text for a GitHub table cell: one line, pipes escaped; an empty cell stays visible. */
export function escapeMarkdownCell(text: string): string {
  const escaped = escapeMarkdownInline(text);
  return escaped === '' ? ' ' : escaped;
}

/**
 * A link for an http(s) or mailto address; anything else (javascript:, data:, a relative
 * path) is shown as text, never as a link.
 */
export function markdownLink(text: string, url: string): string {
  const label = escapeMarkdownInline(text);
  if (!isSafeUrl(url)) return `${label} (${escapeMarkdownInline(url)})`;
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** Only web and mail addresses become links, in Markdown and HTML alike. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(url.trim());
}

function escapeLine(line: string): string {
  return escapeMarkdownBlockStarts(line.replace(INLINE, (character) => `\\${character}`));
}
