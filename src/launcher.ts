import { join } from 'node:path';
import { compileBundle } from './bundle-script.js';
import { type BuildInfo, codeCacheStore, userCacheFolder } from './io/code-cache.js';
import { fileReader } from './io/file-reader.js';

/** Written by the build (src/build/bundle.ts). */
declare const __HERALD_BUILD__: BuildInfo;
/** Each command's bundle (src/build/bundle.ts): the declarations of all, the code of one. */
declare const __HERALD_BUNDLES__: Record<string, string>;

/**
 * Loads the command's bundle (dist/herald.<folder>.cjs) with a V8 code cache for it, so
 * that the functions it runs are not compiled again on every start. The cache comes from the
 * user's cache folder (see src/io/code-cache.ts), written after the first run on this Node,
 * or from the caches shipped in dist/ when this is the Node that built them. Why not Node's
 * module.enableCompileCache(): it caches a script as compiled, before it runs, so only its
 * top level; a cache made after a run holds every function the command used (README, Speed).
 */
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? '';
const bundle = Object.hasOwn(__HERALD_BUNDLES__, command) ? __HERALD_BUNDLES__[command] : undefined;
const store = codeCacheStore(__dirname, __HERALD_BUILD__, userCacheFolder(process.env, __HERALD_BUILD__), fileReader());
// Help, the version and unknown commands: the overview bundle, which holds no command's code.
compileBundle(
  join(__dirname, bundle ?? 'herald.cjs'),
  store,
  bundle === undefined ? 'herald.cache' : `herald.${command}.cache`,
  require,
).run();
