import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle } from './bundle-script.js';

/**
 * Loads the bundle (dist/herald.cjs) with the V8 code cache written at build time for the
 * command being run (`herald.<command>.cache`), so that the functions it runs are not
 * compiled again on every start, and only those are read (see src/build/bundle.ts). V8
 * checks the cache itself and ignores one from another Node version; without one (help, an
 * unknown command) the bundle is compiled as usual.
 */
const bundle = join(__dirname, 'herald.cjs');
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? '';
let cachedData: Buffer | undefined;
if (/^[a-z]+$/.test(command)) {
  try {
    cachedData = readFileSync(join(__dirname, `herald.${command}.cache`));
  } catch {
    // No cache for it.
  }
}
compileBundle(bundle, cachedData).run();
