import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

/** Every .ts file under src/ but generated code. */
async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    }),
  );
  return nested.flat();
}

const EXPORT =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|abstract\s+class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/gm;

describe('exported names', () => {
  it('are each defined by one module in src/, so an import always says which one it means', async () => {
    const src = join(REPO, 'src');
    const files = await sourceFiles(src);
    expect(files.length).toBeGreaterThan(50);
    const where = new Map<string, string[]>();
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      // A set: an overloaded function declares its name once per signature, in one module.
      for (const name of new Set(Array.from(text.matchAll(EXPORT), (match) => match[1] ?? ''))) {
        where.set(name, [...(where.get(name) ?? []), relative(src, file)]);
      }
    }
    const twice = [...where].filter(([, modules]) => modules.length > 1).map(([name, modules]) => `${name}: ${modules.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
