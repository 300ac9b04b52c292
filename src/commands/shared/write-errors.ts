import type { Diagnostic } from '../../core/plan/diagnostics.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import type { CommandContext } from './context.js';

/**
 * A file's errors on stderr, as `validate` prints them: what a command that cannot work from a
 * plan (or an organisation file) with errors shows before it stops.
 */
export function writeErrors(file: string, text: string, diagnostics: readonly Diagnostic[], context: CommandContext): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  context.stderr.write(
    formatDiagnosticsText(
      { file, text, diagnostics: errors, rulesRan: false },
      paletteFor(colorLevel(context.stderr, context.env, context.color)),
      widthOf(context.stderr, context.env),
    ),
  );
}
