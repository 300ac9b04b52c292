/**
 * The precise account of a YAML syntax error, for a file that does not parse: read-yaml.ts
 * reports js-yaml's first error synchronously, and this lists them all.
 */
import type { Finding } from '../plan/diagnostics.js';
import { explainSyntaxError } from './explain-text.js';

const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tabs at the start of this line with spaces.',
  DUPLICATE_KEY: 'A key may appear once in a mapping: remove or rename one of them.',
  BAD_INDENT: 'Line this up with the other entries at its level, using spaces.',
  MISSING_CHAR: 'A bracket, brace or quote is not closed.',
  MULTIPLE_DOCS: 'A plan is one YAML document: remove the `---` or `...` separator.',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line and be followed by `: `.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line and be followed by `: `.',
  UNEXPECTED_TOKEN: 'Check the quoting and indentation around here.',
};
export const DEFAULT_SYNTAX_HINT = 'Check the indentation (spaces only), quotes and brackets around here.';

/**
 * Lists every syntax error of a text js-yaml could not read, with `yaml`'s error-collecting
 * parser, loaded only now (a vendor bundle: commands that read a valid plan never load it);
 * `first`, js-yaml's own error, if it finds none.
 */
export async function listSyntaxErrors(text: string, first: Finding): Promise<Finding[]> {
  try {
    const { parseDocument } = await import('yaml');
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    // Errors after the first tab-indented line are mostly its echoes: one error stands for them.
    const tabs = tabIndentation(text, document.errors);
    const errors = tabs === null ? document.errors : document.errors.filter((error) => error.pos[0] < (tabs.offset ?? 0));
    const findings = errors.map((error): Finding => {
      const message = error.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '');
      const explained = explainSyntaxError(error.code, message, error.pos[0], text);
      return {
        rule: 'yaml-syntax',
        severity: 'error',
        message: explained?.message ?? capitalise(message),
        hint: explained?.hint ?? SYNTAX_HINTS[error.code] ?? DEFAULT_SYNTAX_HINT,
        offset: explained?.offset ?? error.pos[0],
      };
    });
    if (tabs !== null) findings.push(tabs);
    return findings.length > 0 ? findings : [first];
  } catch {
    return [first];
  }
}

/**
 * A file indented with tabs breaks on every line, each error the same and most of the rest
 * their echoes: one error says it all, at the first tab, with the number of lines.
 */
function tabIndentation(text: string, errors: ReadonlyArray<{ code: string; pos: [number, number] }>): Finding | null {
  const first = errors.find((error) => error.code === 'TAB_AS_INDENT');
  if (first === undefined) return null;
  const lines = text.split('\n').filter((line) => /^ *\t/.test(line)).length;
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: `The plan is indented with tabs (on ${lines} ${lines === 1 ? 'line' : 'lines'}, the first here)`,
    hint: 'YAML indents with spaces only: replace each tab at the start of a line with two spaces (an editor\'s "convert indentation to spaces" does it), then validate again.',
    offset: first.pos[0],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
