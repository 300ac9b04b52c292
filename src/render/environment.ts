/**
 * Herald's one private Handlebars environment: created once per run with the draft helpers
 * and the partials, never touching Handlebars' global instance. Templates compile in strict
 * mode (a misspelt field is an error at its line) with `noEscape`: escaping is done per draft
 * format on the data itself (escape.ts), not by Handlebars' HTML escaping.
 */
import Handlebars from 'handlebars';
import type { DraftFormat } from '../core/drafts/kinds.js';
import { escapeData, escapeFor } from './escape.js';
import { registerDraftHelpers } from './helpers.js';
import { templateError, TemplateRenderError } from './template-errors.js';

export interface TemplateFile {
  /** As the user should see it in messages, e.g. templates/email.hbs. */
  displayPath: string;
  source: string;
}

type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

export interface DraftRenderer {
  /** Renders `template` with `data` escaped for `format`; throws a HeraldError naming the file and line. */
  render(template: TemplateFile, data: object, format: DraftFormat): string;
}

/** `partials` maps a partial's name (its file name without .hbs) to its file; later wins. */
export function createDraftRenderer(partials: ReadonlyMap<string, TemplateFile>): DraftRenderer {
  const env = Handlebars.create();
  registerDraftHelpers(env);
  const partialNames = [...partials.keys()];
  for (const [name, file] of partials) {
    let compiled: Compiled | undefined;
    // A function partial, so an error inside it names the partial's file, not its caller's.
    env.registerPartial(name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        compiled ??= env.compile(file.source, COMPILE_OPTIONS);
        return compiled(context, options);
      } catch (error) {
        throw error instanceof TemplateRenderError ? error : new TemplateRenderError(file.displayPath, error);
      }
    }) as Handlebars.Template);
  }

  const cache = new Map<string, Compiled>();
  return {
    render(template, data, format) {
      const escaped = escapeData(data, escapeFor(format));
      try {
        let compiled = cache.get(template.source);
        if (compiled === undefined) {
          compiled = env.compile(template.source, COMPILE_OPTIONS);
          cache.set(template.source, compiled);
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
