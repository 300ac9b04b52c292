import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { COMMANDS } from '../commands/registry.js';
import type { CommandSpec } from '../commands/shared/command-spec.js';
import { lazyPackages, lighterEnglishLocale, lighterRrule, versionOnlyPackageJson } from './lighter-dependencies.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Libraries only some commands need, each bundled on its own into dist/vendor/ and required
 * only when a command imports it: `herald validate` never reads handlebars or inquirer.
 * The value is the vendor bundle's source: CommonJS packages are re-exported whole.
 */
const VENDOR: Record<string, string> = {
  yaml: "export * from 'yaml';",
  handlebars: "module.exports = require('handlebars');",
  'handlebars/runtime.js': "module.exports = require('handlebars/runtime.js');",
  '@inquirer/prompts': "export * from '@inquirer/prompts';",
  'ical-generator': "export * from 'ical-generator'; export { default } from 'ical-generator';",
  'csv-parse/sync': "export * from 'csv-parse/sync';",
  diff: "export * from 'diff';",
};

const vendorFile = (name: string): string => `vendor/${name.replace(/^[@./]+/, '').replace(/[^a-z0-9-]+/gi, '-')}.cjs`;

const useVendorBundles: Plugin = {
  name: 'herald-vendor',
  setup(builder) {
    const names = Object.keys(VENDOR).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    builder.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
  },
};

/**
 * Built-in modules a dependency requires when it loads but Herald's use of it never touches,
 * by the package that requires them: each becomes a proxy that requires the module on first
 * use. Commander requires child_process for executable subcommands (Herald has none), a few
 * milliseconds of start-up.
 */
const LAZY_BUILT_INS: Record<string, readonly string[]> = {
  'node_modules/commander/': ['child_process'],
};

/**
 * Start-up savings in dependencies, each a few milliseconds of Node loading built-in modules
 * that Herald never uses: the lazy built-ins above, and chalk's own colour detection (loading
 * os and tty) when it loads, while Herald always tells chalk the level (src/io/terminal.ts),
 * so the detection is replaced by "none".
 */
const trimStartUp: Plugin = {
  name: 'herald-trim-start-up',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?[a-z_]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      const lazy = Object.entries(LAZY_BUILT_INS).some(([where, names]) => args.importer.includes(where) && names.includes(name));
      return lazy ? { path: name, namespace: 'herald-lazy' } : undefined;
    });
    builder.onLoad({ filter: /.*/, namespace: 'herald-lazy' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => require('node:${args.path}')[name] });`,
      loader: 'js',
    }));
    builder.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'herald-no-detection' }));
    builder.onLoad({ filter: /.*/, namespace: 'herald-no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/**
 * One bundle per command folder: the implementation (`./index.js`) that each other command's
 * declaration imports when it runs is left out, so `herald validate` reads and compiles half
 * the code `herald generate` needs. The declarations stay (help lists every command); the
 * overview bundle, for help and unknown commands, keeps no implementation at all.
 */
const onlyImplementationOf = (kept: string | undefined): Plugin => ({
  name: 'herald-one-command',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/index\.js$/ }, (args) => {
      const folder = /[\\/]src[\\/]commands[\\/]([^\\/]+)[\\/]command\.ts$/.exec(args.importer)?.[1];
      return folder === undefined || folder === kept ? undefined : { path: folder, namespace: 'herald-left-out' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'herald-left-out' }, (args) => ({
      contents: `throw new Error('this bundle leaves out \`herald ${args.path}\`: the launcher picked the wrong bundle');`,
      loader: 'js',
    }));
  },
});

/**
 * Each bundle is written inside the function Node wraps a CommonJS module in (Module.wrap),
 * so the launcher compiles the file's text as it is: wrapping it at run time would copy the
 * half megabyte into a new string on every start.
 */
const MODULE_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n});'] as const;

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only: identifiers stay readable in the stack of a bug report.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
} as const;

/**
 * Builds dist/: the whole CLI as one CommonJS bundle (herald.cjs), the vendor bundles, the
 * launcher, and a V8 code cache of the bundle (see warm-code-cache.ts).
 *
 * Why CommonJS and a code cache: start-up is most of what a CLI's user feels, and on
 * Node 20 an ES module graph costs more to load than one script, while compiling the bundle
 * is the largest part of what is left. The launcher (src/launcher.ts) compiles the bundle
 * with the cache V8 wrote after runs of the everyday commands at build time, so the functions
 * that run need no compiling. A cache from another Node version is rejected by V8 and the bundle is
 * compiled as usual, and the launcher writes one in the user's cache folder after the run.
 */
export async function bundleCli(): Promise<void> {
  // Built aside and swapped in, so a test run that is using dist/ never sees it half written.
  const fresh = `dist.${process.pid}.tmp`;
  await rm(`${root}${fresh}`, { recursive: true, force: true });
  const bundles = await commandBundles();
  await Promise.all(
    [undefined, ...new Set(Object.values(bundles))].map((file) =>
      build({
        ...common,
        entryPoints: ['src/cli.ts'],
        outfile: `${fresh}/${file ?? OVERVIEW_BUNDLE}`,
        plugins: [
          useVendorBundles,
          trimStartUp,
          lighterRrule,
          lazyPackages,
          lighterEnglishLocale,
          versionOnlyPackageJson,
          onlyImplementationOf(file === undefined ? undefined : folderOf(file)),
        ],
        // import() of a vendor bundle becomes a lazy require(): the launcher runs the bundle as a
        // vm.Script, which has no loader for ES modules.
        supported: { 'dynamic-import': false },
        // Modules that locate files next to themselves (the built-in templates) ask import.meta.url:
        // worked out when asked, as most runs never ask (the path to URL takes a resolve()).
        define: { 'import.meta.url': '__heraldModule.url' },
        banner: {
          js: `${MODULE_WRAPPER[0]}const __heraldModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };`,
        },
        footer: { js: MODULE_WRAPPER[1] },
      }),
    ),
  );
  await Promise.all(
    Object.entries(VENDOR).map(([name, source]) =>
      build({
        ...common,
        stdin: { contents: source, resolveDir: root, loader: 'js' },
        outfile: `${fresh}/${vendorFile(name)}`,
        plugins: [trimStartUp],
        banner: { js: MODULE_WRAPPER[0] },
        footer: { js: MODULE_WRAPPER[1] },
      }),
    ),
  );
  for (const file of [OVERVIEW_BUNDLE, ...new Set(Object.values(bundles))]) await assertAscii(`${root}${fresh}/${file}`);
  const buildInfo = { id: await bundlesHash(`${root}${fresh}`), node: process.version };
  await build({
    ...common,
    entryPoints: { launcher: 'src/launcher.ts' },
    outdir: fresh,
    outExtension: { '.js': '.cjs' },
    define: { __HERALD_BUILD__: JSON.stringify(buildInfo), __HERALD_BUNDLES__: JSON.stringify(bundles) },
  });
  await writeCodeCaches(`${root}${fresh}`, bundles);
  await swapIn(fresh);
}

/** Names the build in the user's cache folder: V8 checks a cache's source only by its length. */
async function bundlesHash(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const bundles = (await readdir(folder)).filter((file) => file.endsWith('.cjs')).sort();
  const files = [...bundles, ...(await readdir(`${folder}/vendor`)).sort().map((file) => `vendor/${file}`)];
  for (const file of files) hash.update(file).update(await readFile(`${folder}/${file}`));
  return hash.digest('hex').slice(0, 16);
}

/** The launcher reads the bundle as ASCII, which is faster than UTF-8 (and Latin-1 on Node 24). */
async function assertAscii(file: string): Promise<void> {
  const text = await readFile(file, 'latin1');
  // eslint-disable-next-line no-control-regex
  const at = text.search(/[^\x00-\x7f]/);
  if (at !== -1)
    throw new Error(
      `${file} has a non-ASCII character near ${JSON.stringify(text.slice(at - 40, at + 10))}: write it as a \\u escape in the source`,
    );
}

/**
 * The runs whose compiled code is cached, one process and one cache each (so a command reads
 * only the code it runs): every command of the registry, with the arguments it declares (the
 * example plan; writing only in a scratch folder), and the overview's `--help`.
 */
function warmRuns(scratch: string): string[][] {
  return [...COMMANDS.map((command) => [command.name, ...command.warmRun({ example: 'examples/herald.yaml', scratch })]), ['--help']];
}

/** Runs each command through the bundle once and keeps what V8 compiled on the way. */
async function writeCodeCaches(folder: string, bundles: Record<string, string>): Promise<void> {
  const warm = `${folder}/warm-code-cache.cjs`;
  const scratch = `${folder}/warm-scratch`;
  await build({ ...common, entryPoints: ['src/build/warm-code-cache.ts'], outfile: warm });
  await mkdir(scratch);
  await copyFile(`${root}examples/herald.yaml`, `${scratch}/plan.yaml`);
  try {
    for (const run of warmRuns(scratch)) {
      try {
        const command = run[0] ?? '';
        const bundle = Object.hasOwn(bundles, command) ? bundles[command] : undefined;
        execFileSync(process.execPath, [warm, join(folder, bundle ?? OVERVIEW_BUNDLE), cacheName(bundle && command), ...run], {
          cwd: root,
          env: { ...process.env, NO_COLOR: '1', HERALD_TODAY: '2027-02-15' },
          stdio: 'ignore',
        });
      } catch {
        // Without a cache Herald only starts slower; test/e2e/registry.e2e.test.ts notices.
        process.stderr.write(`warning: no code cache for \`herald ${run.join(' ')}\`\n`);
      }
    }
  } finally {
    await rm(warm, { force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The bundle for help, the version and unknown commands: every declaration, no implementation. */
const OVERVIEW_BUNDLE = 'herald.cjs';

/** A command's code cache, or the overview's (src/launcher.ts names them the same way). */
const cacheName = (command: string | undefined): string => (command === undefined ? 'herald.cache' : `herald.${command}.cache`);

const folderOf = (bundle: string): string => bundle.replace(/^herald\.(.+)\.cjs$/, '$1');

/**
 * Each command's bundle, `herald.<folder>.cjs`, named after the folder that declares it
 * (`sent` and `skipped` share record-touch/): found by asking each folder's command.ts which
 * of the registry's declarations it exports.
 */
async function commandBundles(): Promise<Record<string, string>> {
  const bundles: Record<string, string> = {};
  const commands = join(root, 'src', 'commands');
  for (const folder of (await readdir(commands, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    const declaration = join(commands, folder.name, 'command.ts');
    if (!(await readdir(join(commands, folder.name))).includes('command.ts')) continue;
    const exported = (await import(pathToFileURL(declaration).href)) as Record<string, unknown>;
    for (const spec of Object.values(exported)) {
      const name = COMMANDS.find((command: CommandSpec) => command === spec)?.name;
      if (name !== undefined) bundles[name] = `herald.${folder.name}.cjs`;
    }
  }
  const missing = COMMANDS.filter((command) => bundles[command.name] === undefined).map((command) => command.name);
  if (missing.length > 0) throw new Error(`no src/commands/<folder>/command.ts exports ${missing.join(', ')}`);
  return bundles;
}

async function swapIn(fresh: string): Promise<void> {
  const old = `${root}dist.${process.pid}.old`;
  // Another build may swap at the same moment (parallel test runs): retry until ours lands.
  for (let attempt = 1; ; attempt += 1) {
    await rename(`${root}dist`, old).catch(() => undefined);
    try {
      await rename(`${root}${fresh}`, `${root}dist`);
      break;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
  await rm(old, { recursive: true, force: true });
}
