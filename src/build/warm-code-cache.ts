import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Script } from 'node:vm';
import { compileBundle } from '../bundle-script.js';
import { fileReader } from '../io/file-reader.js';

/**
 * Build step, run as its own process by bundle.ts, once per command: compiles the command's
 * bundle (dist/herald.<folder>.cjs) exactly as the launcher does, runs the command given after
 * it through it (output discarded), and saves what V8 compiled on the way in dist/ under the
 * cache name given (`herald.<command>.cache`, or `herald.cache` for the overview), and a cache of each vendor bundle it
 * required: the caches shipped for the Node that built them.
 */
const [bundle = '', cacheName = '', ...command] = process.argv.slice(2);
const folder = dirname(bundle);
const scripts = new Map<string, Script>();
const compiled = compileBundle(
  bundle,
  { read: () => undefined, reader: fileReader(), settled: () => true, saveAtExit: (name, script) => void scripts.set(name, script) },
  cacheName,
  require,
);
// The bundle reads its arguments when it starts.
process.argv = [process.argv[0] ?? 'node', bundle, ...command];
compiled.run();
process.once('exit', () => {
  for (const [name, script] of scripts) writeFileSync(join(folder, name), script.createCachedData());
  process.exitCode = 0;
});
