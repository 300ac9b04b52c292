import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { mutatePlan, mutationArbitrary } from './mutate-plan.js';

/**
 * Property: whatever the plan, each command ends with exit 0, 1 or 2, prints no stack trace,
 * finishes, and writes nothing outside the folder it was given. Seeded, so a failure replays
 * with the seed and path fast-check prints.
 */
const SEED = 20_261_123;
const RUNS = Number(process.env.HERALD_FUZZ_RUNS ?? 150);
const PER_CASE_MS = 5_000;

const SOURCES = ['herald.yaml', 'warnings.yaml'].map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));

let root: string;
beforeAll(async () => {
  root = await tempFolder();
});

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${label} did not finish in ${PER_CASE_MS} ms`)), PER_CASE_MS)),
  ]);
}

/** The commands to run on each mutated plan, given the case's folder. */
const COMMANDS: Array<(folder: string) => string[]> = [
  () => ['validate', 'plan.yaml'],
  () => ['validate', 'plan.yaml', '--format', 'json'],
];

describe('fuzzed plans', () => {
  it(`never crash, hang or leave their folder (${RUNS} cases, seed ${SEED})`, async () => {
    let caseNumber = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SOURCES.length - 1 }),
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }),
        async (source, mutations) => {
          caseNumber += 1;
          const folder = join(root, `case-${caseNumber}`);
          await mkdir(join(folder, 'out'), { recursive: true });
          await writeFile(join(folder, 'plan.yaml'), mutatePlan(SOURCES[source] ?? '', mutations));
          for (const command of COMMANDS) {
            const args = command(folder);
            const result = await withTimeout(runMain(args, folder), args.join(' '));
            expect([0, 1, 2], `${args.join(' ')}: ${result.stderr}`).toContain(result.code);
            expect(result.stderr).not.toContain('Herald hit a bug');
            expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
          }
          const left = (await readdir(root)).filter((name) => !name.startsWith('case-'));
          expect(left, 'files written outside the case folders').toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240_000);
});
