import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { CLEAN_PLAN } from '../helpers/validate-text.js';

/**
 * Attacks on Herald's input (issue 14): hostile plans are refused with a clear message and
 * exit 1 or 2, never a stack, a crash or a silent wrong answer. Run in-process.
 */
let folder: string;

beforeAll(async () => {
  folder = await tempFolder();
});

async function run(name: string, plan: string, args: readonly string[]) {
  await writeFile(join(folder, name), plan);
  const result = await runMain(args, folder);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return result;
}

describe('alias amplification', () => {
  // One 1 MB title aliased by 600 highlights: few nodes, 600 MB of text once expanded.
  const title = 'x'.repeat(1024 * 1024);
  const highlights = Array.from({ length: 600 }, (_, i) => `  - { id: h${i}, date: 2027-01-20, title: *t, goals: [awareness] }`);
  const plan = `${CLEAN_PLAN.replace('name: Test plan', `name: &t ${title}`).replace(/highlights:[\s\S]*$/, '')}highlights:\n${highlights.join('\n')}\n`;

  it.each([['report', '--format', 'json'], ['generate', '--data'], ['validate']])('is a clear error in %s', async (...args) => {
    const result = await run('alias.yaml', plan, [...args, 'alias.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/more than 20 million\s+characters/);
    expect(result.stderr).not.toMatch(/RangeError|Invalid string length/);
  });
});

describe('time zone spelling', () => {
  it('refuses a zone in the wrong letter case, with a did-you-mean, instead of reading it as UTC', async () => {
    const result = await run('zone.yaml', CLEAN_PLAN.replace('timezone: Europe/Berlin', 'timezone: europe/berlin'), [
      'validate',
      'zone.yaml',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; hint: string; line: number }> };
    expect(json.diagnostics[0]).toMatchObject({
      rule: 'timezone',
      hint: expect.stringContaining('Did you mean "Europe/Berlin"?') as unknown,
      line: 7,
    });
  });
});
