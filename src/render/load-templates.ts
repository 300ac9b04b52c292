/**
 * Finds and reads the templates a run needs: a channel's own `template:` (relative to the
 * plan's folder) first, then `<kind>.hbs` in the user's --templates folder, then Herald's
 * built-in one. Partials: Herald's `templates/partials/*.hbs`, overridden by the user's
 * `<--templates>/partials/*.hbs` of the same name.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KINDS, type TemplateKind } from '../core/drafts/kinds.js';
import { closest } from '../core/suggest.js';
import { HeraldError } from '../errors.js';
import { displayPathOf } from '../io/read-plan-file.js';
import type { TemplateFile } from './environment.js';

export interface TemplateRequest {
  kind: TemplateKind;
  /** A channel's `template:`, as written in the plan, or null. */
  channelTemplate: string | null;
}

export interface TemplateSet {
  /** The template for a kind and channel template, as requested. */
  templateFor(request: TemplateRequest): TemplateFile;
  partials: Map<string, TemplateFile>;
  /** .hbs files in the --templates folder that are no template kind (likely misspelt). */
  unknownFiles: string[];
}

/**
 * Herald's own templates: the `templates/` folder of the package. The bundle and the sources
 * sit at different depths, so look upwards from this module for it.
 */
export function builtInTemplatesFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = join(folder, 'templates');
    if (existsSync(join(candidate, 'email.hbs'))) return candidate;
    folder = dirname(folder);
  }
  throw new HeraldError("Herald's built-in templates are missing", {
    hint: 'Reinstall Herald: its templates/ folder is not where it should be.',
  });
}

export async function loadTemplates(
  requests: readonly TemplateRequest[],
  options: { cwd: string; planFolder: string; userFolder: string | null; builtInFolder?: string },
): Promise<TemplateSet> {
  const builtIn = options.builtInFolder ?? builtInTemplatesFolder();
  const userFolder = options.userFolder === null ? null : resolve(options.cwd, options.userFolder);
  const userFiles = userFolder === null ? new Set<string>() : await listHbs(userFolder, options.cwd, true);

  const partials = new Map<string, TemplateFile>();
  for (const folder of [join(builtIn, 'partials'), ...(userFolder === null ? [] : [join(userFolder, 'partials')])]) {
    for (const name of await listHbs(folder, options.cwd, false)) {
      const partial = await readTemplate(join(folder, name), options.cwd, null);
      // A partial is used inline as often as on its own line: its file's last newline is not part of it.
      partials.set(name.slice(0, -'.hbs'.length), { ...partial, source: partial.source.replace(/\r?\n$/, '') });
    }
  }

  const files = new Map<string, TemplateFile>();
  const keyOf = (request: TemplateRequest): string => `${request.kind}\u0000${request.channelTemplate ?? ''}`;
  for (const request of requests) {
    const key = keyOf(request);
    if (files.has(key)) continue;
    let path: string;
    let reason: string | null = null;
    if (request.channelTemplate !== null) {
      path = resolve(options.planFolder, request.channelTemplate);
      reason = `the channel's template: ${request.channelTemplate}`;
    } else if (userFolder !== null && userFiles.has(`${request.kind}.hbs`)) {
      path = join(userFolder, `${request.kind}.hbs`);
    } else {
      path = join(builtIn, `${request.kind}.hbs`);
    }
    files.set(key, await readTemplate(path, options.cwd, reason));
  }

  const kinds = new Set<string>(TEMPLATE_KINDS.map((kind) => `${kind}.hbs`));
  return {
    templateFor: (request) => {
      const file = files.get(keyOf(request));
      if (file === undefined) throw new Error(`Template not loaded: ${request.kind}`);
      return file;
    },
    partials,
    unknownFiles: [...userFiles]
      .filter((name) => !kinds.has(name))
      .map((name) => {
        const guess = closest(name, kinds);
        return guess === undefined ? name : `${name} (did you mean ${guess}?)`;
      }),
  };
}

async function listHbs(folder: string, cwd: string, required: boolean): Promise<Set<string>> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return new Set(entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.hbs')).map((e) => e.name));
  } catch (error) {
    if (!required) return new Set();
    const code = (error as NodeJS.ErrnoException).code;
    throw new HeraldError(
      code === 'ENOTDIR' ? `${displayPathOf(folder, cwd)} is not a folder` : `No templates folder at ${displayPathOf(folder, cwd)}`,
      { hint: 'Pass --templates a folder of .hbs files named after the channel types, e.g. email.hbs or slack.hbs.' },
    );
  }
}

/** Templates are small; a huge file is a wrong path, not a template. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

async function readTemplate(path: string, cwd: string, reason: string | null): Promise<TemplateFile> {
  const displayPath = displayPathOf(path, cwd);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    if (info.size > MAX_TEMPLATE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    return { displayPath, source: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT' ? 'does not exist' : code === 'ENOTFILE' ? 'is not a file' : code === 'EFBIG' ? 'is over 1 MB' : 'cannot be read';
    throw new HeraldError(`The template ${displayPath} ${what}`, {
      hint:
        reason === null
          ? `Templates are Handlebars files named after the channel type, e.g. ${basename(path)}.`
          : `It is ${reason}, relative to the plan's folder. Fix the path, or remove \`template:\` to use the built-in one.`,
    });
  }
}
