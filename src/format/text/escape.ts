/**
 * Escaping per draft format. Text from the plan reaches a template only through
 * `escapeData`, already escaped for the format the template writes, so a highlight titled
 * `<!channel> [click](https://evil)` prints as harmless text whatever the template does with
 * it. Templates are compiled with `noEscape` so Handlebars' own HTML escaping never adds
 * `&#x27;` to a Markdown file by chance.
 */
import type { DraftFormat } from '../../core/drafts/kinds.js';
import { escapeMarkdown, plainDraftText } from './markdown.js';
import { oneLine } from './sanitise.js';

export type Escape = (text: string) => string;

const plain = plainDraftText;

/**
 * Slack mrkdwn: &, < and > are the only characters Slack asks to escape; with them escaped
 * no `<!channel>`, `<@U123>` or `<https://…|link>` can be formed from plan text. Typed
 * mentions (@channel) are broken too, for drafts that are pasted rather than posted.
 */
export function escapeSlack(text: string): string {
  return plain(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Teams renders a subset of Markdown and HTML: escape both, and break broadcast mentions. */
export function escapeTeams(text: string): string {
  return escapeMarkdown(text, 'draft').replace(/&(?!(?:amp|lt|gt);)/g, '&amp;');
}

export function escapeFor(format: DraftFormat): Escape {
  switch (format) {
    case 'markdown':
      return (text) => escapeMarkdown(text, 'draft');
    case 'slack':
      return escapeSlack;
    case 'teams':
      return escapeTeams;
    case 'eml':
    case 'text':
      return plain;
  }
}

/**
 * Fields that are one line by nature: a title with a line break would cut an email's subject
 * or a heading in two, and "A\n---\nB" would put a rule in a plain-text draft.
 */
const ONE_LINE_KEYS: ReadonlySet<string> = new Set(['title', 'name', 'organization', 'owner']);

/** A copy of `data` with every string escaped; numbers, booleans and nulls as they are. */
export function escapeData<T>(data: T, escape: Escape, seen?: WeakMap<object, unknown>): T {
  return escapeValue(data, escape, seen) as T;
}

/**
 * `seen` remembers the escaped copy of each object: drafts of one run share their goals,
 * audiences and touchpoints, so each is escaped once per format rather than once per draft.
 * The draft data is never changed after it is built, so a copy stays right.
 */
function escapeValue(value: unknown, escape: Escape, seen: WeakMap<object, unknown> | undefined): unknown {
  if (typeof value === 'string') return escape(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen?.get(value);
  if (known !== undefined) return known;
  const escaped = Array.isArray(value)
    ? value.map((item) => escapeValue(item, escape, seen))
    : // The keys are DraftData's own, never the plan's; plan text only ever sits in values.
      Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          escapeValue(ONE_LINE_KEYS.has(key) && typeof item === 'string' ? oneLine(item) : item, escape, seen),
        ]),
      );
  seen?.set(value, escaped);
  return escaped;
}
