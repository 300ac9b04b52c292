import { main } from './main.js';

// The process boundary: the only place that reads process state or sets the exit code.
process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: new Date(),
});
