/**
 * The file-system fault mode of the fuzz test: every command that writes runs on a file system
 * that fails somewhere (a nearly full disk, short writes, one call failing with a random
 * error), chosen by fast-check. Property: exit 0 or 2, never a bug or a stack; the plan is the
 * original or the original plus the one entry; a page or a draft is whole or absent, never cut;
 * no temp file or lock is left; and a later fault-free `generate` finds none of Herald's own
 * drafts "kept (edited)".
 *
 * Seeded like fuzz-plans.test.ts: HERALD_FUZZ_SEED, HERALD_FUZZ_RUNS (default 60 here).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileSystem } from '../../src/io/safe-write/file-system.js';
import { faultyFileSystem, type Faults } from '../helpers/faulty-file-system.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

const SEED = Number(process.env.HERALD_FUZZ_SEED ?? 20_261_123);
const RUNS = Number(process.env.HERALD_FUZZ_RUNS ?? 60);
const ORIGINAL = readFileSync(join(EXAMPLES, 'herald.yaml'), 'utf8');
const ENTRY = /\n *- \{ goal: leadership-awareness, date: 2027-02-10, value: 61 \}/;
const GENERATE = ['generate', 'plan.yaml', '--from', '2027-02-01', '--to', '2027-02-10', '--out', 'out'];

/** Commands that write, and the file each writes (null: the drafts folder). */
const COMMANDS: ReadonlyArray<{ args: string[]; writes: string | null }> = [
  { args: ['track', 'leadership-awareness', '61', '--date', '2027-02-10', '--plan', 'plan.yaml'], writes: 'plan.yaml' },
  { args: GENERATE, writes: null },
  { args: ['report', 'plan.yaml', '--format', 'html', '--out', 'page'], writes: 'page' },
  { args: ['brief', 'plan.yaml', '--format', 'md', '--out', 'page'], writes: 'page' },
  { args: ['schedule', 'plan.yaml', '--format', 'ics', '--out', 'page'], writes: 'page' },
  { args: ['init', 'page', '--yes'], writes: 'page' },
];

const CALLS: ReadonlyArray<keyof FileSystem> = ['open', 'write', 'fsync', 'close', 'rename', 'unlink', 'lstat', 'readdir', 'fstat', 'read'];

const faultsArbitrary: fc.Arbitrary<Faults> = fc.record(
  {
    freeBytes: fc.nat({ max: 40_000 }),
    maxWriteBytes: fc.integer({ min: 1, max: 9_000 }),
    fail: fc.record({
      call: fc.constantFrom(...CALLS),
      code: fc.constantFrom('ENOSPC', 'EIO', 'EDQUOT', 'EFBIG', 'EACCES', 'EROFS'),
      nth: fc.integer({ min: 1, max: 40 }),
    }),
  },
  { requiredKeys: [] },
);

let root: string;
/** What each command writes on a healthy disk, to compare with. */
const reference = new Map<string, string>();
beforeAll(async () => {
  root = await tempFolder();
  const folder = join(root, 'reference');
  mkdirSync(folder);
  copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
  for (const { args } of COMMANDS.slice(2, 5)) reference.set(args[0] ?? '', (await runMain(args.slice(0, -2), folder)).stdout);
  await runMain(GENERATE, folder);
  for (const name of readdirSync(join(folder, 'out'))) reference.set(`out/${name}`, readFileSync(join(folder, 'out', name), 'utf8'));
});

function leftovers(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /herald-(tmp|lock)/.test(name));
}

describe('fuzzed file-system faults', () => {
  it(`leave every file whole or as it was (${RUNS} cases, seed ${SEED})`, async () => {
    let caseNumber = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: COMMANDS.length - 1 }), faultsArbitrary, async (which, faults) => {
        caseNumber += 1;
        const folder = join(root, `case-${caseNumber}`);
        mkdirSync(folder);
        copyFileSync(join(EXAMPLES, 'herald.yaml'), join(folder, 'plan.yaml'));
        const { args, writes } = COMMANDS[which] ?? COMMANDS[0]!;
        const result = await runMain(args, folder, {}, faultyFileSystem(faults));
        const said = `herald ${args.join(' ')} with ${JSON.stringify(faults)}\n${result.stderr}`;

        expect([0, 2], said).toContain(result.code);
        expect(result.stderr, said).not.toContain('Herald hit a bug');
        expect(result.stderr, said).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (result.code !== 0) expect(result.stderr, said).not.toMatch(/Wrote|✔/);
        expect(leftovers(folder), said).toEqual([]);

        const plan = readFileSync(join(folder, 'plan.yaml'), 'utf8');
        expect(plan.replace(ENTRY, ''), said).toBe(ORIGINAL);
        if (writes === 'plan.yaml') expect(ENTRY.test(plan), said).toBe(result.code === 0);
        if (writes === 'page' && args[0] !== 'init') {
          const page = join(folder, 'page');
          expect(existsSync(page), said).toBe(result.code === 0);
          if (result.code === 0) expect(readFileSync(page, 'utf8'), said).toBe(reference.get(args[0] ?? ''));
        }
        if (writes === null) {
          const out = join(folder, 'out');
          for (const name of existsSync(out) ? readdirSync(out) : []) {
            if (name !== '.herald-drafts.json')
              expect(readFileSync(join(out, name), 'utf8'), `${said}\n${name}`).toBe(reference.get(`out/${name}`));
          }
          const again = await runMain(GENERATE, folder);
          expect(again.stdout, said).toMatch(/, 0 kept\./);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240_000);
});
