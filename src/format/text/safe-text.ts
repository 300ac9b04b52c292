import { showControls } from './sanitise.js';
import { isOneCellEach, textCells } from './width.js';

/**
 * Text from a plan can hold anything, terminal escape sequences included. Before it reaches
 * a terminal, control characters become visible placeholders and tabs become spaces.
 */
export function safeTerminalText(text: string): string {
  return showControls(text);
}

/**
 * Cuts a line to `width` terminal cells, keeping `column` (1-based, in UTF-16 units as the
 * YAML parser counts) in view; returns the clipped text and the caret's column in cells, so
 * a caret under a line of CJK or emoji still points at the right character.
 */
export function clipAround(line: string, column: number, width: number): { text: string; column: number } {
  return isOneCellEach(line) ? clipUnits(line, column, width) : clipCells(line, column, width);
}

/**
 * clipCells for a line whose every UTF-16 unit takes one cell (most lines): the same cut, worked
 * out by arithmetic, without a cell object for each character.
 */
export function clipUnits(line: string, column: number, width: number): { text: string; column: number } {
  const total = line.length;
  const at = Math.max(0, column - 1);
  const caret = at < total ? at + 1 : total + Math.max(1, column - total);
  if (total <= width) return { text: line, column: caret };
  const wanted = Math.max(0, Math.min(caret - 1 - Math.floor(width / 3), total - width));
  let index = Math.min(wanted, total);
  const prefix = index > 0 ? '…' : '';
  if (prefix !== '' && index < total) index += 1;
  const bodyStart = index;
  const taken = Math.max(0, Math.min(total - index, width - 1 - prefix.length));
  const suffix = index + taken < total ? '…' : '';
  return { text: prefix + line.slice(index, index + taken) + suffix, column: caret - bodyStart + prefix.length };
}

/** clipAround for any line: cut by the characters a person sees (textCells). */
export function clipCells(line: string, column: number, width: number): { text: string; column: number } {
  const cells = textCells(line);
  const offsets: number[] = [];
  let total = 0;
  for (const cell of cells) {
    offsets.push(total);
    total += cell.width;
  }
  // The caret's cell: the one holding the column's unit; past the end, as far past as the column says.
  const at = cells.findIndex((cell) => cell.start + cell.text.length > column - 1);
  const caret = at === -1 ? total + Math.max(1, column - line.length) : (offsets[at] ?? 0) + 1;
  if (total <= width) return { text: line, column: caret };
  const wanted = Math.max(0, Math.min(caret - 1 - Math.floor(width / 3), total - width));
  // Start on a character's first cell, never half-way through a wide one.
  const first = cells.findIndex((_cell, index) => (offsets[index] ?? 0) >= wanted);
  const start = first === -1 ? total : (offsets[first] ?? 0);
  const prefix = start > 0 ? '…' : '';
  const room = width - 1 - prefix.length;
  let body = '';
  let used = 0;
  let index = first === -1 ? cells.length : first;
  // The "…" stands where the first character was.
  if (prefix !== '' && index < cells.length) index += 1;
  const bodyStart = index < cells.length ? (offsets[index] ?? total) : total;
  for (; index < cells.length; index += 1) {
    const cell = cells[index];
    if (cell === undefined || used + cell.width > room) break;
    body += cell.text;
    used += cell.width;
  }
  const suffix = index < cells.length ? '…' : '';
  return { text: prefix + body + suffix, column: caret - bodyStart + prefix.length };
}
