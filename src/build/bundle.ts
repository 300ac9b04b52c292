import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles the CLI into dist/. One chunk per command (code splitting), so a command loads
 * only its own code: start-up time is most of what a CLI's user feels.
 */
export async function bundleCli(): Promise<void> {
  await rm(`${root}dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli.ts'],
    outdir: 'dist',
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
}
