/** Durations as plans write them ("10m", "1h", "1h30m"): one reading for schedule and drafts. */

/** "10m" -> 10, "1h" -> 60, "1h30m" -> 90; null for none, anything else, or a zero length. */
export function durationMinutes(duration: string | undefined): number | null {
  const match = duration === undefined ? null : /^(?=\d)(?:(\d+)h)?(?:(\d+)m)?$/.exec(duration.trim());
  if (match === null) return null;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return minutes > 0 ? minutes : null;
}
