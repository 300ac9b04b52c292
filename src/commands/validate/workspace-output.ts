import type { Diagnostic } from '../../core/plan/diagnostics.js';
import type { FileValidation } from '../../core/workspace/validate-workspace.js';
import { plural } from '../../core/words/values.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import type { Palette } from '../../format/palette.js';
import { batched, joinedTexts, type TextPieces } from '../../format/text-pieces.js';
import { formatDiagnosticsGithub } from './diagnostics-machine.js';

/** A file's diagnostics as shown (after --quiet), and whether it fails the check (errors, or anything under --strict). */
export interface ShownFile {
  file: FileValidation;
  shown: readonly Diagnostic[];
  failed: boolean;
}

/**
 * `validate <folder>` in text: the files that have something to say, each as `validate` shows
 * one plan, then one line over the whole set. A valid workspace of 500 plans is one line.
 */
export function formatWorkspaceText(files: readonly ShownFile[], palette: Palette, width: number): string {
  const blocks = files
    .filter(({ shown }) => shown.length > 0)
    .map(({ file, shown }) =>
      formatDiagnosticsText({ file: file.file, text: file.text, diagnostics: shown, rulesRan: file.rulesRan }, palette, width),
    );
  const plans = files.filter(({ file }) => file.kind === 'plan').length;
  const orgs = files.length - plans;
  const orgFiles = orgs === 1 ? 'the organisation file' : plural(orgs, 'organisation file');
  const set = plans === 0 ? orgFiles : `${plural(plans, 'plan')}${orgs > 0 ? ` and ${orgFiles}` : ''}`;
  const all = files.flatMap(({ shown }) => shown);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const withProblems = files.filter(({ shown }) => shown.length > 0).length;
  const summary =
    all.length === 0
      ? `${palette.success('✔')} ${set}: no problems`
      : `${errors > 0 ? palette.error('✖') : palette.warning('⚠')} ${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ')} in ${withProblems} of ${plural(files.length, 'file')} (${set})`;
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summary}\n`;
}

/**
 * `validate <folder> --format json` (see docs/json-output.md), as JSON.stringify(body, null, 2)
 * writes it, given a diagnostic at a time: 500 plans' findings are megabytes.
 */
export function formatWorkspaceJson(files: readonly ShownFile[]): TextPieces {
  return { pieces: () => batched(workspaceJsonTexts(files)) };
}

function* workspaceJsonTexts(files: readonly ShownFile[]): Generator<string> {
  yield `{\n  "valid": ${files.every(({ failed }) => !failed)},\n  "files": `;
  if (files.length === 0) yield '[]';
  for (const [index, { file, shown, failed }] of files.entries()) {
    yield index === 0 ? '[\n    ' : ',\n    ';
    const head = JSON.stringify({ file: file.file, kind: file.kind, valid: !failed }, null, 2);
    yield `${indented(head.slice(0, -2), '    ')},\n      "diagnostics": `;
    if (shown.length === 0) yield '[]';
    else {
      yield '[\n        ';
      yield* joinedTexts(shown, diagnosticJson, ',\n        ');
      yield '\n      ]';
    }
    yield '\n    }';
  }
  if (files.length > 0) yield '\n  ]';
  yield '\n}\n';
}

/**
 * A diagnostic as JSON.stringify(…, null, 2) writes it four levels deep, written out: stringifying
 * each of a workspace's thousands of findings and indenting it again took twice as long.
 */
function diagnosticJson({ rule, severity, message, hint, line, column }: Diagnostic): string {
  const field = (key: string, value: unknown): string => `\n          "${key}": ${JSON.stringify(value)}`;
  // JSON.stringify leaves out a key whose value is undefined.
  const hintField = hint === undefined ? '' : `${field('hint', hint)},`;
  return `{${field('rule', rule)},${field('severity', severity)},${field('message', message)},${hintField}${field('line', line)},${field('column', column)}\n        }`;
}

/** `json` as it reads nested at `indent` (its first line where it is put). */
function indented(json: string, indent: string): string {
  return json.replace(/\n/g, `\n${indent}`);
}

/** `validate <folder> --format github`: every file's annotations, each naming its file, a file at a time. */
export function formatWorkspaceGithub(files: readonly ShownFile[]): TextPieces {
  return { pieces: () => batched(joinedTexts(files, ({ file, shown }) => formatDiagnosticsGithub(file.file, shown), '')) };
}
