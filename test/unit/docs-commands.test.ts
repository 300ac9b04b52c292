import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { EXAMPLES, REPO } from '../helpers/run-cli.js';

/**
 * Every `herald …` command the README and docs/ show runs as shown: in `sh` blocks each line
 * that starts with `herald`, in `text` blocks each line that starts with `$ herald`. They run
 * in this process (runMain), on the example plan, with the tutorial's date. The tutorial's
 * commands run in order in one folder, from its `herald init` on, as a reader follows it.
 */
const DOCS = ['README.md', ...(existsSync(join(REPO, 'docs')) ? readdirSync(join(REPO, 'docs')).map((name) => `docs/${name}`) : [])]
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ file, text: readFileSync(join(REPO, file), 'utf8') }));
const ENV = { HERALD_TODAY: '2027-01-11', NO_COLOR: '1' };

interface Shown {
  file: string;
  line: string;
  tutorial: boolean;
}

function shownCommands(file: string, text: string): Shown[] {
  const tutorialStart = text.indexOf('\n## Tutorial');
  const tutorialEnd = tutorialStart < 0 ? -1 : text.indexOf('\n## ', tutorialStart + 1);
  const shown: Shown[] = [];
  for (const block of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const [, language = '', body = ''] = block;
    if (language !== 'sh' && language !== 'text') continue;
    const tutorial = block.index > tutorialStart && block.index < tutorialEnd;
    for (const line of body.replace(/\\\n\s*/g, '').split('\n')) {
      const match = (language === 'text' ? /^\$ (herald .*)$/ : /^(?:\$ )?(herald .*)$/).exec(line);
      if (match?.[1] !== undefined) shown.push({ file, line: match[1], tutorial });
    }
  }
  return shown;
}

/** A command line's words, as a shell splits them; stops at a comment, a pipe or a redirection. */
function words(line: string): string[] {
  const result: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) result.push(word);
      word = undefined;
    } else if (word === undefined && (char === '#' || char === '|' || char === '>')) {
      break;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) result.push(word);
  return result;
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A plan repository as the reference sections assume it: the example plan under the names they use. */
function exampleFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'herald-docs-'));
  folders.push(folder);
  for (const name of ['herald.yaml', 'plan.yaml', 'plans/h1.yaml', 'examples/herald.yaml']) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    cpSync(join(EXAMPLES, 'herald.yaml'), join(folder, name));
  }
  mkdirSync(join(folder, 'my-templates'));
  // Files the commands read, such as the survey export `pulse.csv` the README shows.
  cpSync(join(REPO, 'test/fixtures/docs'), folder, { recursive: true });
  // The three-team workspace "Many plans" shows, where it is in this repository.
  cpSync(join(REPO, 'test/fixtures/workspace'), join(folder, 'test/fixtures/workspace'), { recursive: true });
  cpSync(join(REPO, 'test/fixtures/workspace-news'), join(folder, 'test/fixtures/workspace-news'), { recursive: true });
  return folder;
}

/** The plan folder as a git repository with a release tag and merged work after it, for `win --from-git`. */
function gitRepository(folder: string): void {
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=Docs', '-c', 'user.email=docs@example.com', ...args], { cwd: folder, stdio: 'ignore' });
  };
  if (existsSync(join(folder, '.git'))) return;
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Plan');
  git('tag', 'v1.4.0');
  git('commit', '-q', '--allow-empty', '-m', 'feat: release checks run in 4 minutes, not 15 (#42)');
}

describe('the commands shown in the README and docs/', () => {
  const all = DOCS.flatMap(({ file, text }) => shownCommands(file, text));
  // `herald init` and `herald win` alone ask their questions in a terminal, which a test does
  // not have; a line with `$(…)` needs a shell to expand it.
  const runnable = all.filter(
    ({ line }) => !line.includes('<') && !line.includes('$(') && !['herald init', 'herald win'].includes(words(line).join(' ')),
  );

  it('are found', () => {
    expect(runnable.filter((command) => command.tutorial).length).toBeGreaterThanOrEqual(8);
    expect(runnable.length).toBeGreaterThanOrEqual(30);
  });

  it('run as shown, the tutorial in order', async () => {
    const tutorialFolder = mkdtempSync(join(tmpdir(), 'herald-tutorial-'));
    folders.push(tutorialFolder);
    const failed: string[] = [];
    for (const { file, line, tutorial } of runnable) {
      const argv = words(line).slice(1);
      const folder = tutorial ? tutorialFolder : argv[0] === 'init' ? mkdtempSync(join(tmpdir(), 'herald-docs-')) : exampleFolder();
      if (!tutorial && argv[0] === 'init') folders.push(folder);
      if (argv.includes('--from-git')) gitRepository(folder);
      const result = await runMain(argv, folder, ENV);
      // 1 is a run that found problems in a plan, as validate and track may show; 2 is "could not run".
      if (result.code === 2 || (tutorial && result.code !== 0))
        failed.push(`${file}: ${line}\n  exit ${result.code}: ${result.stderr.trim()}`);
    }
    expect(failed).toEqual([]);
    // Every command the docs show, in one test: a wider guard against a hang than one command's.
  }, 120_000);
});
