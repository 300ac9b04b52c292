import { standardOutput } from './io/standard-streams.js';
import { main } from './main.js';

// The process boundary: the only place that reads process state or sets the exit code.
// Node's stdin/stdout/stderr objects are costly to create, so they are made on first use.
let nodeStreamMade = false;
const nodeStream =
  <T>(stream: () => T) =>
  (): T => {
    nodeStreamMade = true;
    return stream();
  };

void main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  get stdin() {
    return nodeStream(() => process.stdin)();
  },
  stdout: standardOutput(
    1,
    nodeStream(() => process.stdout),
  ),
  stderr: standardOutput(
    2,
    nodeStream(() => process.stderr),
  ),
  now: new Date(),
}).then((code) => {
  // Every command has finished its work when main returns, and Herald's own output was written
  // synchronously: exiting now spares Node tearing the heap down (a few milliseconds of every
  // run). Output queued in one of Node's streams (a prompt, a full pipe) is left to drain first.
  if (nodeStreamMade) process.exitCode = code;
  else process.exit(code);
});
