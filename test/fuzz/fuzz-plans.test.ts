/**
 * Property: whatever the plan, every command ends with exit 0, 1 or 2, prints no stack trace
 * and no "Herald hit a bug", finishes within PER_CASE_MS, and writes nothing but drafts into
 * the case folder's out/. Commands run in process (test/helpers/run-main.ts), so hundreds of
 * cases fit in the suite's time.
 *
 * Seeded: the seed is in the test's name, and a failure replays with it.
 *   HERALD_FUZZ_SEED=<n>  another seed (default 20261123)
 *   HERALD_FUZZ_RUNS=<n>  how many mutated plans (default 100, each run by seven commands; more
 *                        for a long local hunt)
 *   e.g. HERALD_FUZZ_SEED=7 HERALD_FUZZ_RUNS=2000 npx vitest run test/fuzz
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { mutatePlan, mutationsArbitrary } from './mutate-plan.js';

const SEED = Number(process.env.HERALD_FUZZ_SEED ?? 20_261_123);
const RUNS = Number(process.env.HERALD_FUZZ_RUNS ?? 100);
const PER_CASE_MS = 5_000;

const SOURCES = ['herald.yaml', 'warnings.yaml'].map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));

/** The commands run on each mutated plan, from inside its folder (HERALD_TODAY is 2027-02-15). */
const COMMANDS: readonly string[][] = [
  ['validate', 'plan.yaml'],
  ['validate', 'plan.yaml', '--format', 'json'],
  ['schedule', 'plan.yaml'],
  ['schedule', 'plan.yaml', '--from', '2027-01-04', '--weeks', '8', '--format', 'json'],
  ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-14', '--out', 'out'],
  ['report', 'plan.yaml', '--format', 'json'],
  ['brief', 'plan.yaml'],
];

let root: string;
beforeAll(async () => {
  root = await tempFolder();
});

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish in ${PER_CASE_MS} ms`)), PER_CASE_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('fuzzed plans', () => {
  it(`never crash, hang or write outside out/ (${RUNS} cases, seed ${SEED})`, async () => {
    let caseNumber = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: SOURCES.length - 1 }), mutationsArbitrary, async (source, mutations) => {
        caseNumber += 1;
        const folder = join(root, `case-${caseNumber}`);
        await mkdir(join(folder, 'out'), { recursive: true });
        await writeFile(join(folder, 'plan.yaml'), mutatePlan(SOURCES[source] ?? '', mutations));
        for (const args of COMMANDS) {
          const result = await withTimeout(runMain(args, folder), args.join(' '));
          const said = `herald ${args.join(' ')}\n${result.stderr}`;
          expect([0, 1, 2], said).toContain(result.code);
          expect(result.stderr, said).not.toContain('Herald hit a bug');
          expect(result.stderr, said).not.toMatch(/\n\s+at .+:\d+:\d+/);
          // Nothing read from outside the folder, and no control character acting on a terminal.
          expect(result.stdout + result.stderr, said).not.toMatch(/root:x:0:0|HERALD_TODAY=/);
          expect(result.stdout.includes('\u001b') || result.stderr.includes('\u001b'), `${said}\nraw ESC in the output`).toBe(false);
        }
        expect((await readdir(folder)).sort(), 'files written beside the plan').toEqual(['out', 'plan.yaml']);
        const left = (await readdir(root)).filter((name) => !name.startsWith('case-'));
        expect(left, 'files written outside the case folders').toEqual([]);
        expect(existsSync('/tmp/herald-escape'), 'a hostile path was written').toBe(false);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240_000);
});
