/** Subject lines and headlines: the lead's outcome, within what a mail client shows. */

/** RFC 5322 recommends 78 characters a line; a subject longer than that is cut in most inboxes. */
export const HEADLINE_LIMIT = 78;

/** The text cut at a word within `limit` characters, with an ellipsis when cut. */
export function clip(text: string, limit = HEADLINE_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= limit) return clean;
  const room = [...clean].slice(0, limit - 1).join('');
  const space = room.lastIndexOf(' ');
  const cut = space > limit / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\u2013-]+$/u, '')}…`;
}

/** A title as a headline: no closing full stop (a subject is not a sentence). */
export function headlineOf(title: string): string {
  return clip(title.replace(/\.+$/, ''));
}
