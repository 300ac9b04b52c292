import type { FileSystem } from '../../src/io/safe-write/file-system.js';
import { main, PINNED_DATE_NOTE } from '../../src/main.js';

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs Herald in this process, exactly as the binary does but with captured output: fast
 * enough for the hundreds of runs of the fuzz tests.
 */
export async function runMain(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  fileSystem?: FileSystem,
  options: { keepDateNote?: boolean } = {},
): Promise<MainResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    env: { HERALD_TODAY: '2027-02-15', ...env },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    now: new Date('2027-02-15T12:00:00Z'),
    fileSystem,
  });
  // Every run pins the date: its note is checked in cli-grammar.test.ts, and left out here.
  return { code, stdout, stderr: options.keepDateNote === true ? stderr : stderr.replace(PINNED_DATE_NOTE, '') };
}
