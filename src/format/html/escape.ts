/** Escaping for HTML text and attribute values, and the one rule for which links are kept. */
import { isSafeUrl } from '../text/markdown.js';
import { stripControls } from '../text/sanitise.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value (quoted with " or '), safe from markup and script. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** An `<a>` for an http(s) or mailto address; any other address is shown as text. */
export function htmlLink(text: string, url: string): string {
  if (!isSafeUrl(url)) return `${escapeHtml(text)} <span class="muted">(${escapeHtml(url)})</span>`;
  return `<a href="${escapeHtml(url.trim())}">${escapeHtml(text)}</a>`;
}
