import { main } from './main.js';

// The process boundary: the only place that reads process state or sets the exit code.
void main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: new Date(),
}).then((code) => {
  process.exitCode = code;
});
