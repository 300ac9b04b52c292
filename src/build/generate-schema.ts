import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaArtifacts } from './schema-artifacts.js';

/**
 * Writes the plan's JSON Schema and its compiled validator next to the plan model, so that
 * Herald never loads a schema library at run time (a test fails when they are stale), and
 * the time zone names of this Node's ICU.
 */
export function writeSchemaArtifacts(): void {
  const folder = new URL('../core/plan/generated/', import.meta.url);
  for (const [name, content] of Object.entries(renderSchemaArtifacts())) {
    const path = fileURLToPath(new URL(name, folder));
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Not generated yet.
    }
    if (current !== content) {
      writeFileSync(path, content);
      console.log(`generated src/core/plan/generated/${name}`);
    }
  }
}
