import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from '../src/build/bundle.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Newest modification time of the files a build reads, in milliseconds. */
function newestSource(): number {
  let newest = 0;
  for (const part of ['src', 'templates', 'package.json', 'package-lock.json']) {
    const path = join(root, part);
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true }).map((file) => join(path, String(file))) : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(join(root, 'dist', 'launcher.cjs')).mtimeMs;
  } catch {
    return 0; // Not built.
  }
}

// The smoke and process tests (test/e2e/smoke, code-cache, schedule | head) run the real
// binary: the suite bundles it first (a few seconds), unless dist/ is newer than its sources.
export default async function setup(): Promise<void> {
  if (builtAt() <= newestSource()) await bundleCli();
}
