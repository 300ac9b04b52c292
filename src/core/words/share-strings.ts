/**
 * Replaces each short string in a plan's parsed data by one instance of it shared across
 * plans. js-yaml makes a new string for every scalar it reads, and a workspace that keeps
 * 500 plans (schedule, report, brief) held some 230,000 strings, most of them the same few
 * words ("high", "email", "goal-6"): kept, they made V8's young generation grow twice over.
 * Longer strings are views into the plan's text: each is copied out (`detached`), so that the
 * text (some 20 KB a plan, 12 MB across the workspace) is not kept for them.
 *
 * Changes `data` in place (freshly parsed, its only user the caller); the values are equal,
 * so nothing that read them before sees a difference.
 */
export function shareShortStrings(data: unknown, shared: Map<string, string>): void {
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i += 1) data[i] = shareValue(data[i], shared);
    return;
  }
  if (data === null || typeof data !== 'object') return;
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = shareValue(record[key], shared);
}

/** Strings this short are copies when V8 cuts them from a longer one; longer ones are views. */
const SHORT = 13;
/** A workspace's words are a few thousand; beyond this the map is started afresh. */
const MAX_SHARED = 200_000;

/** The one instance of `value` in `shared` (itself, the first time it is met). */
export function sharedString(value: string, shared: Map<string, string>): string {
  const known = shared.get(value);
  if (known !== undefined) return known;
  if (shared.size >= MAX_SHARED) shared.clear();
  shared.set(value, value);
  return value;
}

function shareValue(value: unknown, shared: Map<string, string>): unknown {
  if (typeof value === 'string') return value.length >= SHORT ? detached(value) : sharedString(value, shared);
  if (value !== null && typeof value === 'object') shareShortStrings(value, shared);
  return value;
}

/**
 * A copy of `text` that does not keep a longer text alive: V8 makes a piece of 13 characters
 * or more cut from a string (js-yaml's scalars, cut from a plan's text) a view into it. What
 * is kept past its plan (a workspace's names, a cache's keys) is copied out.
 */
export function detached(text: string): string {
  // The concatenation is flattened into a string of its own; the slice is a view of that.
  return text.length < SHORT ? text : `${text} `.slice(0, -1);
}
