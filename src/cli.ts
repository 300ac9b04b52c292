import { standardOutput } from './io/standard-streams.js';
import { main } from './main.js';

// The process boundary: the only place that reads process state or sets the exit code.
// Node's stdin/stdout/stderr objects are costly to create, so they are made on first use.
void main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  get stdin() {
    return process.stdin;
  },
  stdout: standardOutput(1, () => process.stdout),
  stderr: standardOutput(2, () => process.stderr),
  now: new Date(),
}).then((code) => {
  process.exitCode = code;
});
