import type { Diagnostic } from '../core/plan/diagnostics.js';
import { plural } from '../core/words/values.js';
import { wrapText } from './text/wrap.js';
import { LineCounter } from '../core/yaml/line-counter.js';
import type { Palette } from './palette.js';
import { clipAround, safeTerminalText } from './text/safe-text.js';

export interface DiagnosticsReport {
  file: string;
  text: string;
  diagnostics: readonly Diagnostic[];
  rulesRan: boolean;
  /** Warnings left out by --quiet, mentioned in the summary so that "valid" is not a surprise. */
  hiddenWarnings?: number;
  /** Counts shown in the summary of a valid plan. */
  counts?: Readonly<Record<string, number>>;
  /** What the file is when it has no problems (default "valid"): "a valid organisation file". */
  valid?: string;
}

/**
 * Diagnostics in the style of ESLint and tsc: `file:line:column`, severity, message and rule,
 * the source line with a caret under the column, the hint; then a summary line.
 */
export function formatDiagnosticsText(report: DiagnosticsReport, palette: Palette, width: number): string {
  // A valid plan's text is not read again (`text` may decode it anew: see validate-workspace.ts).
  const lines = report.diagnostics.length === 0 ? undefined : new LineCounter(report.text);
  const blocks = lines === undefined ? [] : report.diagnostics.map((diagnostic) => formatOne(report, diagnostic, lines, palette, width));
  return [...blocks, summary(report, palette)].join('\n\n') + '\n';
}

function formatOne(report: DiagnosticsReport, d: Diagnostic, lines: LineCounter, palette: Palette, width: number): string {
  // Wrapped as plain text to the width, then coloured: the location and severity lead the
  // first line, the rule id ends the last.
  const where = `${report.file}:${d.line}:${d.column}`;
  const headLines = wrapText(`${where} ${d.severity} ${safeTerminalText(d.message)} [${d.rule}]`, width, '', '    ');
  const lead = `${where} ${d.severity}`;
  const colouredLead = `${palette.bold(where)} ${d.severity === 'error' ? palette.error('error') : palette.warning('warning')}`;
  const head = headLines
    .map((line, index) => (index === 0 && line.startsWith(lead) ? colouredLead + line.slice(lead.length) : line))
    .join('\n')
    .replace(/\[([a-z-]+)\]$/, (rule) => palette.dim(rule));
  const gutter = String(d.line).length;
  const source = safeTerminalText(lines.lineText(report.text, d.line));
  const clipped = clipAround(source, visibleColumn(lines.lineText(report.text, d.line), d.column), width - gutter - 5);
  const excerpt = [
    `  ${palette.dim(`${d.line} |`)} ${clipped.text}`,
    `  ${' '.repeat(gutter)} ${palette.dim('|')} ${' '.repeat(Math.max(0, clipped.column - 1))}${d.severity === 'error' ? palette.error('^') : palette.warning('^')}`,
  ];
  const hint =
    d.hint !== null && d.hint !== ''
      ? wrapText(`hint: ${safeTerminalText(d.hint)}`, width, '  ', '        ').map((line, index) =>
          index === 0 ? line.replace('hint:', palette.accent('hint:')) : line,
        )
      : [];
  return [head, ...excerpt, ...hint].join('\n');
}

/** The caret's column once tabs are shown as two spaces. */
function visibleColumn(rawLine: string, column: number): number {
  const before = rawLine.slice(0, column - 1);
  return column + (before.match(/\t/g)?.length ?? 0);
}

function summary(report: DiagnosticsReport, palette: Palette): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const rulesNote = report.rulesRan ? '' : `\n${palette.dim('The planning rules (warnings) run once the errors are fixed.')}`;
  if (errors === 0 && warnings === 0) {
    const counts = Object.entries(report.counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([name, n]) => plural(n, name.replace(/s$/, ''), name))
      .join(', ');
    const hidden = report.hiddenWarnings ?? 0;
    if (hidden > 0) return `${palette.success('✔')} ${report.file} has no errors (${plural(hidden, 'warning')} not shown: --quiet)`;
    return `${palette.success('✔')} ${report.file} is ${report.valid ?? 'valid'}${counts === '' ? '' : `: ${counts}`}`;
  }
  const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const mark = errors > 0 ? palette.error('✖') : palette.warning('⚠');
  return `${mark} ${parts} in ${report.file}${rulesNote}`;
}
