import type { Highlight } from '../plan/schema.js';
import { yamlString } from '../yaml/scalar.js';
import type { Candidate } from './candidates.js';
import { winId } from './win-entry.js';

/** Candidates the plan already has (a highlight of the same title) are not offered again. */
export function newCandidates(candidates: readonly Candidate[], highlights: readonly Highlight[] | undefined): Candidate[] {
  const known = new Set((highlights ?? []).map((highlight) => highlight.title.trim().toLowerCase()));
  return candidates.filter((candidate) => !known.has(candidate.title.toLowerCase()));
}

/**
 * Candidates printed for review where nobody can pick them (no terminal): highlight entries
 * to paste under `highlights:`, each with a unique id and its source as a comment. They have
 * no evidence yet, so `validate`'s hype warning (highlight-evidence) reminds the user to add it.
 */
export function formatCandidatesYaml(candidates: readonly Candidate[], takenIds: readonly string[], from: string): string {
  if (candidates.length === 0) return `# No new candidate wins in ${from}.\n`;
  const taken = [...takenIds];
  const lines = [
    `# ${candidates.length} candidate win${candidates.length === 1 ? '' : 's'} from ${from}.`,
    '# Keep the real wins, add why they matter and their evidence, then paste them under',
    '# `highlights:` (or record each with `herald win --title ...`).',
    'highlights:',
  ];
  for (const candidate of candidates) {
    const id = winId(candidate.title, taken);
    taken.push(id);
    lines.push(
      `  - id: ${id}`,
      `    date: ${candidate.date}`,
      `    title: ${yamlString(candidate.title, 'block')}   # ${candidate.source.replace(/[\r\n]/g, ' ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
