/**
 * Editing a file in place that others may edit too (the plan, by `track`): under the plan's
 * lock, read it, make the edit, write it beside, and rename only if the file is still what
 * was read (same inode, size, times and bytes). If someone changed it meanwhile (an editor
 * saving, a script appending a comment), read it again and redo the edit, a few times at
 * most: their change and ours both survive.
 */
import { basename, dirname, join } from 'node:path';
import { HeraldError } from '../../errors.js';
import { MAX_PLAN_BYTES, displayPathOf } from '../read-plan-file.js';
import { writeProblem } from '../file-errors.js';
import { READ_NO_FOLLOW, nodeFileSystem, quietly, type FileInfo, type FileSystem } from './file-system.js';
import { readFully } from './full-write.js';
import { acquireLock } from './lock.js';
import { commitTemp, identityOf, refuseUnlessReplaceable, sameIdentity, syncFolder, writeTempBeside, type Identity } from './replace.js';
import { removeLeftovers } from './temp-file.js';

export const EDIT_ATTEMPTS = 5;

export interface EditOptions {
  displayPath: string;
  cwd: string;
  fileSystem?: FileSystem | undefined;
  /** The new content made from the current one; may throw a HeraldError to stop without writing. */
  edit: (current: Uint8Array) => Promise<string> | string;
  lockTimeoutMs?: number;
}

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.herald-lock`);
}

export async function editFileInPlace(path: string, options: EditOptions): Promise<void> {
  const fs = options.fileSystem ?? nodeFileSystem;
  const { displayPath } = options;
  const folder = dirname(path);
  const lockPath = lockPathFor(path);
  removeLeftovers(fs, folder);
  const lock = await acquireLock(fs, lockPath, displayPath, {
    displayLockPath: displayPathOf(lockPath, options.cwd),
    ...(options.lockTimeoutMs === undefined ? {} : { timeoutMs: options.lockTimeoutMs }),
  });
  try {
    for (let attempt = 1; attempt <= EDIT_ATTEMPTS; attempt += 1) {
      const read = readCurrent(fs, path, displayPath);
      const data = new TextEncoder().encode(await options.edit(read.bytes));
      const temp = writeTempBeside(fs, path, data, read.info);
      if (commitTemp(fs, temp, path, () => unchanged(fs, path, read))) {
        syncFolder(fs, folder);
        return;
      }
    }
    throw new HeraldError('file-changed', `${displayPath} kept changing while Herald was writing it, so Herald left it as it was`, {
      hint: 'Run the command again when nothing else is editing the file.',
    });
  } catch (error) {
    throw writeProblem(error, displayPath);
  } finally {
    lock.release();
  }
}

interface ReadFile {
  info: FileInfo;
  identity: Identity;
  bytes: Uint8Array;
}

function readCurrent(fs: FileSystem, path: string, displayPath: string): ReadFile {
  const before = fs.lstat(path);
  if (before === null) {
    throw new HeraldError('file-changed', `${displayPath} was removed while Herald was writing it`, {
      hint: 'Restore it, then run the command again.',
    });
  }
  refuseUnlessReplaceable(before, displayPath);
  // O_NOFOLLOW: a link swapped in after the lstat is refused, not read.
  const fd = fs.open(path, READ_NO_FOLLOW);
  try {
    const info = fs.fstat(fd);
    if (info.size > MAX_PLAN_BYTES) {
      throw new HeraldError('file-too-large', `${displayPath} grew past ${MAX_PLAN_BYTES / 1024 / 1024} MB while Herald was writing it`, {
        hint: 'Check the file.',
      });
    }
    if (info.ino !== before.ino || info.dev !== before.dev) {
      throw new HeraldError('file-changed', `${displayPath} was replaced while Herald was reading it`, { hint: 'Run the command again.' });
    }
    return { info, identity: identityOf(info), bytes: readFully(fs, fd, info.size) };
  } finally {
    quietly(() => fs.close(fd));
  }
}

/** Same file, size and times, and, for file systems with coarse times, the same bytes. */
function unchanged(fs: FileSystem, path: string, read: ReadFile): boolean {
  const now = fs.lstat(path);
  if (now === null || !now.isFile() || !sameIdentity(identityOf(now), read.identity)) return false;
  const fd = fs.open(path, READ_NO_FOLLOW);
  try {
    return Buffer.from(readFully(fs, fd, now.size + 1)).equals(read.bytes);
  } finally {
    quietly(() => fs.close(fd));
  }
}
