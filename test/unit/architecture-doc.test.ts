import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** The paths the map's tree names, each entry joined to the folders it is indented under. */
function pathsInMap(): string[] {
  const block = /```text\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
  const parents: { indent: number; path: string }[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)(\S+)/.exec(line);
    if (match === null) continue;
    const indent = match[1]!.length;
    while (parents.length > 0 && parents[parents.length - 1]!.indent >= indent) parents.pop();
    // "report/ brief/" names two folders on one line.
    const names = line.slice(indent).split(/ {2,}/)[0]!.split(' ');
    for (const name of names) {
      const path = `${parents[parents.length - 1]?.path ?? ''}${name}`;
      paths.push(path);
      if (names.length === 1 && name.endsWith('/')) parents.push({ indent, path });
    }
  }
  return paths;
}

function foldersUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'generated')
    .flatMap((entry) => [`${folder}${entry.name}/`, ...foldersUnder(`${folder}${entry.name}/`)]);
}

describe('docs/architecture.md', () => {
  const mapped = pathsInMap();

  it('names only paths that exist', () => {
    const concrete = mapped.filter((path) => !path.includes('<') && !path.includes('*'));
    expect(concrete.length).toBeGreaterThan(30);
    expect(concrete.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('shows every folder of src/core, src/format and src/io, and every command', () => {
    const folders = [...foldersUnder('src/core/'), ...foldersUnder('src/format/'), ...foldersUnder('src/io/')];
    expect(folders.filter((folder) => !mapped.includes(folder))).toEqual([]);
    const commands = foldersUnder('src/commands/').filter((folder) => existsSync(join(ROOT, folder, 'command.ts')));
    expect(commands.length).toBeGreaterThan(5);
  });

  it('names only source files that exist in its prose', () => {
    const named = [...page.matchAll(/`((?:src|test|docs)\/[^`<*\s]+)`/g)].map((match) => match[1]!);
    expect(named.filter((path) => !existsSync(join(ROOT, path.replace(/\*.*$/, ''))))).toEqual([]);
  });
});
