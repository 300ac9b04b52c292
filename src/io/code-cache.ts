import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Script } from 'node:vm';

/**
 * Where V8 code caches are read from and written to. The launcher reads the user's cache
 * folder first, then the caches shipped in dist/ (built by one Node version, so only read on
 * that version); a script that ran without a usable cache has its cache written at exit.
 */
export interface CodeCacheStore {
  read(name: string): Buffer | undefined;
  /** Writes the script's cache at exit: by then it holds every function the run compiled. */
  saveAtExit(name: string, script: Script): void;
}

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
export function codeCacheStore(shipped: string, build: BuildInfo, userFolder: string | undefined): CodeCacheStore {
  const pending = new Map<string, Script>();
  const readShipped = process.version === build.node;
  return {
    read(name) {
      return (
        (userFolder === undefined ? undefined : readMirrored(join(userFolder, name))) ??
        (readShipped ? readOrNothing(join(shipped, name)) : undefined)
      );
    },
    saveAtExit(name, script) {
      if (userFolder === undefined) return;
      if (pending.size === 0) process.once('exit', () => writeAll(userFolder, pending));
      pending.set(name, script);
    },
  };
}

function readOrNothing(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The cache when the file holds it twice over, identically; nothing for a damaged file. */
function readMirrored(file: string): Buffer | undefined {
  const both = readOrNothing(file);
  if (both === undefined || both.length % 2 !== 0) return undefined;
  const half = both.length / 2;
  const cache = both.subarray(0, half);
  return cache.equals(both.subarray(half)) ? cache : undefined;
}

function writeAll(folder: string, scripts: Map<string, Script>): void {
  try {
    if (makeFolder(folder)) removeOtherBuilds(folder);
  } catch {
    return; // A read-only or missing home: the next run starts cold too.
  }
  for (const [name, script] of scripts) {
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    try {
      // Opened before the cache is made, so that a folder that cannot be written costs nothing.
      const fd = openSync(temporary, 'wx');
      try {
        const cache = script.createCachedData();
        writeSync(fd, cache);
        writeSync(fd, cache);
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
