import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes generated source files that are committed (so tests run without a build): only
 * those whose content changed, naming each, so `git status` shows what a build regenerated.
 */
export function writeGeneratedFiles(folder: string, files: Record<string, string>): void {
  const root = new URL('../../', import.meta.url);
  for (const [name, content] of Object.entries(files)) {
    const path = fileURLToPath(new URL(`${folder}/${name}`, root));
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Not generated yet.
    }
    if (current !== content) {
      writeFileSync(path, content);
      console.log(`generated ${folder}/${name}`);
    }
  }
}
