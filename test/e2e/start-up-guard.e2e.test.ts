import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, tempFolder } from '../helpers/run-cli.js';

/**
 * Start-up matters: the everyday commands load no vendor bundle (dist/vendor/*.cjs: yaml,
 * handlebars, inquirer, ical-generator, csv-parse, diff), which only the commands that need
 * them load, on demand. Checked in the built binary by the loading itself: a preloaded hook
 * (test/helpers/record-vendor-loads.mjs) records every vendor bundle the process reads.
 */
const EXAMPLE = join(REPO, 'examples', 'herald.yaml');
const HOOK = join(REPO, 'test', 'helpers', 'record-vendor-loads.mjs');

/** The vendor bundles one run of the binary loaded, by file name. */
async function vendorLoads(folder: string, args: readonly string[]): Promise<string[]> {
  const log = join(folder, `${args.join('_').replace(/[^a-z0-9_-]/gi, '')}.json`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(HOOK).href, BIN, ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: folder, HERALD_TODAY: '2027-02-15', HERALD_VENDOR_LOG: log },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code, `herald ${args.join(' ')}`).toBe(0);
  return JSON.parse(await readFile(log, 'utf8')) as string[];
}

describe('start-up: what the everyday commands load', () => {
  it('validate, schedule, report and brief load no vendor bundle; schedule --format ics only the calendar library', async () => {
    const folder = await tempFolder();
    const runs = [['validate'], ['schedule'], ['report'], ['brief'], ['schedule', '--format', 'ics']];
    const loads = await Promise.all(runs.map((args) => vendorLoads(folder, [args[0] ?? '', EXAMPLE, ...args.slice(1)])));
    expect(Object.fromEntries(runs.map((args, index) => [args.join(' '), loads[index]]))).toEqual({
      validate: [],
      schedule: [],
      report: [],
      brief: [],
      // Also the hook's proof that it sees a vendor bundle load.
      'schedule --format ics': ['ical-generator.cjs'],
    });
  });

  it('report and brief on a folder of plans (the portfolio, the brief for one audience) load no vendor bundle', async () => {
    const folder = await tempFolder();
    const workspace = join(REPO, 'test', 'fixtures', 'workspace');
    const report = await vendorLoads(folder, ['report', workspace]);
    const brief = await vendorLoads(folder, ['brief', workspace, '--audience', 'exec-team']);
    expect({ report, brief }).toEqual({ report: [], brief: [] });
  });
});
