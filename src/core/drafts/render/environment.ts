/**
 * Herald's one private Handlebars environment: created once per run with the draft helpers
 * and the partials, never touching Handlebars' global instance. Templates compile in strict
 * mode (a misspelt field is an error at its line) with `noEscape`: escaping is done per draft
 * format on the data itself (escape.ts), not by Handlebars' HTML escaping.
 */
import type HandlebarsModule from 'handlebars';
import type { DraftFormat } from '../kinds.js';
import { escapeData, escapeFor } from '../../../format/text/escape.js';
import { registerDraftHelpers } from './helpers.js';
import { templateError, TemplateRenderError } from './template-errors.js';

type Handlebars = typeof HandlebarsModule;

/** A template as a run uses it: a user's source, compiled when first used, or Herald's own, compiled at build time. */
export type TemplateFile =
  | {
      /** As the user should see it in messages, e.g. templates/email.hbs. */
      displayPath: string;
      source: string;
    }
  | {
      displayPath: string;
      /** Handlebars.precompile's output for one of Herald's own templates (src/build/template-artifacts.ts). */
      precompiled: object;
    };

type Compiled = (context: unknown, options?: HandlebarsModule.RuntimeOptions) => string;

/** How every template compiles, at build time and at run time alike. */
export const TEMPLATE_COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/** A partial is used inline as often as on its own line: its file's last newline is not part of it. */
export function partialSource(source: string): string {
  return source.replace(/\r?\n$/, '');
}

/**
 * Handlebars' runtime alone (a fifth of the library) when every template in play was compiled
 * at build time; the whole library, with its compiler, when a user's template is among them.
 */
export async function loadHandlebars(files: Iterable<TemplateFile>): Promise<Handlebars> {
  const needsCompiler = [...files].some((file) => 'source' in file);
  if (needsCompiler) return (await import('handlebars')).default;
  // handlebars/runtime's own typings declare nothing; it is the same object without compile().
  return ((await import('handlebars/runtime.js')) as unknown as { default: Handlebars }).default;
}

export interface DraftRenderer {
  /** Renders `template` with `data` escaped for `format`; throws a HeraldError naming the file and line. */
  render(template: TemplateFile, data: object, format: DraftFormat): string;
}

/** `partials` maps a partial's name (its file name without .hbs) to its file; later wins. */
export function createDraftRenderer(handlebars: Handlebars, partials: ReadonlyMap<string, TemplateFile>): DraftRenderer {
  const env = handlebars.create();
  registerDraftHelpers(env);
  const compile = (file: TemplateFile): Compiled =>
    'precompiled' in file ? env.template(file.precompiled) : env.compile(file.source, TEMPLATE_COMPILE_OPTIONS);
  const partialNames = [...partials.keys()];
  for (const [name, file] of partials) {
    let compiled: Compiled | undefined;
    // A function partial, so an error inside it names the partial's file, not its caller's.
    env.registerPartial(name, ((context: unknown, options?: HandlebarsModule.RuntimeOptions) => {
      try {
        compiled ??= compile(file);
        return compiled(context, options);
      } catch (error) {
        throw error instanceof TemplateRenderError ? error : new TemplateRenderError(file.displayPath, error);
      }
    }) as HandlebarsModule.Template);
  }

  const cache = new Map<TemplateFile, Compiled>();
  // The same names, titles and sentences recur in hundreds of drafts: escape each once per format.
  const escapers = new Map<DraftFormat, (text: string) => string>();
  const escapedObjects = new Map<DraftFormat, WeakMap<object, unknown>>();
  const escaperFor = (format: DraftFormat): ((text: string) => string) => {
    let escaper = escapers.get(format);
    if (escaper === undefined) {
      const escape = escapeFor(format);
      const seen = new Map<string, string>();
      escaper = (text) => {
        let escaped = seen.get(text);
        if (escaped === undefined) seen.set(text, (escaped = escape(text)));
        return escaped;
      };
      escapers.set(format, escaper);
    }
    return escaper;
  };
  return {
    render(template, data, format) {
      let objects = escapedObjects.get(format);
      if (objects === undefined) escapedObjects.set(format, (objects = new WeakMap()));
      const escaped = escapeData(data, escaperFor(format), objects);
      try {
        let compiled = cache.get(template);
        if (compiled === undefined) {
          compiled = compile(template);
          cache.set(template, compiled);
        }
        return tidy(compiled(escaped));
      } catch (error) {
        const failure = error instanceof TemplateRenderError ? error : new TemplateRenderError(template.displayPath, error);
        throw templateError(failure, data, partialNames);
      }
    },
  };
}

/**
 * What a template's blank lines and conditionals leave behind: spaces at line ends, runs of
 * blank lines, blank lines at the start. A draft ends with exactly one newline.
 */
export function tidy(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
