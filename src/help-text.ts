/** Help text that fits an 80-column terminal, whatever the length of the examples. */

import { wrapText } from './format/text/wrap.js';

const WIDTH = 78;

/**
 * The examples and notes printed after a command's help. An example's `# comment` moves
 * above it when the line would be too long; notes are wrapped at word boundaries.
 */
export function helpAfter(exampleLines: readonly string[], ...notes: string[]): string {
  const shown = exampleLines.flatMap(formatExample);
  const wrapped = notes.flatMap((note) => wrapWords(note, WIDTH, '  '));
  return `\nExamples:\n${shown.join('\n')}\n${wrapped.length > 0 ? `\n${wrapped.join('\n')}\n` : ''}`;
}

function formatExample(line: string): string[] {
  if (line.startsWith('#')) return wrapWords(line.slice(1).trim(), WIDTH - 4, '').map((part) => `  # ${part}`);
  const [command = '', comment] = splitComment(line);
  const full = `  $ ${line}`;
  if (full.length <= WIDTH) return [full];
  const commandLines = breakCommand(command.trim());
  return comment === undefined ? commandLines : [...wrapWords(comment, WIDTH - 4, '').map((part) => `  # ${part}`), ...commandLines];
}

/** "herald x   # why" -> ["herald x", "why"]. */
function splitComment(line: string): [string, string?] {
  const at = line.indexOf('  #');
  return at === -1 ? [line] : [line.slice(0, at), line.slice(at + 3).trim()];
}

/** A long command broken before its options, shell-style with a trailing backslash. */
function breakCommand(command: string): string[] {
  const words = command.split(/ (?=--?[a-z])/);
  const lines: string[] = [];
  let current = `  $ ${words.shift() ?? ''}`;
  for (const word of words) {
    if (`${current} ${word}`.length > WIDTH - 2) {
      lines.push(`${current} \\`);
      current = `      ${word}`;
    } else {
      current = `${current} ${word}`;
    }
  }
  return [...lines, current];
}

/** The first line as it comes, the others under `indent`; help has no word longer than a line. */
function wrapWords(text: string, width: number, indent: string): string[] {
  return text.trim() === '' ? [] : wrapText(text, width, '', indent);
}
