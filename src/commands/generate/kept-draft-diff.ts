import type { Palette } from '../../format/palette.js';
import { safeTerminalText } from '../../format/text/safe-text.js';

/** What formatKeptDiffs needs of a planned draft (src/io/drafts-folder.ts). */
export interface KeptDraft {
  displayPath: string;
  status: string;
  content: string;
  kept?: { text: string; planChanged: boolean } | undefined;
}

/**
 * A unified diff per kept draft, from the user's edited file to what Herald would write now,
 * as `diff -u` prints it. The diff library loads only for --diff.
 */
export async function formatKeptDiffs(drafts: readonly KeptDraft[], palette: Palette): Promise<string> {
  const kept = drafts.filter((draft) => draft.status === 'kept' && draft.kept !== undefined);
  if (kept.length === 0) return '';
  const { createTwoFilesPatch } = await import('diff');
  return kept
    .map((draft) => {
      const patch = createTwoFilesPatch(
        `${draft.displayPath} (yours)`,
        `${draft.displayPath} (Herald's now)`,
        draft.kept?.text ?? '',
        draft.content,
        undefined,
        undefined,
        { context: 3 },
      );
      // Drop the "=====" banner line: the --- and +++ lines name both sides.
      return patch
        .split('\n')
        .filter((line) => !/^=+$/.test(line))
        .map((line) => colourLine(safeTerminalText(line.replace(/\r$/, '')), palette))
        .join('\n')
        .trimEnd();
    })
    .map((patch) => `${patch}\n`)
    .join('');
}

function colourLine(line: string, palette: Palette): string {
  if (line.startsWith('+++') || line.startsWith('---')) return palette.bold(line);
  if (line.startsWith('+')) return palette.success(line);
  if (line.startsWith('-')) return palette.error(line);
  if (line.startsWith('@@')) return palette.accent(line);
  return line;
}
