/**
 * Finds and reads the templates a run needs: a channel's own `template:` (relative to the
 * plan's folder) first, then `<kind>.hbs` in the user's --templates folder, then Herald's
 * built-in one. Partials: Herald's `templates/partials/*.hbs`, overridden by the user's
 * `<--templates>/partials/*.hbs` of the same name. Herald's own come compiled from the build
 * (generated/built-in-templates.js), so a run without templates of the user's reads no file.
 */
// Synchronous: a few small files, and node:fs/promises costs start-up time to load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { TEMPLATE_KINDS } from '../../core/drafts/kinds.js';
import { closest } from '../../core/words/suggest.js';
import { type ErrorCode, HeraldError } from '../../errors.js';
import { displayPathOf } from '../read-plan-file.js';
import { confineTemplate, type TemplateFolders } from './template-path.js';
import { partialSource, type TemplateFile } from '../../core/drafts/render/environment.js';
import type { TemplateRequest, TemplateSet } from '../../core/drafts/render/template-set.js';
import { builtInPartials, builtInTemplates } from '../../core/drafts/render/generated/built-in-templates.js';

/** Herald's own, as messages name them (an error in one is a bug to report). */
const builtIn = (path: string, precompiled: object): TemplateFile => ({ displayPath: `built-in templates/${path}`, precompiled });

export function loadTemplates(
  requests: readonly TemplateRequest[],
  options: { cwd: string; planFolder: string; userFolder: string | null },
): TemplateSet {
  const userFolder = options.userFolder === null ? null : resolve(options.cwd, options.userFolder);
  const userFiles = userFolder === null ? new Set<string>() : listHbs(userFolder, options.cwd, true);
  // Every file read is fenced in these two folders (links followed), so a plan cannot read others.
  const fence: TemplateFolders = { planFolder: options.planFolder, userFolder };

  const partials = new Map<string, TemplateFile>(
    Object.entries(builtInPartials).map(([name, precompiled]) => [name, builtIn(`partials/${name}.hbs`, precompiled)]),
  );
  if (userFolder !== null) {
    const folder = join(userFolder, 'partials');
    for (const name of listHbs(folder, options.cwd, false)) {
      const partial = readTemplate(join(folder, name), options.cwd, null, fence);
      partials.set(name.slice(0, -'.hbs'.length), { ...partial, source: partialSource(partial.source) });
    }
  }

  const files = new Map<string, TemplateFile>();
  const keyOf = (request: TemplateRequest): string => `${request.kind}\u0000${request.channelTemplate ?? ''}`;
  for (const request of requests) {
    const key = keyOf(request);
    if (files.has(key)) continue;
    if (request.channelTemplate !== null) {
      const path = resolve(options.planFolder, request.channelTemplate);
      files.set(key, readTemplate(path, options.cwd, `the channel's template: ${request.channelTemplate}`, fence));
    } else if (userFolder !== null && userFiles.has(`${request.kind}.hbs`)) {
      files.set(key, readTemplate(join(userFolder, `${request.kind}.hbs`), options.cwd, null, fence));
    } else {
      files.set(key, builtIn(`${request.kind}.hbs`, builtInTemplates[request.kind]));
    }
  }

  const kinds = new Set<string>(TEMPLATE_KINDS.map((kind) => `${kind}.hbs`));
  return {
    templateFor: (request) => {
      const file = files.get(keyOf(request));
      if (file === undefined) throw new Error(`Template not loaded: ${request.kind}`);
      return file;
    },
    partials,
    files: [...files.values(), ...partials.values()],
    unknownFiles: [...userFiles]
      .filter((name) => !kinds.has(name))
      .map((name) => {
        const guess = closest(name, kinds);
        return guess === undefined ? name : `${name} (did you mean ${guess}?)`;
      }),
  };
}

function listHbs(folder: string, cwd: string, required: boolean): Set<string> {
  try {
    const entries = readdirSync(folder, { withFileTypes: true });
    return new Set(entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.hbs')).map((e) => e.name));
  } catch (error) {
    if (!required) return new Set();
    const code = (error as NodeJS.ErrnoException).code;
    throw new HeraldError(
      code === 'ENOTDIR' ? 'not-a-folder' : 'file-not-found',
      code === 'ENOTDIR' ? `${displayPathOf(folder, cwd)} is not a folder` : `No templates folder at ${displayPathOf(folder, cwd)}`,
      { hint: 'Pass --templates a folder of .hbs files named after the channel types, e.g. email.hbs or slack.hbs.' },
    );
  }
}

/** Templates are small; a huge file is a wrong path, not a template. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

function readTemplate(
  written: string,
  cwd: string,
  reason: string | null,
  fence: TemplateFolders,
): { displayPath: string; source: string } {
  const displayPath = displayPathOf(written, cwd);
  const path = confineTemplate(written, fence, reason ?? `the template ${displayPath}`);
  try {
    const info = statSync(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    if (info.size > MAX_TEMPLATE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    return { displayPath, source: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const [errorCode, what]: [ErrorCode, string] =
      code === 'ENOENT'
        ? ['file-not-found', 'does not exist']
        : code === 'ENOTFILE'
          ? ['not-a-file', 'is not a file']
          : code === 'EFBIG'
            ? ['file-too-large', 'is over 1 MB']
            : ['read-failed', 'cannot be read'];
    throw new HeraldError(errorCode, `The template ${displayPath} ${what}`, {
      hint:
        reason === null
          ? `Templates are Handlebars files named after the channel type, e.g. ${basename(path)}.`
          : `It is ${reason}, relative to the plan's folder. Fix the path, or remove \`template:\` to use the built-in one.`,
    });
  }
}
