import { nodeFileSystem, type FileSystem } from '../../src/io/safe-write/file-system.js';

export interface Faults {
  /** Each write(2) writes at most this many bytes: short writes, as on a nearly full disk. */
  maxWriteBytes?: number;
  /** The disk's free space: writes past it are cut short, then fail with ENOSPC. */
  freeBytes?: number;
  /** This call fails with this code, on its nth use (1 = the first). */
  fail?: { call: keyof FileSystem; code: string; nth?: number };
  /** Runs when a temp file is about to be created (its path): "someone else" acts while Herald writes. */
  onTempOpen?: (tempPath: string, nth: number) => void;
}

/** The real file system with faults injected, for the write path's tests. */
export function faultyFileSystem(faults: Faults): FileSystem & { used: Record<string, number> } {
  const used: Record<string, number> = {};
  let written = 0;
  let temps = 0;
  const count = (call: keyof FileSystem): void => {
    used[call] = (used[call] ?? 0) + 1;
    const fail = faults.fail;
    if (fail !== undefined && fail.call === call && used[call] === (fail.nth ?? 1)) {
      throw Object.assign(new Error(`${fail.code}: injected failure of ${call}`), { code: fail.code });
    }
  };
  return {
    used,
    open(path, flags, mode) {
      count('open');
      if (path.endsWith('.herald-tmp')) faults.onTempOpen?.(path, (temps += 1));
      return nodeFileSystem.open(path, flags, mode);
    },
    write(fd, data, offset, length) {
      count('write');
      let allowed = Math.min(length, faults.maxWriteBytes ?? length);
      if (faults.freeBytes !== undefined) {
        const free = faults.freeBytes - written;
        if (free <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        allowed = Math.min(allowed, free);
      }
      const done = nodeFileSystem.write(fd, data, offset, allowed);
      written += done;
      return done;
    },
    read: (...args) => (count('read'), nodeFileSystem.read(...args)),
    fstat: (fd) => (count('fstat'), nodeFileSystem.fstat(fd)),
    fchmod: (fd, mode) => (count('fchmod'), nodeFileSystem.fchmod(fd, mode)),
    fchown: (fd, uid, gid) => (count('fchown'), nodeFileSystem.fchown(fd, uid, gid)),
    fsync: (fd) => (count('fsync'), nodeFileSystem.fsync(fd)),
    close: (fd) => (count('close'), nodeFileSystem.close(fd)),
    rename: (from, to) => (count('rename'), nodeFileSystem.rename(from, to)),
    unlink: (path) => (count('unlink'), nodeFileSystem.unlink(path)),
    lstat: (path) => (count('lstat'), nodeFileSystem.lstat(path)),
    readdir: (path) => (count('readdir'), nodeFileSystem.readdir(path)),
    mkdir: (path) => (count('mkdir'), nodeFileSystem.mkdir(path)),
  };
}
