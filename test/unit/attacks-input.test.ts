import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
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

describe('template escape', () => {
  const withTemplate = (template: string): string =>
    CLEAN_PLAN.replace('    feedback: Reply to the digest.\n', `    feedback: Reply to the digest.\n    template: ${template}\n`);
  const generate = ['generate', '--date', '2027-01-04', '--stdout'];

  it.each(['../../../../../etc/passwd', '/proc/self/environ'])('%s is an error at its line, never read', async (template) => {
    const result = await run('escape.yaml', withTemplate(template), [...generate, 'escape.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/escape\.yaml:\d+:\d+ error Channel "digest" has a template that is not a \.hbs file/);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/root:|PATH=|HOME=/);
  });

  it('refuses a .hbs path outside the plan folder', async () => {
    await mkdir(join(folder, 'plans'), { recursive: true });
    await writeFile(join(folder, 'outside.hbs'), 'SECRET {{plan.name}}');
    const result = await run('plans/up.yaml', withTemplate('../outside.hbs'), [...generate, 'plans/up.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: The channel's template: ../outside.hbs is outside the plan's folder");
    expect(result.stdout + result.stderr).not.toContain('SECRET');
  });

  it('refuses a .hbs link that leads outside, in the plan folder and in --templates', async () => {
    await mkdir(join(folder, 'linked', 'tpl'), { recursive: true });
    await symlink('/etc/passwd', join(folder, 'linked', 'passwd.hbs'));
    await symlink('/etc/passwd', join(folder, 'linked', 'tpl', 'email.hbs'));
    const own = await run('linked/plan.yaml', withTemplate('passwd.hbs'), [...generate, 'linked/plan.yaml']);
    expect(own.code).toBe(2);
    expect(own.stderr).toContain("The channel's template: passwd.hbs is a link to a file outside the plan's folder");
    const folderOnes = await run('linked/plain.yaml', CLEAN_PLAN, [...generate, '--templates', 'linked/tpl', 'linked/plain.yaml']);
    expect(folderOnes.code).toBe(2);
    expect(folderOnes.stderr).toContain('is a link to a file outside');
    expect(own.stdout + own.stderr + folderOnes.stdout + folderOnes.stderr).not.toMatch(/root:/);
  });

  it('follows a link that stays inside the plan folder', async () => {
    await mkdir(join(folder, 'inside'), { recursive: true });
    await writeFile(join(folder, 'inside', 'real.hbs'), 'OWN TEMPLATE {{plan.name}}\n');
    await symlink('real.hbs', join(folder, 'inside', 'alias.hbs'));
    const result = await run('inside/plan.yaml', withTemplate('alias.hbs'), [...generate, 'inside/plan.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OWN TEMPLATE Test plan');
  });
});

describe('command-line values', () => {
  it.each([
    ['generate', '--out', ''],
    ['report', '--out', ''],
    ['brief', '--out', ''],
    ['schedule', '--out', ''],
    ['schedule', '--out', '  '],
  ])('%s %s %j is a usage error', async (...args) => {
    const result = await run('out.yaml', CLEAN_PLAN, [...args, 'out.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '-o, --out");
    expect(result.stderr).toContain('give a path, not an empty string');
  });

  it.each([
    ['-0', 0],
    ['-5', -5],
    ['-0.5', -0.5],
  ])('track records %s as %d', async (value, recorded) => {
    const result = await run('negative.yaml', CLEAN_PLAN, ['track', 'awareness', value, '--date', '2027-03-01', '--plan', 'negative.yaml']);
    expect(result.code).toBe(0);
    const text = await readFile(join(folder, 'negative.yaml'), 'utf8');
    expect(text).toContain(`{ goal: awareness, date: 2027-03-01, value: ${recorded} }`);
  });
});
