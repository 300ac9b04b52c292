import type { Diagnostic } from '../../core/plan/diagnostics.js';

/** `validate --format json`: the stable shape documented in docs/json-output.md. */
export function formatDiagnosticsJson(file: string, valid: boolean, diagnostics: readonly Diagnostic[]): string {
  const body = {
    file,
    valid,
    diagnostics: diagnostics.map(({ rule, severity, message, hint, line, column }) => ({ rule, severity, message, hint, line, column })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** `validate --format github`: workflow commands that annotate the lines of a pull request. */
export function formatDiagnosticsGithub(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = `file=${escapeProperty(file)},line=${d.line},col=${d.column},title=${escapeProperty(`herald ${d.rule}`)}`;
      const message = d.hint === null || d.hint === '' ? d.message : `${d.message}\nHint: ${d.hint}`;
      return `::${d.severity} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}

// The escaping of GitHub's @actions/core (command.ts): data escapes %, CR and LF; properties also : and ,.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
