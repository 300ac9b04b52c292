import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { evaluatedModule, lazyPackages, lighterEnglishLocale, lighterRrule } from '../../src/build/lighter-dependencies.js';

const folder = mkdtempSync(join(tmpdir(), 'herald-lighter-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `source` bundled as the build bundles Herald (CommonJS for Node), with `plugin`: the code. */
async function bundled(source: string, plugin: Plugin): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd() },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [plugin],
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Runs bundled code as a module of its own and gives its exports. */
function exportsOf<T>(code: string): Partial<T> {
  const module = { exports: {} as Partial<T> };
  runInNewContext(code, { module, exports: module.exports, require: createRequire(import.meta.url) });
  return module.exports;
}

/** Every place `call` appears in `code`, and whether each is inside `inside` (a stub's body). */
function placesOf(code: string, call: string, inside: string): boolean[] {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...code.matchAll(new RegExp(`(${escape(inside)})?${escape(call)}`, 'g'))].map(([, found]) => found !== undefined);
}

describe('modules evaluated at build time', () => {
  it('writes each export of a data module out as a literal, imports and all', async () => {
    writeFileSync(join(folder, 'helpers.js'), 'export const repeat = (value, times) => Array.from({ length: times }, () => value);\n');
    writeFileSync(
      join(folder, 'data.js'),
      "import { repeat } from './helpers.js';\nexport const MASK = [].concat(repeat(1, 3), repeat(2, 2));\nexport const NAMES = { a: 'x' };\n",
    );
    expect(await evaluatedModule(join(folder, 'data.js'))).toBe('export const MASK = [1,1,1,2,2];\nexport const NAMES = {"a":"x"};');
  });

  it("gives rrule's date masks as rrule computes them", async () => {
    const masks = join(dirname(createRequire(import.meta.url).resolve('rrule')), '..', 'esm', 'masks.js');
    const written = await evaluatedModule(masks);
    const values = Object.fromEntries(
      [...written.matchAll(/^export const (\w+) = (.*);$/gm)].map(
        ([, name = '', json = 'null']) => [name, JSON.parse(json) as number[]] as const,
      ),
    );
    expect(Object.keys(values).sort()).toEqual(
      ['M365MASK', 'M365RANGE', 'M366MASK', 'M366RANGE', 'MDAY365MASK', 'MDAY366MASK', 'NMDAY365MASK', 'NMDAY366MASK', 'WDAYMASK'].sort(),
    );
    // Every mask is 7 days longer than its year; 29 February is the 60th day of a leap year.
    expect(values.M366MASK).toHaveLength(373);
    expect(values.M365MASK).toHaveLength(372);
    expect(values.M366MASK?.[59]).toBe(2);
    expect(values.MDAY366MASK?.[59]).toBe(29);
    expect(values.NMDAY365MASK?.[58]).toBe(-1);
    expect(values.WDAYMASK?.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 0]);
  });
});

describe('packages loaded on first call', () => {
  it('loads fastest-levenshtein when distance is first called, not when the bundle loads', async () => {
    const code = await bundled(
      "import { distance } from 'fastest-levenshtein';\nexport const far = (a, b) => distance(a, b);\n",
      lazyPackages,
    );
    // The package's module runs only from inside the stubs' bodies.
    const places = placesOf(code, 'require_mod()', 'return ');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every(Boolean)).toBe(true);
    expect(exportsOf<{ far: (a: string, b: string) => number }>(code).far?.('kitten', 'sitting')).toBe(3);
  });
});

describe('classes loaded on first construction', () => {
  it("makes the package's own instances, the package loaded only then (no loop back to the stub)", async () => {
    const code = await bundled(
      "import { UTCDateMini } from '@date-fns/utc/date/mini';\nexport const make = (ms) => new UTCDateMini(ms);\n",
      lazyPackages,
    );
    const places = placesOf(code, 'require_mini()', 'return new (');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every(Boolean)).toBe(true);
    const made = exportsOf<{ make: (ms: number) => Date }>(code).make?.(86_400_000 * 366);
    expect(made?.getTime()).toBe(86_400_000 * 366);
    expect(Object.prototype.toString.call(made)).toBe('[object Date]');
    expect(made?.getDate()).toBe(2);
  });
});

describe('rrule as bundled', () => {
  it('reads a rule in English, its English module loaded only then', async () => {
    const code = await bundled(
      "import rrule from 'rrule';\nexport const english = (rule) => new rrule.RRule(rrule.RRule.parseString(rule)).toText();\n",
      lighterRrule,
    );
    const places = placesOf(code, 'init_nlp()', 'return (');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every(Boolean)).toBe(true);
    expect(exportsOf<{ english: (rule: string) => string }>(code).english?.('FREQ=WEEKLY;BYDAY=MO,WE')).toBe(
      'every week on Monday, Wednesday',
    );
  });
});

describe("date-fns's English as bundled", () => {
  it('names months and weekdays as the whole locale does, without its parsers', async () => {
    const code = await bundled(
      "import { enUS } from 'date-fns/locale/en-US';\nexport const names = [enUS.localize.month(0, { width: 'wide' }), enUS.localize.day(1, { width: 'abbreviated' })];\n",
      lighterEnglishLocale,
    );
    expect(code).not.toContain('buildMatchFn');
    expect(exportsOf<{ names: string[] }>(code).names).toEqual(['January', 'Mon']);
  });
});
