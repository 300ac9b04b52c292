import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads the bundle (dist/herald.cjs) with the V8 code cache written at build time, so that
 * the functions a command runs are not compiled again on every start (see src/build/bundle.ts).
 * V8 checks the cache itself and ignores one from another Node version.
 */
const bundle = join(__dirname, 'herald.cjs');
const cacheFile = `${bundle}.cache`;
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: the bundle is compiled as usual.
}
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  ...(cachedData === undefined ? {} : { cachedData }),
});
const run = script.runInThisContext() as (
  exports: object,
  require: NodeJS.Require,
  module: object,
  filename: string,
  dirname: string,
) => void;
const module = { exports: {} };
run.call(module.exports, module.exports, createRequire(bundle), module, bundle, __dirname);

// Set by the build only, after the bundle is written.
if (process.env.HERALD_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
