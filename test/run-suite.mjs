// `npm test`: the lint (type checker, ESLint, Prettier) and Vitest side by side, since each
// uses about one core and the suite is meant for a 2-core machine. Vitest's output is shown as it
// comes; the lint's is held and shown when it ends, so the two never interleave. Arguments go to
// Vitest (`npm test -- test/unit/schedule.test.ts`). The exit code is the first failure's, or 0.
import { spawn } from 'node:child_process';

/** Runs a command; resolves to its exit code (1 if a signal ended it). */
function run(command, args, { hold }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'] });
    const held = [];
    if (hold) {
      child.stdout.on('data', (chunk) => held.push(chunk));
      child.stderr.on('data', (chunk) => held.push(chunk));
    }
    child.on('error', (error) => {
      held.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve({ code: 1, output: Buffer.concat(held).toString() });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(held).toString() }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const lint = run(npm, ['run', '--silent', 'lint'], { hold: true }).then((result) => {
  process.stdout.write(result.code === 0 ? 'Lint: type check, ESLint and Prettier passed.\n' : `Lint failed:\n${result.output}`);
  return result.code;
});
const tests = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { hold: false }).then(
  (result) => result.code,
);

const codes = await Promise.all([lint, tests]);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
