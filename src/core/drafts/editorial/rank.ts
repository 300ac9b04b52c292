/**
 * Which win leads: what matters most to the readers comes first (PRODUCT.md section 3):
 * impact, then a win that has both a figure and evidence, then one that touches what the
 * readers care about, then the newest.
 */
import type { Highlight } from '../../plan/schema.js';
import { compareText } from '../../words/text.js';

const IMPACT_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Does the win speak to one of these topics? A word of four letters or more of a topic starts a word of the win. */
export function touchesTopics(highlight: Highlight, topics: readonly string[]): boolean {
  if (topics.length === 0) return false;
  const words = new Set(
    [highlight.title, highlight.what, highlight.why, highlight.metric?.name]
      .filter(Boolean)
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  const topicWords = topics.flatMap((topic) =>
    topic
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
  return topicWords.some((topic) => [...words].some((word) => word.startsWith(topic)));
}

/** The wins in the order a draft tells them: the lead first. */
export function rankHighlights(highlights: readonly Highlight[], topics: readonly string[]): Highlight[] {
  const key = (h: Highlight) => ({
    impact: IMPACT_ORDER[h.impact ?? 'medium'],
    proven: h.metric !== undefined && h.evidence !== undefined && h.evidence.trim() !== '' ? 0 : 1,
    topical: touchesTopics(h, topics) ? 0 : 1,
  });
  const keys = new Map(highlights.map((h) => [h, key(h)]));
  return [...highlights].sort((a, b) => {
    const ka = keys.get(a);
    const kb = keys.get(b);
    if (ka === undefined || kb === undefined) return 0;
    return (
      ka.impact - kb.impact || ka.proven - kb.proven || ka.topical - kb.topical || compareText(b.date, a.date) || compareText(a.id, b.id)
    );
  });
}
