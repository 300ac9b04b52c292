#!/usr/bin/env node
// `npm run bench`: Herald's speed as ratios to a baseline measured side by side in the same
// run (bare `node -e 0`, or js-yaml merely loading the same file), so that a noisy, shared
// machine moves both sides alike. Prints a Markdown table for the README.
//
//   npm run bench                                  the machine's Node, wall time
//   npm run bench -- --node /path/to/node          another Node (or BENCH_NODE=/path/to/node)
//   npm run bench -- --callgrind                   instruction counts (valgrind), steady on a busy machine
//   node test/bench/run-bench.mjs --list           the cases' command lines as JSON, nothing run
//
// Every command of the registry (src/commands/registry.ts) is timed: one without a case of its
// own below runs with the arguments the build warms its code cache with.
//
// Each command runs three times untimed first, so that a Node other than the one that built
// dist/ has written its code cache (in .tmp/bench/cache, not the user's own) and the cache has
// settled (src/io/code-cache.ts: a command's first three runs write it) before it is timed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { sharedChannelsPlan } from './shared-channels-plan.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin', 'herald.js');
const example = join(repo, 'examples', 'herald.yaml');
const large = join(repo, '.tmp', 'bench', 'large-plan.yaml');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const node = option('--node') ?? process.env.BENCH_NODE ?? process.execPath;
const callgrind = argv.includes('--callgrind') || process.env.BENCH_MODE === 'callgrind';
// Instruction counts barely vary from run to run: a few runs are enough.
const runs = Number(process.env.BENCH_RUNS ?? (callgrind ? 3 : 15));
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();

// 400 audiences x 400 daily channels through one alias: refused at the work bound (exit 1).
const shared = join(repo, '.tmp', 'bench', 'shared-channels.yaml');
const jsyamlLoad = join(repo, '.tmp', 'bench', 'jsyaml-load.mjs');

// Many plans (issue 18): 500 team plans of ~15-20 KB and an organisation file, against js-yaml
// merely loading every YAML file of the folder.
const workspace = join(repo, '.tmp', 'bench', 'workspace');
run(process.execPath, [join(repo, 'test', 'bench', 'generate-workspace.mjs'), workspace]);
const jsyamlLoadAll = join(repo, '.tmp', 'bench', 'jsyaml-load-all.mjs');
writeFileSync(
  jsyamlLoadAll,
  `import { readdirSync, readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nimport jsyaml from ${JSON.stringify(join(repo, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs'))};\nfor (const name of readdirSync(process.argv[2], { recursive: true })) if (/\\.ya?ml$/.test(String(name))) jsyaml.load(readFileSync(join(process.argv[2], String(name)), 'utf8'));\n`,
);
// Preloaded to report a run's peak memory (resident set), in KB, on stderr's last line.
const peakMemory = join(repo, '.tmp', 'bench', 'peak-memory.cjs');
writeFileSync(peakMemory, "process.on('exit', () => process.stderr.write(`\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");

const cacheHome = join(repo, '.tmp', 'bench', 'cache');
const env = { ...process.env, HERALD_TODAY: '2026-11-23', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome };
delete env.NODE_DISABLE_COMPILE_CACHE;
const node0 = [node, ['-e', '0']];
const jsyaml = [node, [jsyamlLoad, large]];
const jsyamlExample = [node, [jsyamlLoad, example]];
const herald = (...args) => [node, [bin, ...args]];

/** Each case: what is timed, against which baseline, and the bar the ratio must meet. */
// track and init write files: a copy of the example plan (one line longer each run) and a
// plan that --force replaces each time, both in .tmp/bench.
const trackPlan = join(repo, '.tmp', 'bench', 'track-plan.yaml');
const initPlan = join(repo, '.tmp', 'bench', 'init-plan.yaml');

const drafts = join(repo, '.tmp', 'bench', 'drafts');
const vsNode = { baseline: node0, baselineName: 'node -e 0' };
const vsJsyaml = { baseline: jsyaml, baselineName: 'js-yaml load' };
const vsJsyamlExample = { baseline: jsyamlExample, baselineName: 'js-yaml load' };
const scheduleYear = herald('schedule', workspace, '--from', '2027-01-01', '--to', '2027-12-31', '--format', 'json');
const vsJsyamlWorkspace = { baseline: [node, [jsyamlLoadAll, workspace]], baselineName: 'js-yaml load, every file' };
// A code cache damaged in the middle before each run: V8 rejects it (checksum), Herald writes it anew.
const damagedHome = join(repo, '.tmp', 'bench', 'cache-damaged');
const damageCache = () => {
  const good = findCache(cacheHome) ?? join(repo, 'dist', 'herald.validate.cache');
  const bytes = readFileSync(good);
  bytes.fill(0xa5, bytes.length >> 1, (bytes.length >> 1) + 8);
  // Where the launcher looks (src/io/code-cache.ts), named by the build's id in dist/launcher.cjs.
  const id = /id:"([0-9a-f]+)"/.exec(readFileSync(join(repo, 'dist', 'launcher.cjs'), 'utf8'))?.[1];
  const folder = join(damagedHome, 'herald', `code-${id}`, `node-${nodeVersion}-${process.arch}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'herald.validate.cache'), bytes);
};
/** The bars of issues 3, 4, 7 and 8; null where no bar was set (the figure is for the record). */
const cases = [
  { name: 'validate, example plan', command: herald('validate', example), ...vsNode, bar: 1.5 },
  { name: 'validate, example plan (vs js-yaml)', command: herald('validate', example), ...vsJsyamlExample, bar: 1.25 },
  // Records: a run without a code cache, and one whose cache is damaged, are alike (issue 16).
  {
    name: 'validate, example plan, no code cache',
    command: herald('validate', example),
    env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    ...vsNode,
    bar: null,
  },
  {
    name: 'validate, example plan, damaged code cache',
    command: herald('validate', example),
    env: { XDG_CACHE_HOME: damagedHome },
    before: damageCache,
    ...vsNode,
    bar: null,
  },
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
  // Issue 18: the whole workspace in one process, within 2x of js-yaml loading every file.
  { name: 'validate, workspace of 500 plans', command: herald('validate', workspace, '--format', 'json'), ...vsJsyamlWorkspace, bar: 2 },
  // A year's schedule across the same workspace (some 110,000 rows, as JSON), within 3x.
  { name: 'schedule, workspace of 500 plans, a year', command: scheduleYear, ...vsJsyamlWorkspace, bar: 3 },
  // The same year as one iCalendar file (39 MB): a record, no bar (the calendar library's own
  // line folding once made this take over a minute).
  {
    name: 'schedule, workspace of 500 plans, a year as iCalendar',
    command: herald('schedule', workspace, '--from', '2027-01-01', '--to', '2027-12-31', '--format', 'ics'),
    ...vsJsyamlWorkspace,
    bar: null,
  },
];

// The commands without a case above: their warm-up run, on a fresh copy of the example plan each time.
const { COMMANDS } = await tsImport('../../src/commands/registry.ts', import.meta.url);
const scratch = join(repo, '.tmp', 'bench', 'scratch');
const freshScratch = () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  copyFileSync(example, join(scratch, 'plan.yaml'));
};
for (const command of COMMANDS) {
  if (cases.some((c) => c.command[1][1] === command.name)) continue;
  const args = command.warmRun({ example, scratch });
  cases.push({ name: `${command.name}, example plan`, command: herald(command.name, ...args), before: freshScratch, ...vsNode, bar: null });
}

if (argv.includes('--list')) {
  console.log(JSON.stringify(cases.map((c) => c.command[1].slice(1))));
  process.exit(0);
}

if (!existsSync(join(repo, 'dist', 'herald.cjs'))) run('npm', ['run', 'build']);
mkdirSync(dirname(large), { recursive: true });
run(process.execPath, [join(repo, 'test', 'bench', 'generate-large-plan.mjs'), large]);
writeFileSync(shared, sharedChannelsPlan(400));
writeFileSync(
  jsyamlLoad,
  `import { readFileSync } from 'node:fs';\nimport jsyaml from ${JSON.stringify(join(repo, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs'))};\njsyaml.load(readFileSync(process.argv[2], 'utf8'));\n`,
);
copyFileSync(example, trackPlan);

// BENCH_ONLY=generate runs only the cases whose name contains that text.
const only = process.env.BENCH_ONLY ?? '';
const rows = [];
for (const c of cases.filter((candidate) => candidate.name.includes(only))) {
  const timed = [];
  const base = [];
  for (let warm = 0; warm < 3; warm += 1) {
    c.before?.();
    measure(c.command, c.env);
  }
  measure(c.baseline);
  // Interleaved, so both sides see the same machine load.
  for (let i = 0; i < runs; i += 1) {
    c.before?.();
    timed.push(measure(c.command, c.env));
    base.push(measure(c.baseline));
  }
  const t = median(timed);
  const b = median(base);
  rows.push({ ...c, t, b, ratio: t / b });
}

const unit = callgrind ? 'M instr.' : 'ms';
const figure = (value) => (callgrind ? (value / 1e6).toFixed(0) : value.toFixed(0));
const what = callgrind ? 'instruction counts (callgrind; the bars are for wall time)' : 'wall time';
console.log(
  `\nHerald benchmark — ${what}, median of ${runs} interleaved runs, Node ${nodeVersion}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| command | Herald | baseline | ratio | bar |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${figure(r.t)} ${unit} | ${r.baselineName} ${figure(r.b)} ${unit} | ${r.ratio.toFixed(2)}x | ${r.bar === null ? '–' : `${r.ratio <= r.bar ? '✔' : '✖'} ≤ ${r.bar}x`} |`,
  );
}
// The cadence expansions that must not walk to the year 9999 (in-process, milliseconds).
if ('cadence'.includes(only) || only === '') {
  const result = spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'test', 'bench', 'cadence-worst-cases.ts')], {
    encoding: 'utf8',
  });
  for (const c of JSON.parse(result.stdout)) {
    console.log(`| ${c.name} | ${c.ms.toFixed(0)} ms | – | – | ${c.ms <= c.bar ? '✔' : '✖'} ≤ ${c.bar} ms |`);
    if (!callgrind && c.ms > c.bar) rows.push({ ...c, ratio: 2, bar: 1 });
  }
}
// Peak memory of the workspace run, beside js-yaml's, once each (not in callgrind mode).
if (!callgrind && ('workspace'.includes(only) || only === '' || /workspace of 500 plans/.test(only))) {
  const peak = ([file, args]) => {
    const result = spawnSync(file, ['-r', peakMemory, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    return Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  };
  const heraldPeak = peak(herald('validate', workspace, '--format', 'json'));
  const schedulePeak = peak(scheduleYear);
  const jsyamlPeak = peak(vsJsyamlWorkspace.baseline);
  console.log(
    `\nPeak memory, validate on the 500-plan workspace: ${heraldPeak.toFixed(0)} MB; a year's schedule across it: ${schedulePeak.toFixed(0)} MB (js-yaml loading every file: ${jsyamlPeak.toFixed(0)} MB).`,
  );
}
const failed = callgrind ? [] : rows.filter((r) => r.bar !== null && r.ratio > r.bar);
if (failed.length > 0) {
  console.log(`\n${failed.length} case(s) above the bar.`);
  process.exitCode = 1;
}

/** Milliseconds, or with --callgrind the instructions valgrind counted. */
function measure([file, args], extraEnv = {}) {
  const runEnv = { ...env, ...extraEnv };
  if (callgrind) {
    const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', file, ...args], {
      env: runEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const collected = /Collected : (\d+)/.exec(result.stderr);
    if (collected === null) throw new Error(`valgrind ${args.join(' ')}: ${result.stderr}`);
    return Number(collected[1]);
  }
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { env: runEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** The validate code cache this bench's runs wrote, if the Node is not the one that built dist/. */
function findCache(folder) {
  const files = existsSync(folder) ? readdirSync(folder, { recursive: true }) : [];
  const found = files.find((file) => String(file).endsWith('herald.validate.cache'));
  return found === undefined ? undefined : join(folder, String(found));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(file, args) {
  const result = spawnSync(file, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed`);
}
