import { execFile } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installTarball, offlineNpmEnv, packHerald, type PackedHerald } from '../helpers/packed-herald.js';
import { EXAMPLES, tempFolder } from '../helpers/run-cli.js';

const run = promisify(execFile);

/** Runs a command and returns its exit code and output, whatever the code. */
async function attempt(file: string, args: readonly string[], cwd: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...env, HERALD_TODAY: '2027-01-11' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * The package as a user gets it: `npm pack`, then an install of the tarball into a plan
 * repository with the network shut (an empty cache, `--offline`, a registry nobody answers),
 * which works only because the package has no runtime dependencies. Then `herald` from there.
 */
describe('the npm package', () => {
  let packed: PackedHerald;
  let project: string;

  beforeAll(async () => {
    packed = await packHerald(await tempFolder());
    project = await installTarball(packed.tarball);
  });

  it('holds the binary, the bundle and the templates, and no runtime dependency', async () => {
    const tops = new Set(packed.files.map((path) => path.split('/')[0]));
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'templates']);
    expect(packed.files).toContain('dist/launcher.cjs');
    const manifest = JSON.parse(await readFile(join(project, 'node_modules/@herald-plan/herald/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.bin).toEqual({ herald: 'bin/herald.js' });
    expect(manifest.dependencies).toBeUndefined();
    // Nothing but Herald itself was installed, and it went into the plan's devDependencies.
    expect(await readdir(join(project, 'node_modules'))).toEqual(expect.not.arrayContaining(['chalk', 'yaml', 'date-fns']));
    expect(await readdir(join(project, 'node_modules/@herald-plan'))).toEqual(['herald']);
    const plan = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(Object.keys(plan.devDependencies)).toEqual(['@herald-plan/herald']);
    // The figure the README gives; a bound catches a bundle or cache that got out of hand.
    expect(packed.size).toBeLessThan(6_000_000);
  });

  it('runs from the plan repository: validate, init --yes, generate --stdout, schedule --format ics', async () => {
    const env = offlineNpmEnv(project);
    const herald = join(project, 'node_modules/.bin/herald');
    await copyFile(join(EXAMPLES, 'herald.yaml'), join(project, 'example.yaml'));

    const validate = await attempt(herald, ['validate', 'example.yaml'], project, env);
    expect(validate).toMatchObject({ code: 0 });
    expect(validate.stdout).toContain('example.yaml');

    const init = await attempt(herald, ['init', '--yes', '--name', 'Platform visibility'], project, env);
    expect(init.code).toBe(0);
    expect(await readFile(join(project, 'herald.yaml'), 'utf8')).toContain('name: Platform visibility');
    // `npx --no-install` runs the pinned one, as the CI recipes do; it never downloads.
    expect(await attempt('npx', ['--no-install', 'herald', 'validate'], project, env)).toMatchObject({ code: 0 });

    const generate = await attempt(
      herald,
      ['generate', 'example.yaml', '--from', '2027-02-01', '--to', '2027-02-07', '--stdout'],
      project,
      env,
    );
    expect(generate.code).toBe(0);
    expect(generate.stdout.length).toBeGreaterThan(200);

    const ics = await attempt(
      herald,
      ['schedule', 'example.yaml', '--format', 'ics', '--from', '2027-01-04', '--weeks', '4'],
      project,
      env,
    );
    expect(ics.code).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout).toContain('BEGIN:VEVENT');
  });

  it('runs the GitHub Actions example as written, after its `npm ci`', async () => {
    const workflow = parse(await readFile(join(EXAMPLES, 'ci/github-workflow.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const commands = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .flatMap((step) => (step.run === undefined || step.run === 'npm ci' ? [] : [step.run]));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      expect(command).toMatch(/^npx --no-install herald /);
      expect(await attempt('sh', ['-c', command], project, offlineNpmEnv(project)), command).toMatchObject({ code: 0 });
    }
    expect(await readFile(join(project, 'herald-report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('installs globally from the tarball, offline too', async () => {
    const prefix = await tempFolder();
    const env = offlineNpmEnv(prefix);
    await run('npm', ['install', '--global', '--prefix', prefix, packed.tarball], { cwd: prefix, env });
    const version = await attempt(join(prefix, 'bin/herald'), ['--version'], prefix, env);
    expect(version).toMatchObject({ code: 0, stdout: `${packed.tarball.match(/-(\d+\.\d+\.\d+)\.tgz$/)?.[1]}\n` });
  });
});
