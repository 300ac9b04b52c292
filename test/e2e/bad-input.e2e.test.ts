import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_PLAN } from '../helpers/validate-text.js';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

/**
 * Bad input of every kind gets a clear message, exit 1 (a problem in the plan) or 2 (Herald
 * could not run), never a stack trace and never a hang (runCli fails after 15 seconds).
 */
let folder: string;

beforeAll(async () => {
  folder = await tempFolder();
});

async function validate(name: string, content: string | Uint8Array) {
  await writeFile(join(folder, name), content);
  const result = await runCli(['validate', name, '--format', 'json'], { cwd: folder });
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return {
    ...result,
    json:
      result.stdout === ''
        ? undefined
        : (JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; message: string; line: number; column: number }> }),
  };
}

describe('bad input', () => {
  it('an empty file', async () => {
    const result = await validate('empty.yaml', '');
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]).toMatchObject({
      rule: 'plan-not-map',
      message: expect.stringContaining('is empty') as unknown,
      line: 1,
    });
  });

  it('whitespace only', async () => {
    const result = await validate('blank.yaml', '  \n\n   \n');
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]?.rule).toBe('plan-not-map');
  });

  it('binary bytes', async () => {
    const result = await validate('binary.yaml', new Uint8Array([0x76, 0x65, 0x72, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00]));
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]).toMatchObject({ rule: 'encoding', line: 2, column: 1 });
  });

  it('invalid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nplan:\n  name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const result = await validate('latin1.yaml', bytes);
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]).toMatchObject({
      rule: 'encoding',
      message: 'The plan is not valid UTF-8 text',
      line: 3,
      column: 12,
    });
  });

  it('a byte-order mark is accepted', async () => {
    const result = await validate('bom.yaml', `\uFEFF${CLEAN_PLAN}`);
    expect(result.json?.diagnostics).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('tabs for indentation', async () => {
    const result = await validate('tabs.yaml', 'version: 1\nplan:\n\tname: x\n');
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', line: 3 });
  });

  it('several syntax errors are all reported, each at its line', async () => {
    const result = await validate('syntax.yaml', 'a: [1, 2\nb: "open\nc:\n\t- tab\n');
    expect(result.code).toBe(1);
    const syntax = result.json?.diagnostics.filter((d) => d.rule === 'yaml-syntax') ?? [];
    expect(syntax.length).toBeGreaterThan(1);
    // Each at its own place: the unclosed quote at its opening on line 2, where the unclosed bracket shows too.
    expect(new Set(syntax.map((d) => `${d.line}:${d.column}`)).size).toBe(syntax.length);
  });

  it('a top-level list or scalar', async () => {
    expect((await validate('list.yaml', '- version: 1\n')).json?.diagnostics[0]?.message).toContain('is a list');
    expect((await validate('scalar.yaml', '42\n')).json?.diagnostics[0]?.message).toContain('single value');
  });

  it('a billion-laughs alias bomb', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i += 1)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const result = await validate('bomb.yaml', `${lines.join('\n')}\n`);
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics[0]?.rule).toBe('yaml-limits');
  });

  it('5,000 levels of nesting, in flow and block style', async () => {
    const flow = await validate('deep-flow.yaml', `version: 1\nplan: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(flow.code).toBe(1);
    expect(flow.json?.diagnostics[0]?.rule).toBe('yaml-limits');
    const block = await validate('deep-block.yaml', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'));
    expect(block.code).toBe(1);
    expect(block.json?.diagnostics[0]?.rule).toBe('yaml-limits');
    // Indented 5,000 levels deep, a block-style file is 12 MB: refused by size before reading.
    const huge = await validate('deep-block-5000.yaml', Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'));
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain('Herald reads plans up to 5.0 MB');
  });

  it('__proto__ keys are unknown keys, not prototype pollution', async () => {
    const result = await validate('proto.yaml', `${CLEAN_PLAN}__proto__:\n  polluted: true\n`);
    expect(result.code).toBe(1);
    expect(result.json?.diagnostics).toEqual([
      expect.objectContaining({ rule: 'unknown-key', message: 'Unknown key `__proto__` at the top of the plan' }),
    ]);
  });

  it('a 20 MB file is refused at once with exit 2', async () => {
    const result = await validate('huge.yaml', `${CLEAN_PLAN}${'# padding padding padding padding padding\n'.repeat(500_000)}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: huge\.yaml is 20\.\d MB; Herald reads plans up to 5\.0 MB\nhint: /);
  });

  it('hostile text is printed without terminal escapes', async () => {
    await writeFile(join(folder, 'escape.yaml'), CLEAN_PLAN.replace('influence: high', 'influence: "\u001b[31mred\u001b[0m"'));
    const result = await runCli(['validate', 'escape.yaml'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
  });
});
