import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The built bundle compiled as one script, with a V8 code cache when there is one: shared by
 * the launcher (every start) and the build step that writes the caches, which must compile
 * the scripts the same way for V8 to accept them. The vendor bundles the CLI requires
 * (dist/vendor/*.cjs) are compiled the same way, each with its own cache next to it.
 */
export interface BundleScript {
  script: Script;
  /** The vendor bundles required so far, by file: the build saves a cache of each. */
  vendors: Map<string, Script>;
  /** Runs the bundle as a CommonJS module would run: the CLI starts with process.argv. */
  run(): void;
}

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

function compile(file: string, encoding: BufferEncoding, cachedData: Buffer | undefined): Script {
  return new Script(Module.wrap(readFileSync(file, encoding)), { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined; // No cache: the script is compiled as usual.
  }
}

function runAsModule(script: Script, file: string, require: NodeJS.Require): unknown {
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

export function compileBundle(bundle: string, cachedData?: Buffer): BundleScript {
  // ASCII (the build checks), so read as Latin-1, which Node decodes faster than UTF-8.
  const script = compile(bundle, 'latin1', cachedData);
  const vendors = new Map<string, Script>();
  const loaded = new Map<string, unknown>();
  const nodeRequire = createRequire(bundle);
  const requireVendor = (file: string): unknown => {
    if (!loaded.has(file)) {
      const vendor = compile(file, 'utf8', readCache(file));
      vendors.set(file, vendor);
      loaded.set(file, runAsModule(vendor, file, createRequire(file)));
    }
    return loaded.get(file);
  };
  const bundleRequire = Object.assign(
    (id: string): unknown => (id.startsWith('./vendor/') ? requireVendor(join(dirname(bundle), id)) : nodeRequire(id)),
    nodeRequire,
  ) as NodeJS.Require;
  return { script, vendors, run: () => void runAsModule(script, bundle, bundleRequire) };
}
