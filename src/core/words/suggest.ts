import { distance } from 'fastest-levenshtein';

/** The closest known name to a misspelt one, if it is close enough to be what was meant. */
export function closest(input: string, known: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  // An array: the known names are read twice, and `known` may be a one-pass iterator.
  const candidates = Array.from(known);
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two edits (a swapped pair of letters) for short words, a third of the length for long ones.
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  if (best === undefined || bestDistance === 0) return undefined;
  if (bestDistance <= allowed && bestDistance < needle.length) return best;
  return partOfOne(needle, candidates);
}

/** Fewer letters than this match too much to be a suggestion ("a", "id"). */
const MIN_PART = 3;

/**
 * The one known name that starts with the input ("leadership" -> "leadership-team"), or else
 * the one with a word that does ("team" -> "leadership-team"): a shortened id is too far from
 * the full one to be a misspelling, but it is plainly what was meant. None when several
 * match (guessing between them would mislead) or when the input is too short to say much.
 */
function partOfOne(needle: string, candidates: readonly string[]): string | undefined {
  if (needle.length < MIN_PART) return undefined;
  const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(needle));
  if (prefixed.length > 0) return prefixed.length === 1 ? prefixed[0] : undefined;
  const worded = candidates.filter((candidate) =>
    wordStarts(candidate.toLowerCase()).some((at) => candidate.toLowerCase().startsWith(needle, at)),
  );
  return worded.length === 1 ? worded[0] : undefined;
}

/** Where the words of a name start: after a "-", a space or any other separator. */
function wordStarts(name: string): number[] {
  return [...name.matchAll(/(?<![a-z0-9])[a-z0-9]/g)].map((match) => match.index);
}

/** "Did you mean "x"?" or a list of what is allowed, for a hint. */
export function suggestionHint(input: string, known: readonly string[], what: string): string {
  const match = closest(input, known);
  if (match !== undefined) return `Did you mean "${match}"?`;
  if (known.length === 0) return `There are no ${what} yet.`;
  const shown = known
    .slice(0, 8)
    .map((k) => `"${k}"`)
    .join(', ');
  return `Known ${what}: ${shown}${known.length > 8 ? `, and ${known.length - 8} more` : ''}.`;
}

/** A slug a user could use instead of an id that is not one. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      // The accents NFKD splits off go, so "Élan" is "elan", not "e-lan".
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
  );
}
