import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * The built bundle compiled as one script, with a V8 code cache when there is one: shared by
 * the launcher (every start) and the build step that writes the cache, which must compile it
 * the same way for V8 to accept the cache.
 */
export interface BundleScript {
  script: Script;
  /** Runs the bundle as a CommonJS module would run: the CLI starts with process.argv. */
  run(): void;
}

export function compileBundle(bundle: string, cachedData?: Buffer): BundleScript {
  // ASCII (the build checks), so read as Latin-1, which Node decodes faster than UTF-8.
  const script = new Script(Module.wrap(readFileSync(bundle, 'latin1')), {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: object,
    filename: string,
    dirname: string,
  ) => void;
  return {
    script,
    run: () => {
      const module = { exports: {} };
      wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    },
  };
}
