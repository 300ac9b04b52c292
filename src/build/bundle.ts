import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles the CLI into dist/. One chunk per command (code splitting), so a command loads
 * only its own code: start-up time is most of what a CLI's user feels.
 */
export async function bundleCli(): Promise<void> {
  // Built aside and swapped in, so a test run that is using dist/ never sees it half written.
  const fresh = `dist.${process.pid}.tmp`;
  await rm(`${root}${fresh}`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli.ts'],
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Whitespace and syntax only: identifiers stay readable in the stack of a bug report.
    minifyWhitespace: true,
    minifySyntax: true,
    chunkNames: 'chunks/[name]-[hash]',
    // commander and other CommonJS dependencies call require() for Node's built-ins.
    banner: { js: "import { createRequire as __heraldRequire } from 'node:module'; const require = __heraldRequire(import.meta.url);" },
    logLevel: 'warning',
  });
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
