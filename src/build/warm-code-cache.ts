import { writeFileSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Build step, run as its own process by bundle.ts: compiles dist/herald.cjs exactly as the
 * launcher does, runs the everyday commands on the example plan through it (output
 * discarded), and saves what V8 compiled on the way as the bundle's code cache.
 */
const [folder = '', plan = ''] = process.argv.slice(2);
const bundle = join(folder, 'herald.cjs');
const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle });
const run = script.runInThisContext() as (
  exports: object,
  require: NodeJS.Require,
  module: object,
  filename: string,
  dirname: string,
) => void;

const COMMANDS = [['schedule'], ['report'], ['brief']];
for (const command of COMMANDS) {
  // The bundle reads its arguments when it starts, so each run sees its own.
  process.argv = [process.argv[0] ?? 'node', bundle, ...command, plan];
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, folder);
}
process.once('exit', () => {
  writeFileSync(`${bundle}.cache`, script.createCachedData());
  process.exitCode = 0;
});
