/**
 * Where Herald may read a template from: a plan (perhaps from a pull request) names its
 * channels' templates, so without a fence `template: ../../etc/passwd` would print that file
 * as a draft. A template must be a `.hbs` file that is, after following links, inside the
 * plan's folder or the --templates folder. Nothing outside is read, or even looked at.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { capitalise } from '../../core/words/text.js';
import { HeraldError } from '../../errors.js';

export interface TemplateFolders {
  /** The folder of the plan file. */
  planFolder: string;
  /** The --templates folder, resolved, or null. */
  userFolder: string | null;
}

/**
 * The real path to read `path` from, or a HeraldError. `what` names it for the user, e.g.
 * "the channel's template: x.hbs"; the file's contents are never part of a message.
 */
export function confineTemplate(path: string, folders: TemplateFolders, what: string): string {
  const hint = `Herald reads templates only from the plan's folder and the --templates folder. Move the template there${
    what.startsWith('the channel') ? ', or remove `template:` to use the built-in one' : ''
  }.`;
  if (!path.endsWith('.hbs')) throw new HeraldError('template-not-hbs', `${capitalise(what)} is not a .hbs file`, { hint });
  const roots = [folders.planFolder, ...(folders.userFolder === null ? [] : [folders.userFolder])];
  // First as written, so that a path leading outside is refused before anything is read.
  if (!roots.some((root) => isInside(path, root))) throw new HeraldError('template-outside-folder', `${capitalise(what)} is outside the plan's folder`, { hint });
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return path; // missing or unreadable: the reader says which
  }
  // Then after links: a link inside the folder may point anywhere.
  if (!roots.some((root) => isInside(real, realOrSelf(root)))) {
    throw new HeraldError('template-outside-folder', `${capitalise(what)} is a link to a file outside the plan's folder`, { hint });
  }
  return real;
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(resolve(folder), resolve(path));
  return fromFolder !== '' && fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
