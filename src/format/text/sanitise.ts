/**
 * The one sanitiser for text from a plan, whatever the output: a plan can hold anything, so
 * control characters (ESC, NUL, …) never reach a terminal, a Markdown or HTML page, a draft
 * or a calendar as they are, and Markdown text never starts a block of its own (a heading,
 * a rule, a list, a quote). Each format's escaper (format/text/markdown.ts, format/html/escape.ts,
 * format/text/escape.ts for drafts, format/text/safe-text.ts, commands/schedule/ics.ts) builds on these.
 */

/** C0 controls but tab and line feed, DEL, and C1 controls: never part of text a person wrote. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Line and paragraph separators: line breaks to some programs, not to others. */
const SEPARATOR = /[\u2028\u2029]/g;

/** For files and pages: line breaks as \n, every control character and separator removed. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(SEPARATOR, '\n');
}

/** For a terminal: tabs as two spaces, control characters shown as � so none acts. */
export function showControls(text: string): string {
  return text.replace(/\t/g, '  ').replace(CONTROL, '\uFFFD').replace(SEPARATOR, '\uFFFD');
}

/** For a field that is one line by nature (a title, a name): line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');
}

/** For a mail header or any one-line slot: no control character, no line break, no tab. */
export function singleLine(text: string): string {
  return oneLine(stripControls(text)).replace(/\t/g, ' ');
}

/**
 * What makes a Markdown line a block of its own when it starts it: a heading (#), a quote (>),
 * a list item (-, +, *, 1. or 1)) before a space or the end, a thematic break or setext
 * underline (a run of -, *, _ or =, spaced or not), a code fence (``` or ~~~). The marker
 * gets a backslash, so "A\n---\nB" stays three lines of text, not a heading and a rule.
 */
const BLOCK_START = /^([ \t]*)(#(?=[ \t#]|$)|>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|([-*_=])(?=[ \t]*\3)|=|`{3}|~{3})/gm;

export function escapeMarkdownBlockStarts(text: string): string {
  return text.replace(BLOCK_START, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}
