import type { RuleId } from '../rules/catalog.js';
import { compareText } from '../words/text.js';

/** A path into the plan's data, e.g. ['goals', 2, 'audiences', 0]. */
export type DataPath = ReadonlyArray<string | number>;

export type Severity = 'error' | 'warning';

/** A problem found in a plan, before it is placed at a line and column. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  hint?: string;
  /** Where in the data the problem is; placed at a line and column by SourcePositions. */
  path?: DataPath;
  /** Point at the key of the last path segment rather than its value (unknown keys). */
  at?: 'key' | 'value';
  /** A raw character offset, for problems found before there is any data (syntax, bytes). */
  offset?: number;
}

/** A finding placed in the file: what `validate` prints and `--format json` emits. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  hint: string | null;
  line: number;
  column: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}
