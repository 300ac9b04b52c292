import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { TEMPLATE_KINDS } from '../core/drafts/kinds.js';
import { partialSource, TEMPLATE_COMPILE_OPTIONS } from '../core/drafts/render/environment.js';
import { writeGeneratedFiles } from './write-generated.js';

const BANNER = '// Generated from templates/ by `npm run build`: do not edit.\n/* eslint-disable */\n';
const templatesFolder = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Herald's own templates, compiled by Handlebars at build time: a run that uses only them
 * loads Handlebars' small runtime instead of its compiler and compiles nothing (a test fails
 * when this file is stale).
 */
export function renderTemplateArtifacts(): Record<string, string> {
  // Handlebars types precompile() as returning a specification; it returns its source text.
  const precompile = (source: string): string => Handlebars.precompile(source, TEMPLATE_COMPILE_OPTIONS) as unknown as string;
  const entries = (names: readonly string[], read: (name: string) => string): string =>
    names.map((name) => `  ${JSON.stringify(name)}: ${precompile(read(name))},\n`).join('');
  const partials = readdirSync(`${templatesFolder}partials`)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => name.slice(0, -'.hbs'.length));
  const read = (path: string): string => readFileSync(`${templatesFolder}${path}`, 'utf8');
  return {
    'built-in-templates.js':
      BANNER +
      `export const builtInTemplates = {\n${entries(TEMPLATE_KINDS, (kind) => read(`${kind}.hbs`))}};\n` +
      `export const builtInPartials = {\n${entries(partials, (name) => partialSource(read(`partials/${name}.hbs`)))}};\n`,
  };
}

export function writeTemplateArtifacts(): void {
  writeGeneratedFiles('src/core/drafts/render/generated', renderTemplateArtifacts());
}
