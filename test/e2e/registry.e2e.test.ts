import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { REPO } from '../helpers/run-cli.js';
import { buildProgram } from '../../src/program.js';
import { runMain } from '../helpers/run-main.js';

/**
 * One registry (src/commands/registry.ts) declares every command: the help, the build's code
 * caches and the bench all read it. These tests fail when a command is left out of one of them.
 */
const names = COMMANDS.map((command) => command.name);

describe('the command registry', () => {
  it('holds every command folder, each declared once', async () => {
    const folders = readdirSync(join(REPO, 'src', 'commands'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    for (const folder of folders) {
      const file = join(REPO, 'src', 'commands', folder, 'command.ts');
      expect(existsSync(file), `${folder}/ has no command.ts`).toBe(true);
      const declared: unknown[] = Object.values((await import(file)) as Record<string, unknown>);
      expect(declared.length, `${folder}/command.ts declares no command`).toBeGreaterThan(0);
      for (const command of declared) expect(COMMANDS, `a command of ${folder}/command.ts is not in COMMANDS`).toContain(command);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every command in `herald --help`, in the registry order', async () => {
    const { stdout, code } = await runMain(['--help'], REPO);
    expect(code).toBe(0);
    const listed = /\nCommands:\n([\s\S]*?)\n\n/.exec(stdout)?.[1] ?? '';
    const listedNames = listed.split('\n').flatMap((line) => /^ {2}([a-z][a-z-]*)/.exec(line)?.[1] ?? []);
    expect(listedNames).toEqual([...names, 'help']);
  });

  it('declares only the command it runs, and every command for help or a misspelt one', () => {
    const declared = (argv?: string[]): string[] =>
      buildProgram({} as never, () => undefined, argv).commands.map((command) => command.name());
    expect(declared(['validate', 'plan.yaml', '--strict'])).toEqual(['validate']);
    expect(declared(['--color', 'schedule', '--help'])).toEqual(['schedule']);
    expect(declared([])).toEqual(names);
    expect(declared(['--help'])).toEqual(names);
    expect(declared(['help', 'validate'])).toEqual(names);
    expect(declared(['valdate'])).toEqual(names);
  });

  it('suggests the nearest command for a misspelt one', async () => {
    const { stderr, code } = await runMain(['valdate', 'plan.yaml'], REPO);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'valdate'");
    expect(stderr).toContain('(Did you mean validate?)');
  });

  it.each(names)('gives `herald %s --help` with examples', async (name) => {
    const { stdout, code } = await runMain([name, '--help'], REPO);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: herald ${name} `));
    expect(stdout).toContain('\nExamples:\n');
    expect(stdout).toContain(`  $ herald ${name}`);
  });

  it('has the build write one code cache per command and one for the overview (help), and none for anything else', () => {
    const caches = readdirSync(join(REPO, 'dist')).filter((file) => /^herald\..*cache$/.test(file));
    expect(caches.sort()).toEqual([...names.map((name) => `herald.${name}.cache`), 'herald.cache'].sort());
  });

  it("has the build write one bundle per command folder, holding that folder's code and no other command's", () => {
    const launcher = readFileSync(join(REPO, 'dist', 'launcher.cjs'), 'utf8');
    // The build's map of bundles, as esbuild wrote it into the launcher: { validate: "herald.validate.cjs", … }.
    const map = /HERALD_BUNDLES\w*=\{([^}]*)\}/.exec(launcher)?.[1] ?? '';
    const bundles: Record<string, string> = Object.fromEntries(
      map.split(',').map((entry) => entry.split(':').map((part) => part.replaceAll('"', '')) as [string, string]),
    );
    expect(Object.keys(bundles).sort()).toEqual([...names].sort());
    const folders = new Set(Object.values(bundles).map((file) => /^herald\.(.+)\.cjs$/.exec(file)?.[1] ?? file));
    const leftOut = (text: string, folder: string): boolean => text.includes(`this bundle leaves out \`herald ${folder}\``);
    for (const [name, file] of Object.entries(bundles)) {
      const text = readFileSync(join(REPO, 'dist', file), 'utf8');
      for (const folder of folders)
        expect(leftOut(text, folder), `${file} (for ${name}) and ${folder}/`).toBe(file !== `herald.${folder}.cjs`);
    }
    // Help and unknown commands: the overview, with no command's code.
    const overview = readFileSync(join(REPO, 'dist', 'herald.cjs'), 'utf8');
    for (const folder of folders) expect(leftOut(overview, folder)).toBe(true);
  });

  it('has the bench time every command', () => {
    const listed = spawnSync(process.execPath, [join(REPO, 'test', 'bench', 'run-bench.mjs'), '--list'], { cwd: REPO, encoding: 'utf8' });
    expect(listed.stderr).toBe('');
    const timed = new Set((JSON.parse(listed.stdout) as string[][]).map(([command]) => command));
    expect([...timed].sort()).toEqual([...names].sort());
  });
});
