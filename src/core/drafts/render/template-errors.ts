/**
 * A template that fails is the template author's mistake, not a bug: it becomes a HeraldError
 * (exit 2) that names the file and the line, with a "did you mean" for a misspelt field.
 */
import { closest } from '../../words/suggest.js';
import { HeraldError } from '../../../errors.js';
import { TemplateFieldError } from './helpers.js';

/** An error raised while rendering, tagged with the file it happened in. */
export class TemplateRenderError extends Error {
  readonly file: string;
  override readonly cause: unknown;

  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'TemplateRenderError';
    this.file = file;
    this.cause = cause;
  }
}

export function templateError(failure: TemplateRenderError, data: object, partials: readonly string[]): HeraldError {
  const { file, cause } = failure;
  if (cause instanceof TemplateFieldError) {
    return new HeraldError('template-unknown-field', `${at(file, cause.line, cause.column)}: ${cause.message}`, {
      hint: "The fields of the draft data are listed in docs/draft-data.md in Herald's repository; `herald generate --data` prints them.",
    });
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  const details = cause as { lineNumber?: unknown; column?: unknown };

  const notDefined = /^"(.+?)" not defined in/.exec(message);
  if (notDefined !== null) {
    const name = notDefined[1] ?? '';
    const fields = fieldNames(data);
    // Swapped letters first ("titel" is "title", not "time"), then the closest by edits.
    const letters = (word: string): string => [...word.toLowerCase()].sort().join('');
    const guess = [...fields].find((field) => field !== name && letters(field) === letters(name)) ?? closest(name, fields);
    const line = typeof details.lineNumber === 'number' ? details.lineNumber : null;
    const column = typeof details.column === 'number' ? details.column + 1 : null;
    // Spelt right but out of scope: say where the field is.
    const places = fields.has(name) ? fieldPlaces(data, name).slice(0, 3) : [];
    return new HeraldError(
      'template-unknown-field',
      `${at(file, line, column)}: "${name}" is not a field of the draft data here, nor a helper`,
      {
        hint:
          places.length > 0
            ? `It is a field elsewhere: ${places.join('; ')}. Inside #each or #with, fields are those of the item, and @root reaches the draft's own.`
            : guess === undefined
              ? 'Check the spelling and the context (inside #each, fields are those of the item); `herald generate --data` prints the data.'
              : `Did you mean "${guess}"?`,
      },
    );
  }
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(message);
  if (parse !== null) {
    return new HeraldError('template-syntax', `${file}:${parse[1] ?? ''}: the template does not parse`, { hint: (parse[2] ?? '').trim() });
  }
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial !== null) {
    return new HeraldError('template-partial-missing', `${file}: the partial "${partial[1] ?? ''}" does not exist`, {
      hint:
        partials.length === 0
          ? 'Put partials in a partials/ folder of your --templates folder, one .hbs file each.'
          : `Partials: ${partials.join(', ')}. Yours go in a partials/ folder of your --templates folder.`,
    });
  }
  const line = typeof details.lineNumber === 'number' ? details.lineNumber : null;
  return new HeraldError('template-failed', `${at(file, line, null)}: ${message.replace(/ - \d+:\d+$/, '')}`, {
    hint: 'Check the template against the draft data (`herald generate --data`) and the helpers in the README.',
  });
}

function at(file: string, line: number | null, column: number | null): string {
  if (line === null) return file;
  return column === null ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/**
 * Where a key called `name` is in the data, as a template reaches it: `{{@root.plan.name}}`
 * through objects, "in each of highlights" through the first list on the way.
 */
function fieldPlaces(data: unknown, name: string, path: readonly string[] = []): string[] {
  if (data === null || typeof data !== 'object' || path.length > 3) return [];
  if (Array.isArray(data)) {
    const inItems = data.some((item) => fieldPlaces(item, name).length > 0);
    return inItems ? [`in each of ${path.join('.')}`] : [];
  }
  return Object.entries(data).flatMap(([key, value]) => [
    ...(key === name ? [`{{@root.${[...path, key].join('.')}}}`] : []),
    ...fieldPlaces(value, name, [...path, key]),
  ]);
}

/** Every key at every depth of the data, for suggestions. */
function fieldNames(data: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) fieldNames(item, names);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      names.add(key);
      fieldNames(value, names);
    }
  }
  return names;
}
