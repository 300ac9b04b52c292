/**
 * An advisory lock file that serialises Herald's writers of one plan or one drafts folder:
 * created with O_EXCL (so exactly one process has it), holding the owner's pid, when that
 * process started and a random token. A lock whose owner is dead, or that is very old, is
 * stale and broken; only the holder of a short-lived `.break` file may break it, after
 * checking again, so two waiters never both take the lock. Other programs ignore the lock:
 * that is what the re-check before each rename is for.
 */
import { randomBytes } from 'node:crypto';
import { HeraldError } from '../../errors.js';
import { writeProblem } from '../file-errors.js';
import { CREATE_NEW, READ_NO_FOLLOW, errorCode, quietly, type FileSystem } from './file-system.js';
import { readFully, writeFully } from './full-write.js';
import { isProcessAlive, processStartedAt } from './process-alive.js';

/** A lock older than this is stale even if its pid runs: the pid was reused, or it is from another machine. */
const STALE_MS = 5 * 60 * 1000;
/** A lock without readable content yet: its owner is between create and write, unless it is this old. */
const UNWRITTEN_MS = 5_000;
const BREAK_STALE_MS = 10_000;
export const LOCK_TIMEOUT_MS = 20_000;

interface Owner {
  pid: number;
  started: number;
  token: string;
}

interface LockState {
  ino: number;
  mtimeMs: number;
  owner: Owner | null;
}

export interface HeldLock {
  release(): void;
}

/**
 * Waits (polling, with jitter) until the lock is free and takes it; after `timeoutMs` gives up
 * with exit 2, naming the process that holds it.
 */
export async function acquireLock(
  fs: FileSystem,
  lockPath: string,
  what: string,
  options: { timeoutMs?: number; displayLockPath: string },
): Promise<HeldLock> {
  const timeoutMs = options.timeoutMs ?? LOCK_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const owner: Owner = { pid: process.pid, started: processStartedAt(), token: randomBytes(8).toString('hex') };
  for (;;) {
    const ino = tryCreate(fs, lockPath, owner, options.displayLockPath);
    if (ino !== null) return { release: () => release(fs, lockPath, ino) };
    const state = readLock(fs, lockPath);
    if (state !== null && isStale(state, Date.now())) breakStale(fs, lockPath, state);
    if (Date.now() > deadline) {
      const holder = state?.owner == null ? 'another Herald' : `another Herald (pid ${state.owner.pid})`;
      throw new HeraldError('lock-timeout', `${holder} is writing ${what}; gave up waiting after ${Math.round(timeoutMs / 1000)} s`, {
        hint: `Run the command again when it has finished. If no Herald is running, remove ${options.displayLockPath}.`,
      });
    }
    if (state !== null) await sleep(15 + Math.random() * 35);
  }
}

/** The lock file's inode when this process created it, else null. */
function tryCreate(fs: FileSystem, lockPath: string, owner: Owner, displayLockPath: string): number | null {
  let fd: number;
  try {
    fd = fs.open(lockPath, CREATE_NEW, 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return null;
    throw writeProblem(error, displayLockPath);
  }
  try {
    writeFully(fs, fd, new TextEncoder().encode(`${JSON.stringify(owner)}\n`));
    const { ino } = fs.fstat(fd);
    fs.close(fd);
    return ino;
  } catch (error) {
    quietly(() => fs.close(fd));
    quietly(() => fs.unlink(lockPath));
    throw writeProblem(error, displayLockPath);
  }
}

function readLock(fs: FileSystem, lockPath: string): LockState | null {
  let fd: number;
  try {
    fd = fs.open(lockPath, READ_NO_FOLLOW);
  } catch (error) {
    // Gone since the create failed: try again at once. A link planted as the lock is stale junk.
    if (errorCode(error) === 'ENOENT') return null;
    const info = fs.lstat(lockPath);
    return info === null ? null : { ino: info.ino, mtimeMs: info.mtimeMs, owner: null };
  }
  try {
    const info = fs.fstat(fd);
    const text = new TextDecoder().decode(readFully(fs, fd, Math.min(info.size, 4096)));
    return { ino: info.ino, mtimeMs: info.mtimeMs, owner: parseOwner(text) };
  } finally {
    fs.close(fd);
  }
}

function parseOwner(text: string): Owner | null {
  try {
    const value = JSON.parse(text) as Partial<Owner>;
    if (typeof value.pid === 'number' && typeof value.started === 'number' && typeof value.token === 'string') {
      return { pid: value.pid, started: value.started, token: value.token };
    }
  } catch {
    // Not written yet, or not Herald's.
  }
  return null;
}

function isStale(state: LockState, now: number): boolean {
  const age = now - state.mtimeMs;
  if (state.owner === null) return age > UNWRITTEN_MS;
  if (age > STALE_MS) return true;
  // This very pid, started at another time: the owner died and the pid came back to us.
  if (state.owner.pid === process.pid) return Math.abs(state.owner.started - processStartedAt()) > 1_000;
  return !isProcessAlive(state.owner.pid);
}

function breakStale(fs: FileSystem, lockPath: string, judged: LockState): void {
  const breaker = `${lockPath}.break`;
  let fd: number;
  try {
    fd = fs.open(breaker, CREATE_NEW, 0o644);
  } catch {
    // Someone else is breaking it; a breaker left by a killed run expires.
    const info = fs.lstat(breaker);
    if (info !== null && Date.now() - info.mtimeMs > BREAK_STALE_MS) quietly(() => fs.unlink(breaker));
    return;
  }
  try {
    fs.close(fd);
    const again = readLock(fs, lockPath);
    if (again !== null && again.ino === judged.ino && isStale(again, Date.now())) quietly(() => fs.unlink(lockPath));
  } finally {
    quietly(() => fs.unlink(breaker));
  }
}

/**
 * Removes the lock if it is still this process's own file (never one someone took after
 * judging ours stale). Tried twice: a lock left by a passing error would hold up the next run
 * until it is judged stale.
 */
function release(fs: FileSystem, lockPath: string, ino: number): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      if (fs.lstat(lockPath)?.ino === ino) fs.unlink(lockPath);
      return;
    } catch {
      // Once more.
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
