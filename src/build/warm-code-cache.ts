import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle } from '../bundle-script.js';

/**
 * Build step, run as its own process by bundle.ts, once per command: compiles
 * dist/herald.cjs exactly as the launcher does, runs the command given after the dist folder
 * through it (output discarded), and saves what V8 compiled on the way as that command's code
 * cache, `herald.<command>.cache`, and a cache of each vendor bundle the command required.
 */
const [folder = '', ...command] = process.argv.slice(2);
const bundle = join(folder, 'herald.cjs');
const compiled = compileBundle(bundle);
// The bundle reads its arguments when it starts.
process.argv = [process.argv[0] ?? 'node', bundle, ...command];
compiled.run();
process.once('exit', () => {
  writeFileSync(join(folder, `herald.${command[0] ?? ''}.cache`), compiled.script.createCachedData());
  for (const [file, script] of compiled.vendors) writeFileSync(`${file}.cache`, script.createCachedData());
  process.exitCode = 0;
});
