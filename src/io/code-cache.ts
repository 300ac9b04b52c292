import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Script } from 'node:vm';
import type { FileReader } from './file-reader.js';

/**
 * Where V8 code caches are read from and written to. The launcher reads the user's cache
 * folder first, then the caches shipped in dist/ (built by one Node version, so only read on
 * that version); a script that ran without a usable cache has its cache written at exit.
 */
export interface CodeCacheStore {
  /** A cache read is valid until the reader's next read: until the script is compiled. */
  read(name: string): Buffer | undefined;
  /** What the store reads with, for the scripts themselves too (see file-reader.ts). */
  reader: FileReader;
  /** Whether the cache read under this name is final, or should take in what this run compiles too. */
  settled(name: string): boolean;
  /**
   * Writes the script's cache at exit: by then it holds every function the run compiled, and,
   * when the cache read was `accepted`, every function of that cache as well.
   */
  saveAtExit(name: string, script: Script, accepted: boolean): void;
}

/**
 * A cache in the user's folder is written again by the first runs that read it, each adding the
 * functions its run compiled: a cache first written by `herald validate --help`, or by a plan
 * with errors, would otherwise leave every later check of a valid plan compiling most of its
 * code (~10% slower on Node 24). After this many writes it is only read.
 */
const SETTLED_AFTER = 3;

export interface BuildInfo {
  /** A hash of the bundles: a cache is only ever read by the build that wrote it. */
  id: string;
  /** The Node version that built dist/ and wrote its caches. */
  node: string;
}

/**
 * The user's cache folder for this build on this Node: `$XDG_CACHE_HOME/herald/…`, else
 * `$HOME/.cache/herald/…`. None when Node's own switch turns code caches off
 * (NODE_DISABLE_COMPILE_CACHE) or there is no home: Herald then starts cold.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv, build: BuildInfo): string | undefined {
  if (isSet(env.NODE_DISABLE_COMPILE_CACHE)) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  const base =
    xdg !== undefined && isAbsolute(xdg) ? xdg : isSet(env.HOME) && isAbsolute(env.HOME ?? '') ? join(env.HOME ?? '', '.cache') : undefined;
  return base === undefined ? undefined : join(base, 'herald', `code-${build.id}`, `node-${process.version}-${process.arch}`);
}

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/**
 * The launcher's store. Nothing here may fail a run: a folder that cannot be read or written
 * only means a cold start. V8 checks a cache's version, flags, source length and size and
 * rejects one that does not fit; a rejected cache is written anew. V8 does not check the bytes
 * themselves (its checksum is on only with --verify-snapshot-checksum, and turning that on
 * from the process costs node:v8, which loads Node's streams: more on Node 24 than the whole
 * cache saves), and bytes damaged on disk could crash the deserializer. So a cache in the
 * user's folder is written twice over in one file and read only when both copies agree: a
 * comparison of memory, where a hash would cost a module (crypto, zlib) to load or a JS loop.
 * The caches shipped in dist/ are single, as trusted as the bundle beside them.
 */
export function codeCacheStore(shipped: string, build: BuildInfo, userFolder: string | undefined, reader: FileReader): CodeCacheStore {
  const pending = new Map<string, { script: Script; writes: number }>();
  // How many times each cache read from the user's folder has been written; shipped caches are final.
  const writes = new Map<string, number>();
  const readShipped = process.version === build.node;
  return {
    read(name) {
      const mirrored = userFolder === undefined ? undefined : reader.readMirrored(join(userFolder, name));
      if (mirrored !== undefined) {
        writes.set(name, mirrored.last);
        return mirrored.bytes;
      }
      writes.set(name, SETTLED_AFTER);
      return readShipped ? reader.read(join(shipped, name)) : undefined;
    },
    reader,
    settled: (name) => (writes.get(name) ?? 0) >= SETTLED_AFTER,
    saveAtExit(name, script, accepted) {
      if (userFolder === undefined) return;
      if (pending.size === 0) process.once('exit', () => writeAll(userFolder, pending));
      pending.set(name, { script, writes: accepted ? (writes.get(name) ?? 0) + 1 : 1 });
    },
  };
}

function writeAll(folder: string, scripts: Map<string, { script: Script; writes: number }>): void {
  try {
    if (makeFolder(folder)) removeOtherBuilds(folder);
  } catch {
    return; // A read-only or missing home: the next run starts cold too.
  }
  for (const [name, { script, writes }] of scripts) {
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    try {
      // Opened before the cache is made, so that a folder that cannot be written costs nothing.
      const fd = openSync(temporary, 'wx');
      try {
        const cache = script.createCachedData();
        writeSync(fd, cache);
        writeSync(fd, cache);
        writeSync(fd, Uint8Array.of(Math.min(writes, 255)));
      } finally {
        closeSync(fd);
      }
      // Renamed into place: a run reading at the same time sees the old file or the new one.
      renameSync(temporary, join(folder, name));
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Never written.
      }
    }
  }
}

/**
 * mkdir -p, returning whether it made the folder. Not mkdirSync's `recursive`, which loops
 * for ever where mkdir keeps answering ENOENT, as under /proc.
 */
function makeFolder(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'ENOENT' || dirname(folder) === folder) throw error;
  }
  makeFolder(dirname(folder));
  mkdirSync(folder);
  return true;
}

/** Caches of earlier builds are never read again: removed when a new build first writes. */
function removeOtherBuilds(folder: string): void {
  const herald = join(folder, '..', '..');
  const current = join(folder, '..');
  for (const entry of readdirSync(herald)) {
    const path = join(herald, entry);
    if (entry.startsWith('code-') && path !== current) rmSync(path, { recursive: true, force: true });
  }
}
