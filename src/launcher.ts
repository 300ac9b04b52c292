import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads the bundle (dist/herald.cjs) with the V8 code cache written at build time, so that
 * the functions a command runs are not compiled again on every start (see src/build/bundle.ts).
 * V8 checks the cache itself and ignores one from another Node version. The bundle is ASCII
 * (the build checks), so it is read as Latin-1, which Node decodes faster than UTF-8.
 */
const bundle = join(__dirname, 'herald.cjs');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(`${bundle}.cache`);
} catch {
  // No cache: the bundle is compiled as usual.
}
const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), {
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
