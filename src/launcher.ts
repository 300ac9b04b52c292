import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle } from './bundle-script.js';

/**
 * Loads the bundle (dist/herald.cjs) with the V8 code cache written at build time, so that
 * the functions a command runs are not compiled again on every start (see src/build/bundle.ts).
 * V8 checks the cache itself and ignores one from another Node version.
 */
const bundle = join(__dirname, 'herald.cjs');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(`${bundle}.cache`);
} catch {
  // No cache: the bundle is compiled as usual.
}
compileBundle(bundle, cachedData).run();
