#!/usr/bin/env node
// `npm run bench`: Herald's speed as ratios to a baseline measured side by side in the same
// run (bare `node -e 0`, or js-yaml merely loading the same file), so that a noisy, shared
// machine moves both sides alike. Prints a Markdown table for the README.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedChannelsPlan } from './shared-channels-plan.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin', 'herald.js');
const example = join(repo, 'examples', 'herald.yaml');
const large = join(repo, '.tmp', 'bench', 'large-plan.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(join(repo, 'dist', 'herald.cjs'))) run('npm', ['run', 'build']);
mkdirSync(dirname(large), { recursive: true });
run(process.execPath, [join(repo, 'test', 'bench', 'generate-large-plan.mjs'), large]);
// 400 audiences x 400 daily channels through one alias: refused at the work bound (exit 1).
const shared = join(repo, '.tmp', 'bench', 'shared-channels.yaml');
writeFileSync(shared, sharedChannelsPlan(400));
const jsyamlLoad = join(repo, '.tmp', 'bench', 'jsyaml-load.mjs');
writeFileSync(
  jsyamlLoad,
  `import { readFileSync } from 'node:fs';\nimport jsyaml from ${JSON.stringify(join(repo, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs'))};\njsyaml.load(readFileSync(process.argv[2], 'utf8'));\n`,
);

const env = { ...process.env, HERALD_TODAY: '2026-11-23', NO_COLOR: '1' };
const node0 = [process.execPath, ['-e', '0']];
const jsyaml = [process.execPath, [jsyamlLoad, large]];
const herald = (...args) => [process.execPath, [bin, ...args]];

/** Each case: what is timed, against which baseline, and the bar the ratio must meet. */
// track and init write files: a copy of the example plan (one line longer each run) and a
// plan that --force replaces each time, both in .tmp/bench.
const trackPlan = join(repo, '.tmp', 'bench', 'track-plan.yaml');
copyFileSync(example, trackPlan);
const initPlan = join(repo, '.tmp', 'bench', 'init-plan.yaml');

const drafts = join(repo, '.tmp', 'bench', 'drafts');
const vsNode = { baseline: node0, baselineName: 'node -e 0' };
const vsJsyaml = { baseline: jsyaml, baselineName: 'js-yaml load' };
/** The bars of issues 3, 4, 7 and 8; null where no bar was set (the figure is for the record). */
const cases = [
  { name: 'validate, example plan', command: herald('validate', example), ...vsNode, bar: 1.5 },
  { name: 'schedule, example plan', command: herald('schedule', example), ...vsNode, bar: 1.5 },
  { name: 'report, example plan', command: herald('report', example), ...vsNode, bar: 1.5 },
  { name: 'brief, example plan', command: herald('brief', example), ...vsNode, bar: 1.5 },
  {
    name: 'generate, example plan, one day (--stdout)',
    command: herald('generate', example, '--date', '2027-02-01', '--stdout'),
    ...vsNode,
    bar: 1.5,
  },
  {
    name: 'track, example plan',
    command: herald('track', 'leadership-awareness', '50', '--date', '2027-06-02', '--plan', trackPlan),
    ...vsNode,
    bar: null,
  },
  { name: 'init --yes', command: herald('init', initPlan, '--yes', '--force'), ...vsNode, bar: 1.5 },
  { name: 'validate, large plan', command: herald('validate', large), ...vsJsyaml, bar: 3 },
  {
    name: 'schedule, large plan, a year as JSON',
    command: herald('schedule', large, '--from', '2027-01-04', '--to', '2027-12-31', '--format', 'json'),
    ...vsJsyaml,
    bar: 3,
  },
  { name: 'report, large plan', command: herald('report', large), ...vsJsyaml, bar: 3 },
  { name: 'validate, 400 audiences x 400 daily channels (refused)', command: herald('validate', shared), ...vsNode, bar: null },
  // A month of drafts written to a folder (after the first run they are "unchanged": rendered, hashed, not rewritten).
  {
    name: 'generate, large plan, a month of drafts',
    command: herald('generate', large, '--from', '2027-03-01', '--to', '2027-03-31', '--out', drafts),
    ...vsJsyaml,
    bar: null,
  },
];

// BENCH_ONLY=generate runs only the cases whose name contains that text.
const only = process.env.BENCH_ONLY ?? '';
const rows = [];
for (const c of cases.filter((candidate) => candidate.name.includes(only))) {
  const timed = [];
  const base = [];
  // Interleaved, so both sides see the same machine load.
  for (let i = 0; i < runs; i += 1) {
    timed.push(time(c.command));
    base.push(time(c.baseline));
  }
  const t = median(timed);
  const b = median(base);
  rows.push({ ...c, t, b, ratio: t / b });
}

console.log(`\nHerald benchmark — median of ${runs} interleaved runs, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| command | Herald | baseline | ratio | bar |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.t.toFixed(0)} ms | ${r.baselineName} ${r.b.toFixed(0)} ms | ${r.ratio.toFixed(2)}x | ${r.bar === null ? '–' : `${r.ratio <= r.bar ? '✔' : '✖'} ≤ ${r.bar}x`} |`,
  );
}
const failed = rows.filter((r) => r.bar !== null && r.ratio > r.bar);
if (failed.length > 0) {
  console.log(`\n${failed.length} case(s) above the bar.`);
  process.exitCode = 1;
}

function time([file, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(file, args) {
  const result = spawnSync(file, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed`);
}
