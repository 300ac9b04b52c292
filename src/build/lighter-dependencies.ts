import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';

/**
 * rrule as the bundles carry it: its ES module build (no webpack runtime around it), with its
 * date masks computed at build time. rrule builds each mask when it loads by concatenating
 * arrays step by step (~250 KB of short-lived arrays); a plan check that starts with those in
 * the young generation of V8's heap meets its first garbage collection sooner, and every
 * fresh page the heap touches is a page fault, expensive on a virtual machine. The masks are
 * constants: the arrays rrule's own code computes, written out as literals.
 */
export const lighterRrule: Plugin = {
  name: 'herald-lighter-rrule',
  setup(builder) {
    // Herald imports the package's default (its CommonJS build, for Node and the tests) and
    // uses RRule alone: its module, without RRuleSet, rrulestr and theirs.
    builder.onResolve({ filter: /^rrule$/ }, () => ({ path: 'rrule', namespace: 'herald-rrule' }));
    builder.onLoad({ filter: /^rrule$/, namespace: 'herald-rrule' }, () => ({
      contents: "import { RRule } from 'rrule/dist/esm/rrule.js'; export default { RRule };",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
    // Its English reading of a rule (toText) and its parser of one (fromText): loaded when first
    // called, which `validate` never does; their modules build some forty patterns when they load.
    builder.onResolve({ filter: /^\.\/nlp\/index$/ }, (args) =>
      /[\\/]rrule[\\/]dist[\\/]esm[\\/]rrule\.js$/.test(args.importer) ? { path: 'rrule-nlp', namespace: 'herald-rrule' } : undefined,
    );
    builder.onLoad({ filter: /^rrule-nlp$/, namespace: 'herald-rrule' }, () => ({
      contents: lazyStub({ file: 'rrule/dist/esm/nlp/index.js', functions: ['fromText', 'parseText', 'toText', 'isFullyConvertible'] }),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
    builder.onLoad({ filter: /[\\/]rrule[\\/]dist[\\/]esm[\\/]masks\.js$/ }, async (args) => ({
      contents: await evaluatedModule(args.path),
      loader: 'js',
    }));
  },
};

/**
 * An ES module whose exports are plain data, as a module of literals: the module is bundled
 * alone, run once here, and each export written out as JSON.
 */
export async function evaluatedModule(path: string): Promise<string> {
  const bundled = await build({ entryPoints: [path], bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'silent' });
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(bundled.outputFiles[0]?.text ?? '', { module, exports: module.exports });
  return Object.entries(module.exports)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

/**
 * Herald's own package.json as the bundles carry it: its version, all that the code reads
 * (`--version`, a plan's `requires:`). The whole file would be built into an object on every
 * start, dependency lists and all.
 */
export const versionOnlyPackageJson: Plugin = {
  name: 'herald-version-only',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]package\.json$/ }, async (args) => {
      const { version } = JSON.parse(await readFile(args.path, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

/**
 * Packages whose module does costly work when it loads, for functions only some runs call:
 * fastest-levenshtein fills a 256 KB table (64 fresh pages of memory) for the "did you mean"
 * of a misspelt name, which a plan without one never asks. Each function named here becomes a
 * stub that loads the package on its first call.
 */
export const LAZY_PACKAGES: Readonly<Record<string, LazyModule>> = {
  'fastest-levenshtein': { file: 'fastest-levenshtein/mod.js', functions: ['distance', 'closest'] },
  // Copies each of Date's methods onto its UTC class when it loads; month arithmetic only needs it.
  '@date-fns/utc/date/mini': { file: '@date-fns/utc/date/mini', functions: [], classes: ['UTCDateMini'] },
};

/** A module's functions (called) and classes (constructed with `new`), loaded on first use. */
interface LazyModule {
  file: string;
  functions: readonly string[];
  classes?: readonly string[];
}

export const lazyPackages: Plugin = {
  name: 'herald-lazy-packages',
  setup(builder) {
    const names = Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    // The stub's own require of the package goes to the package itself.
    builder.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) =>
      args.namespace === 'herald-lazy-package' ? undefined : { path: args.path, namespace: 'herald-lazy-package' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'herald-lazy-package' }, (args) => ({
      contents: lazyStub(LAZY_PACKAGES[args.path] ?? { file: args.path, functions: [] }),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * The stub module: each function requires the package when it is first called, each class
 * when it is first constructed (esbuild bundles the require). A stub class is a function whose
 * `new` gives the real class's instance, so what it makes is the package's own.
 */
export function lazyStub({ file, functions, classes = [] }: LazyModule): string {
  const from = `require(${JSON.stringify(file)})`;
  return [
    ...functions.map((name) => `export function ${name}(...args) { return ${from}.${name}(...args); }`),
    ...classes.map((name) => `export function ${name}(...args) { return new (${from}.${name})(...args); }`),
  ].join('\n');
}

/**
 * date-fns's English locale as Herald's own code uses it: the month and weekday names
 * (`localize`) without the parsers, distances and formats beside them, whose modules build a
 * few dozen patterns when they load. date-fns's own functions that need a locale import the
 * whole one themselves, and are left as they are.
 */
export const lighterEnglishLocale: Plugin = {
  name: 'herald-lighter-english-locale',
  setup(builder) {
    // date-fns's own modules import the locale by a relative path: only an import by the package's name is met here.
    builder.onResolve({ filter: /^date-fns\/locale\/en-US$/ }, (args) =>
      (args.pluginData as { real?: boolean } | undefined)?.real === true ? undefined : { path: 'en-US', namespace: 'herald-english' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'herald-english' }, async () => {
      // The module beside the locale's own (the package's exports do not name it).
      const locale = await builder.resolve('date-fns/locale/en-US', {
        kind: 'import-statement',
        resolveDir: process.cwd(),
        pluginData: { real: true },
      });
      const localize = join(dirname(locale.path), 'en-US', '_lib', 'localize.js');
      return {
        contents: `import { localize } from ${JSON.stringify(localize)}; export const enUS = { localize };`,
        resolveDir: dirname(localize),
        loader: 'js',
      };
    });
  },
};
