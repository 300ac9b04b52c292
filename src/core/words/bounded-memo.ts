import { detached } from './share-strings.js';

/**
 * `compute` with its answers kept by text, for work asked again and again (a cadence read for
 * every window, across 500 plans). Dropped whole at `limit` answers, so that a long-running
 * process never holds more. Each key is kept as a copy (`detached`): a key cut from a plan's
 * text would keep that whole text alive, some 7 MB across a workspace of 500 plans.
 */
export function boundedMemo<T>(compute: (text: string) => T, limit = 1_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(detached(text), answer);
    return answer;
  };
}
