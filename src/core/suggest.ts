import { distance } from 'fastest-levenshtein';

/** The closest known name to a misspelt one, if it is close enough to be what was meant. */
export function closest(input: string, known: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two edits (a swapped pair of letters) for short words, a third of the length for long ones.
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance > 0 && bestDistance <= allowed && bestDistance < needle.length ? best : undefined;
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
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
