/**
 * Writes a string as a YAML scalar that reads back as the same string, in block and in flow
 * context alike: plain when that is unambiguous, else double-quoted. Used where Herald adds
 * text to a user's file (track) or writes a new one (init): a name like "Wins: Q1 #sales"
 * must not turn into a mapping or lose its tail to a comment.
 */

/**
 * Plain only for text that starts with a letter and holds nothing YAML could read otherwise.
 * A comma ends a value inside `{ }` or `[ ]`, so it is plain only in block context.
 */
const SAFE_PLAIN_FLOW = /^\p{L}[\p{L}\p{N} .;'()/&+%!?-]*$/u;
const SAFE_PLAIN_BLOCK = /^\p{L}[\p{L}\p{N} .,;'()/&+%!?-]*$/u;

/** Ids and dates, plain as the plan writes them, unless YAML would read a number (`1e5`, `0x1f`). */
const SLUG_OR_DATE = /^[a-z0-9][a-z0-9-]*$/;
const NUMBER_LIKE = /^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/;

/** A web address reads back as itself when plain: no space, comma, bracket, brace or `#` in it, no `:` at its end. */
const URL = /^https?:\/\/[A-Za-z0-9\-._~/?@!$&'()*+;=%:]*[A-Za-z0-9\-._~/?@!$&'()*+;=%]$/;

/** Words some YAML readers take as booleans or null (YAML 1.1 ones too, for other tools). */
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

export function yamlString(text: string, context: 'flow' | 'block' = 'flow'): string {
  const safe = context === 'flow' ? SAFE_PLAIN_FLOW : SAFE_PLAIN_BLOCK;
  const plain = (safe.test(text) && !text.endsWith(' ')) || (SLUG_OR_DATE.test(text) && !NUMBER_LIKE.test(text)) || URL.test(text);
  if (plain && !RESERVED.test(text)) return text;
  // JSON string syntax is valid YAML double-quoted syntax; escape the two characters that
  // JSON leaves raw but some YAML readers take as line breaks.
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A finite number as YAML reads it back (no NaN or Infinity: the caller has checked). */
export function yamlNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}
