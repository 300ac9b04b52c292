/**
 * The file-system calls Herald's write path makes, as one small port: the real one below, and
 * in tests a layer that injects short writes, ENOSPC or a change made by "someone else" at a
 * chosen moment (test/helpers/faulty-file-system.ts). Synchronous on purpose: one writer, small
 * files, and node:fs/promises costs start-up time to load.
 */
import * as fs from 'node:fs';

/** What the write path reads from an lstat/fstat. */
export interface FileInfo {
  dev: number;
  ino: number;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  ctimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileSystem {
  open(path: string, flags: number, mode?: number): number;
  /** May write fewer bytes than asked (a full disk, a file size limit): callers loop. */
  write(fd: number, data: Uint8Array, offset: number, length: number): number;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fstat(fd: number): FileInfo;
  fchmod(fd: number, mode: number): void;
  fchown(fd: number, uid: number, gid: number): void;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** null when nothing is there. */
  lstat(path: string): FileInfo | null;
  readdir(path: string): string[];
  mkdir(path: string): void;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fs.openSync(path, flags, mode),
  write: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  read: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fstat: (fd) => fs.fstatSync(fd),
  fchmod: (fd, mode) => fs.fchmodSync(fd, mode),
  fchown: (fd, uid, gid) => fs.fchownSync(fd, uid, gid),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path),
  lstat: (path) => fs.lstatSync(path, { throwIfNoEntry: false }) ?? null,
  readdir: (path) => fs.readdirSync(path),
  mkdir: (path) => void fs.mkdirSync(path, { recursive: true }),
};

/**
 * Flags for a file Herald creates: fails if anything, a link included, is at the path.
 * O_NOFOLLOW does not exist on Windows (0 there); O_CREAT|O_EXCL alone already refuses to
 * follow a link at the final component on every system Node runs on.
 */
export const CREATE_NEW = fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY | (fs.constants.O_NOFOLLOW ?? 0);
/** Reading a file whose path was just checked with lstat: a link swapped in is not followed. */
export const READ_NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Ignores a failure where there is nothing better to do (cleaning up after another failure). */
export function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // The first failure is the one the user hears about.
  }
}

/** Removes a temp file after a failure; tried twice, since a passing error must not leave it behind. */
export function removeQuietly(fs: FileSystem, path: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.unlink(path);
      return;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
    }
  }
}
