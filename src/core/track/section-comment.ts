/**
 * The comment above the `measurements:` section. `herald init` ends a new plan with it, and
 * `herald track`, creating the section, writes it only when the file does not already end
 * with it: the first measurement then adds just `measurements:` and its entry.
 */
export const MEASUREMENTS_COMMENT = '# measurements: progress on each goal over time, added by `herald track`.';

/** Does the text end with the section's comment on its last line (at any indentation)? */
export function endsWithMeasurementsComment(text: string): boolean {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines[lines.length - 1]?.trim() === MEASUREMENTS_COMMENT;
}
