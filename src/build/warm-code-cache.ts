import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle } from '../bundle-script.js';

/**
 * Build step, run as its own process by bundle.ts: compiles dist/herald.cjs exactly as the
 * launcher does, runs the everyday commands on the example plan through it (output
 * discarded), and saves what V8 compiled on the way as the bundle's code cache.
 */
const [folder = '', plan = ''] = process.argv.slice(2);
const bundle = join(folder, 'herald.cjs');
const compiled = compileBundle(bundle);

const COMMANDS = [['schedule'], ['report'], ['brief']];
for (const command of COMMANDS) {
  // The bundle reads its arguments when it starts, so each run sees its own.
  process.argv = [process.argv[0] ?? 'node', bundle, ...command, plan];
  compiled.run();
}
process.once('exit', () => {
  writeFileSync(`${bundle}.cache`, compiled.script.createCachedData());
  process.exitCode = 0;
});
