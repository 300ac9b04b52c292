/**
 * Temporary files, created next to their target so that the rename stays on one file system.
 * The name carries the writer's pid and 64 random bits: nobody can plant a link at the next
 * name, and O_EXCL refuses whatever is there anyway. The next run removes those a killed run
 * left behind.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CREATE_NEW, errorCode, quietly, type FileInfo, type FileSystem } from './file-system.js';
import { isProcessAlive } from './process-alive.js';

const TEMP_NAME = /^\..*\.(\d+)-[0-9a-f]{16}\.herald-tmp$/;
/** A temp file of a live pid this old is a leftover all the same: the pid was reused. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
/** A dead writer's temp file younger than this is left: its pid may be from another machine. */
const FRESH_MS = 5_000;

export function tempNameFor(targetName: string, pid: number = process.pid): string {
  // Only safe characters, and short, so the name is valid wherever the target's is.
  const base = targetName.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  return `.${base}.${pid}-${randomBytes(8).toString('hex')}.herald-tmp`;
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Creates a new, empty temp file beside the target with the given mode; never opens an existing path. */
export function createTempFile(fs: FileSystem, folder: string, targetName: string, mode: number): { fd: number; path: string } {
  for (let attempt = 0; ; attempt += 1) {
    const path = join(folder, tempNameFor(targetName));
    try {
      return { fd: fs.open(path, CREATE_NEW, mode), path };
    } catch (error) {
      // 64 random bits make a clash next to impossible; a few of them mean someone is guessing.
      if (errorCode(error) !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
}

/**
 * Removes the temp files in `folder` that a killed run left: regular files with Herald's
 * name pattern whose writer is gone (and not just now), or that are very old. Links and
 * anything else are left alone. Never fails: a leftover is untidy, not dangerous.
 */
export function removeLeftovers(fs: FileSystem, folder: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null) continue;
    const path = join(folder, name);
    let info: FileInfo | null;
    try {
      info = fs.lstat(path);
    } catch {
      continue;
    }
    if (info === null || !info.isFile()) continue;
    const pid = Number(match[1]);
    const age = now - info.mtimeMs;
    const orphan = age > ORPHAN_AGE_MS || (pid !== process.pid && age > FRESH_MS && !isProcessAlive(pid));
    if (!orphan) continue;
    quietly(() => {
      fs.unlink(path);
      removed.push(name);
    });
  }
  return removed;
}
