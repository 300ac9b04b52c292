/** Terminal layout for report and brief: word wrapping to the width and text progress bars. */

/**
 * Wraps `text` at spaces so that no line is longer than `width`, the first line starting with
 * `indent` and the others with `hanging` (default: the same). A word longer than a line (a
 * long URL) is cut across lines rather than overflowing.
 */
export function wrapText(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  const push = (): void => {
    lines.push(line);
    line = hanging;
    empty = true;
  };
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (!empty && line.length + 1 + word.length > width) push();
    let rest = word;
    while (line.length + (empty ? 0 : 1) + rest.length > width) {
      const room = width - line.length - (empty ? 0 : 1);
      if (room < 1) break;
      line += (empty ? '' : ' ') + rest.slice(0, room);
      rest = rest.slice(room);
      push();
    }
    if (rest.length > 0) {
      line += (empty ? '' : ' ') + rest;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** A bar of `width` cells, filled to `share` (0..1): "█████░░░░░". Null: a dotted bar. */
export function progressBar(share: number | null, width: number): string {
  if (share === null) return '·'.repeat(width);
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
