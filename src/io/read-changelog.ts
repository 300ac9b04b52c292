import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { HeraldError } from '../errors.js';
import { displayPathOf } from './read-plan-file.js';

export interface ChangelogFile {
  /** As the user should see it: relative to the working folder when inside it. */
  displayPath: string;
  text: string;
}

/**
 * The text behind `--from-changelog`: one file (a CHANGELOG.md, or one changeset), or a
 * folder of changesets (`.changeset/`, every `*.md` but its README), sorted by name.
 */
export async function readChangelog(path: string, cwd: string): Promise<ChangelogFile[]> {
  const absolute = resolve(cwd, path);
  const displayPath = displayPathOf(absolute, cwd);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return [{ displayPath, text: await readFile(absolute, 'utf8') }];
    const names = (await readdir(absolute)).filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
    return Promise.all(
      names.map(async (name) => ({
        displayPath: displayPathOf(join(absolute, name), cwd),
        text: await readFile(join(absolute, name), 'utf8'),
      })),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new HeraldError('file-not-found', `${displayPath} does not exist`, {
        hint: `Give a Keep a Changelog file or a changesets folder, e.g. --from-changelog CHANGELOG.md or --from-changelog .changeset (not ${basename(absolute)}).`,
      });
    }
    if (typeof code === 'string')
      throw new HeraldError('read-failed', `Cannot read ${displayPath} (${code})`, { hint: 'Check the path and its permissions.' });
    throw error;
  }
}
