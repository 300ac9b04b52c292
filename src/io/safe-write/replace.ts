/**
 * The steps every write shares: refuse a target that is not a plain, writable file; write the
 * new content whole into a fresh temp file beside it and fsync it; re-check the target just
 * before the rename; rename onto the target's own path (a link there is replaced, never
 * followed: no realpath); fsync the folder so the rename survives a power cut.
 */
import { basename, dirname } from 'node:path';
import { HeraldError } from '../../errors.js';
import { quietly, removeQuietly, type FileInfo, type FileSystem } from './file-system.js';
import { writeFully } from './full-write.js';
import { createTempFile } from './temp-file.js';

/** What says that a file is still the one that was read: same file, same size, same last change. */
export interface Identity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export function identityOf(info: FileInfo): Identity {
  return { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
}

export function sameIdentity(a: Identity | null, b: Identity | null): boolean {
  if (a === null || b === null) return a === b;
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** No write bit for anyone: checked from the mode, since root (as in CI) may write anyway. */
export function isWriteProtected(info: FileInfo): boolean {
  return (info.mode & 0o222) === 0;
}

/**
 * Refuses what Herald must not replace, even with --force: a link (it would be replaced by a
 * file, or worse, written through), a folder, a FIFO, a device, a socket; and a file its owner
 * made read-only.
 */
export function refuseUnlessReplaceable(info: FileInfo, displayPath: string): void {
  if (info.isSymbolicLink()) {
    throw new HeraldError('symbolic-link', `${displayPath} is a symbolic link; Herald does not write through links`, {
      hint: 'Write to the file the link points to, or remove the link.',
    });
  }
  if (info.isDirectory()) {
    throw new HeraldError('not-a-file', `Cannot write ${displayPath}: it is a folder`, {
      hint: 'Give the path of a file, or move the folder out of the way.',
    });
  }
  if (!info.isFile()) {
    throw new HeraldError('not-a-file', `${displayPath} is not a regular file (a device, FIFO or socket); Herald does not replace it`, {
      hint: 'Choose the path of an ordinary file.',
    });
  }
  if (isWriteProtected(info)) {
    throw new HeraldError(
      'write-protected',
      `${displayPath} is write-protected (mode ${(info.mode & 0o777).toString(8)}), so Herald left it as it was`,
      { hint: `Make it writable first (chmod u+w ${displayPath}) if it should change.` },
    );
  }
}

/**
 * Writes `data` (bytes, or their pieces in order) whole into a new temp file beside `target`, with the mode (and, as root, the
 * owner) of the file it replaces, and fsyncs it. Returns the temp path; on any failure the temp
 * file is gone and the error is thrown.
 */
export function writeTempBeside(
  fs: FileSystem,
  target: string,
  data: Uint8Array | Iterable<Uint8Array>,
  replacing: FileInfo | null,
): string {
  const { fd, path } = createTempFile(fs, dirname(target), basename(target), replacing === null ? 0o666 : replacing.mode & 0o777);
  try {
    if (data instanceof Uint8Array) writeFully(fs, fd, data);
    else for (const chunk of data) writeFully(fs, fd, chunk);
    if (replacing !== null) keepModeAndOwner(fs, fd, replacing);
    fs.fsync(fd);
  } catch (error) {
    quietly(() => fs.close(fd));
    removeQuietly(fs, path);
    throw error;
  }
  try {
    // close can report a late write error (network file systems).
    fs.close(fd);
  } catch (error) {
    removeQuietly(fs, path);
    throw error;
  }
  return path;
}

function keepModeAndOwner(fs: FileSystem, fd: number, replacing: FileInfo): void {
  // The umask applied at open; the target's own mode wins. Windows knows only read-only, so
  // a failure there changes nothing worth failing for.
  quietly(() => fs.fchmod(fd, replacing.mode & 0o7777));
  if (process.getuid?.() === 0 && (replacing.uid !== 0 || replacing.gid !== 0)) {
    quietly(() => fs.fchown(fd, replacing.uid, replacing.gid));
  }
}

/**
 * Renames the temp file onto the target if `stillAsRead()` says the target has not changed
 * since it was read; otherwise removes the temp file and returns false.
 */
export function commitTemp(fs: FileSystem, temp: string, target: string, stillAsRead: () => boolean): boolean {
  let ok: boolean;
  try {
    ok = stillAsRead();
    if (ok) fs.rename(temp, target);
  } catch (error) {
    removeQuietly(fs, temp);
    throw error;
  }
  if (!ok) removeQuietly(fs, temp);
  return ok;
}

/**
 * Makes the renames in a folder durable. Best effort: the rename has happened and the file is
 * whole, so a failure here must not report "nothing written" (track would be run again and add
 * the entry twice). Windows cannot open a folder to fsync it, and some file systems refuse;
 * there the rename is as durable as the system makes it.
 */
export function syncFolder(fs: FileSystem, folder: string): void {
  quietly(() => {
    const fd = fs.open(folder, 0);
    try {
      fs.fsync(fd);
    } finally {
      quietly(() => fs.close(fd));
    }
  });
}
