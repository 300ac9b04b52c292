import { Readable } from 'node:stream';
import { main, PINNED_DATE_NOTE } from '../../src/main.js';
import { type CliResult, REPO, type runCli as spawnRunCli } from './run-cli.js';

export { BIN, EXAMPLES, REPO, tempFolder, type CliResult } from './run-cli.js';

/**
 * Runs a Herald command in this process, through main() as the binary does, with the same
 * signature and defaults as runCli (run-cli.ts): a test switches between them by its import.
 * Tens of times faster than a process, so command tests use this one; runCli is for the few
 * smoke tests of the real binary and the tests of process behaviour (pipes, caches, kills).
 * Like the binary, it sees only the environment given: PATH, HOME, HERALD_TODAY=2026-11-23
 * and the test's own variables; no terminal.
 */
export async function runCli(args: readonly string[], options: NonNullable<Parameters<typeof spawnRunCli>[1]> = {}): Promise<CliResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HERALD_TODAY: '2026-11-23',
    ...options.env,
  };
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from([options.input ?? '']), { isTTY: false });
  const code = await main({
    argv: args,
    cwd: options.cwd ?? REPO,
    env,
    stdin,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    now: new Date(),
  });
  // As runCli: every run pins the date; its note is left out unless the test asks for it.
  return { code, stdout, stderr: options.keepDateNote === true ? stderr : stderr.replace(PINNED_DATE_NOTE, '') };
}
