import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { PINNED_DATE_NOTE } from '../../src/main.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'herald.js');
export const EXAMPLES = join(REPO, 'examples');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would: its own process, a working folder, no terminal.
 * The clock is pinned with HERALD_TODAY; colour variables are cleared unless a test sets them.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number; keepDateNote?: boolean } = {},
): Promise<CliResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HERALD_TODAY: '2026-11-23',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`herald ${args.join(' ')} did not finish in ${options.timeoutMs ?? 15_000} ms`));
    }, options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Every run pins the date; its note is checked in cli-grammar tests, and left out elsewhere.
      resolve({ code, stdout, stderr: options.keepDateNote === true ? stderr : stderr.replace(PINNED_DATE_NOTE, '') });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary folder removed after the test file; tests write only there. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'herald-test-'));
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return folder;
}
