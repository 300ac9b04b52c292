import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { CodeCacheStore } from './io/code-cache.js';

/**
 * The built bundle compiled as one script, with a V8 code cache when there is one: shared by
 * the launcher (every start) and the build step that writes the shipped caches, which must
 * compile the scripts the same way for V8 to accept them. The vendor bundles the CLI requires
 * (dist/vendor/*.cjs) are compiled the same way, each with its own cache.
 */
export interface BundleScript {
  /** Runs the bundle as a CommonJS module would run: the CLI starts with process.argv. */
  run(): void;
}

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

/**
 * Compiles with the named cache, and has a cache written when there was none, V8 rejected it,
 * or it has not settled yet (the store's first few runs: each adds what its run compiled).
 */
function compile(file: string, encoding: BufferEncoding, store: CodeCacheStore, cacheName: string | undefined): Script {
  // The text first, then the cache into the same memory (see src/io/file-reader.ts). The build
  // wrote the file as Module.wrap would wrap it (src/build/bundle.ts). A file that cannot be
  // read is read again by readFileSync, for its error.
  const source = store.reader.read(file)?.toString(encoding) ?? readFileSync(file, encoding);
  const cachedData = cacheName === undefined ? undefined : store.read(cacheName);
  const script = new Script(source, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (cacheName === undefined) return script;
  const accepted = cachedData !== undefined && script.cachedDataRejected !== true;
  if (!accepted || !store.settled(cacheName)) store.saveAtExit(cacheName, script, accepted);
  return script;
}

function runAsModule(script: Script, file: string, require: NodeJS.Require): unknown {
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

/**
 * `nodeRequire` is the caller's own `require`, which loads Node's built-in modules, all that the
 * bundles require besides each other (not node:module's createRequire: loading node:module
 * loads its source-map support too, on every start). `cacheName` is the bundle's cache for the command being run (`herald.<command>.cache`, or
 * the overview's `herald.cache` for help, the version and an unknown command), so that a
 * command reads only the code it runs.
 */
export function compileBundle(
  bundle: string,
  store: CodeCacheStore,
  cacheName: string | undefined,
  nodeRequire: NodeJS.Require,
): BundleScript {
  // ASCII (the build checks), so read as ASCII: the cheapest decoding on Node 20 to 26
  // (Latin-1, the same string, costs Node 24 ~7 M instructions more for this bundle).
  const script = compile(bundle, 'ascii', store, cacheName);
  const loaded = new Map<string, unknown>();
  const requireVendor = (file: string): unknown => {
    if (!loaded.has(file)) {
      const vendor = compile(file, 'utf8', store, `vendor-${basename(file)}.cache`);
      loaded.set(file, runAsModule(vendor, file, nodeRequire));
    }
    return loaded.get(file);
  };
  const bundleRequire = Object.assign(
    (id: string): unknown => (id.startsWith('./vendor/') ? requireVendor(join(dirname(bundle), id)) : nodeRequire(id)),
    nodeRequire,
  ) as NodeJS.Require;
  return { run: () => void runAsModule(script, bundle, bundleRequire) };
}
