import { showControls } from './sanitise.js';

/**
 * Text from a plan can hold anything, terminal escape sequences included. Before it reaches
 * a terminal, control characters become visible placeholders and tabs become spaces.
 */
export function safeTerminalText(text: string): string {
  return showControls(text);
}

/** Cuts a line to `width` characters, keeping `column` (1-based) in view; returns the new column. */
export function clipAround(line: string, column: number, width: number): { text: string; column: number } {
  if (line.length <= width) return { text: line, column };
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 3), line.length - width));
  const prefix = start > 0 ? '…' : '';
  const body = line.slice(start + prefix.length, start + width - 1);
  const suffix = start + width - 1 < line.length ? '…' : '';
  return { text: prefix + body + suffix, column: column - start };
}
