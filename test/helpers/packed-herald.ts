import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO, tempFolder } from './run-cli.js';

const run = promisify(execFile);

export interface PackedHerald {
  tarball: string;
  /** The tarball's size in bytes, and its file count, as `npm pack` reports them. */
  size: number;
  unpackedSize: number;
  files: string[];
}

/**
 * Environment for npm that cannot reach a registry: an empty cache of its own, `offline`, and a
 * registry on a closed loopback port, so an install that wanted a download fails at once.
 */
export function offlineNpmEnv(folder: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: folder,
    npm_config_cache: join(folder, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/**
 * Packs the checkout as `npm publish` would. `--ignore-scripts`: the test set-up has just built
 * dist/ (test/global-setup.ts), so the pack step reuses it instead of building again.
 */
export async function packHerald(folder: string): Promise<PackedHerald> {
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], {
    cwd: REPO,
    env: offlineNpmEnv(folder),
  });
  const [packed] = JSON.parse(stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  if (packed === undefined) throw new Error(`npm pack printed no package: ${stdout}`);
  return {
    tarball: join(folder, packed.filename),
    size: packed.size,
    unpackedSize: packed.unpackedSize,
    files: packed.files.map((file) => file.path),
  };
}

/** A plan repository (a folder with a package.json) with the tarball installed as a devDependency, offline. */
export async function installTarball(tarball: string, folder?: string): Promise<string> {
  const project = folder ?? (await tempFolder());
  await mkdir(project, { recursive: true });
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'team-plan', private: true }, null, 2));
  await run('npm', ['install', '--save-dev', '--offline', tarball], { cwd: project, env: offlineNpmEnv(project) });
  return project;
}
