import { lstatSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { HeraldError } from '../../errors.js';
import { ORG_FILE } from '../read-plan-file.js';

export { ORG_FILE };

/**
 * Where a plan's organisation file is: `herald.org.yaml` in the plan's folder or the nearest
 * folder above it, looking no higher than the root of the git repository the plan is in (the
 * folder holding `.git`). Outside a repository it looks no higher than the working folder,
 * or only in the plan's own folder when the plan is outside the working folder.
 *
 * The answer depends on the plan's place and the working folder only, never on how the plan
 * was named (alone, in a folder, among several files), so a plan validates the same in every
 * case; and nothing outside the plan's repository (or working folder) is read.
 * `cache` is shared across the plans of one run: each folder is looked at once.
 */
export function findOrgFile(planPath: string, cwd: string, cache: OrgLookupCache = new OrgLookupCache()): string | undefined {
  const start = dirname(planPath);
  const ceiling = cache.gitRoot(start) ?? (isInside(start, cwd) ? cwd : start);
  for (let folder = start; ; folder = dirname(folder)) {
    const found = cache.orgIn(folder);
    if (found !== undefined) return found;
    if (folder === ceiling || dirname(folder) === folder) return undefined;
  }
}

/** What each folder holds, looked up once per run. */
export class OrgLookupCache {
  private readonly roots = new Map<string, string | undefined>();
  private readonly orgs = new Map<string, string | undefined>();
  /** Folders whose listing was read while searching for plans: whether each holds `.git`, and its organisation file's entry. */
  private readonly listed = new Map<string, { git: boolean; org: Dirent | undefined }>();

  /**
   * What a folder's listing, read while searching it for plans, says: the folder is then not
   * looked at again (two system calls for each of 500 plan folders, ~14 ms).
   */
  learnListing(folder: string, entries: readonly Dirent[]): void {
    let git = false;
    let org: Dirent | undefined;
    for (const entry of entries) {
      if (entry.name === '.git') git = true;
      else if (entry.name === ORG_FILE) org = entry;
    }
    this.listed.set(folder, { git, org });
  }

  /** The nearest folder at or above `folder` that holds `.git`. */
  gitRoot(folder: string): string | undefined {
    if (this.roots.has(folder)) return this.roots.get(folder);
    const parent = dirname(folder);
    const holdsGit = this.listed.get(folder)?.git ?? exists(join(folder, '.git'));
    const root = holdsGit ? folder : parent === folder ? undefined : this.gitRoot(parent);
    this.roots.set(folder, root);
    return root;
  }

  orgIn(folder: string): string | undefined {
    if (this.orgs.has(folder)) return this.orgs.get(folder);
    const path = join(folder, ORG_FILE);
    const listing = this.listed.get(folder);
    // A Dirent's type is lstat's: a link is a link, not what it points at.
    const info = listing === undefined ? lstatOrUndefined(path) : listing.org;
    if (info !== undefined && !info.isFile()) {
      throw new HeraldError(
        info.isSymbolicLink() ? 'symbolic-link' : 'not-a-file',
        `${path} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; Herald reads the organisation file only as a file`,
        {
          hint: 'Replace it with the file itself (Herald does not follow links), or move it away.',
        },
      );
    }
    const found = info === undefined ? undefined : path;
    this.orgs.set(folder, found);
    return found;
  }
}

function isInside(folder: string, root: string): boolean {
  const path = relative(root, folder);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep));
}

function exists(path: string): boolean {
  return lstatOrUndefined(path) !== undefined;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    // Most folders hold neither: no error is made (with its stack) for each of them.
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
