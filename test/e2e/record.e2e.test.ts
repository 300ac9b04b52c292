import { execFileSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as spawnCli } from '../helpers/run-cli.js';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'record');
const FIXTURE = join(FIXTURES, 'commented-plan.yaml');
const TODAY = { HERALD_TODAY: '2027-03-15' };

/** A copy of the commented fixture plan in a fresh temp folder, as herald.yaml. */
async function planCopy(): Promise<{ folder: string; path: string; original: string }> {
  const folder = await tempFolder();
  const path = join(folder, 'herald.yaml');
  await copyFile(FIXTURE, path);
  return { folder, path, original: await readFile(FIXTURE, 'utf8') };
}

/** `original` with `added` inserted right after `anchor`: the only difference allowed. */
function withInserted(original: string, anchor: string, added: string): string {
  const at = original.indexOf(anchor);
  expect(at, `anchor ${JSON.stringify(anchor)}`).toBeGreaterThan(-1);
  return original.slice(0, at + anchor.length) + added + original.slice(at + anchor.length);
}

async function expectValid(folder: string): Promise<void> {
  const check = await runCli(['validate', '--format', 'json'], { cwd: folder, env: TODAY });
  expect(JSON.parse(check.stdout)).toMatchObject({ valid: true });
}

describe('herald win', () => {
  it('adds a highlight to a plan full of comments and keeps every other byte', async () => {
    const { folder, path, original } = await planCopy();
    const result = await runCli(
      [
        'win',
        '--title',
        'SSO: live for every customer',
        '--date',
        '2027-03-10',
        '--why',
        'Enterprise deals asked for it',
        '--next',
        'Roll out to EU',
        '--next-by',
        '2027-04-01',
        '--goal',
        'leadership-awareness',
        '--impact',
        'high',
        '--metric',
        'deals unblocked=4',
        '--evidence',
        'https://crm.example.com/reports/sso',
        '--credit',
        'Priya Shah',
        '--credit',
        'Tom Lee',
      ],
      { cwd: folder, env: TODAY },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Recorded win sso-live-for-every-customer (2027-03-10) in herald.yaml\n');
    expect(result.code).toBe(0);
    const added = [
      '  - id: sso-live-for-every-customer',
      '    date: 2027-03-10',
      '    title: "SSO: live for every customer"',
      '    why: Enterprise deals asked for it',
      '    next: { text: Roll out to EU, by: 2027-04-01 }',
      '    impact: high',
      '    goals: [leadership-awareness]',
      '    metric: { name: deals unblocked, value: 4 }',
      '    evidence: https://crm.example.com/reports/sso',
      '    credit: [Priya Shah, Tom Lee]',
      '',
    ].join('\n');
    expect(await readFile(path, 'utf8')).toBe(withInserted(original, '    evidence: https://crm.example.com/reports/123\n', added));
    await expectValid(folder);
  });

  it('without a terminal needs --title (exit 2); a win without evidence gets the hype note and warning', async () => {
    const { folder, path, original } = await planCopy();
    const bare = await runCli(['win'], { cwd: folder, env: TODAY });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('error: herald win needs a --title when there is no terminal to ask in');
    expect(await readFile(path, 'utf8')).toBe(original);

    const result = await runCli(['win', '--title', 'Webinar repeated in March', '--goal', 'leadership-awarness'], {
      cwd: folder,
      env: TODAY,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hint: Did you mean "leadership-awareness"?');
    expect(await readFile(path, 'utf8')).toBe(original);

    const hype = await runCli(['win', '--title', 'Webinar repeated in March'], { cwd: folder, env: TODAY });
    expect(hype.code).toBe(0);
    expect(hype.stderr).toBe(
      'note: webinar-repeated-in-march has no evidence or figure yet; `herald validate` calls it hype until you add one\n',
    );
    const check = await runCli(['validate', '--format', 'json'], { cwd: folder, env: TODAY });
    const rules = (JSON.parse(check.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('highlight-evidence');
  });

  it('--from-git lists merged work of a real repository as YAML to review, without a terminal', async () => {
    const folder = await tempFolder();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
        cwd: folder,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: folder,
          GIT_AUTHOR_DATE: '2027-02-01T10:00:00Z',
          GIT_COMMITTER_DATE: '2027-02-01T10:00:00Z',
        },
        encoding: 'utf8',
      });
    const commit = (subject: string) => git('commit', '--allow-empty', '-q', '-m', subject);
    git('init', '-q', '-b', 'main');
    commit('Initial commit');
    git('tag', 'v1.0.0');
    commit('feat(reports): bulk export to CSV');
    commit('fix: typo on the login page');
    commit('perf: dashboards load twice as fast (#31)');
    commit('Search finds archived projects (#32)');
    git('checkout', '-q', '-b', 'sso');
    commit('wip');
    git('checkout', '-q', 'main');
    git('merge', '--no-ff', '-q', 'sso', '-m', 'Merge pull request #33 from acme/sso\n\nSingle sign-on for every customer');
    commit('chore: bump dependencies');
    await copyFile(FIXTURE, join(folder, 'herald.yaml'));

    const result = await runCli(['win', '--from-git', 'v1.0.0..HEAD'], { cwd: folder, env: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const hash = (ref: string) => git('rev-parse', '--short', ref).trim();
    expect(result.stdout).toBe(
      [
        '# 4 candidate wins from git v1.0.0..HEAD.',
        '# Keep the real wins, add why they matter and their evidence, then paste them under',
        '# `highlights:` (or record each with `herald win --title ...`).',
        'highlights:',
        '  - id: single-sign-on-for-every-customer',
        '    date: 2027-02-01',
        `    title: Single sign-on for every customer   # ${hash('HEAD~1')} #33`,
        '  - id: search-finds-archived-projects',
        '    date: 2027-02-01',
        `    title: Search finds archived projects   # ${hash('main~2')} #32`,
        '  - id: dashboards-load-twice-as-fast',
        '    date: 2027-02-01',
        `    title: Dashboards load twice as fast   # ${hash('main~3')} #31`,
        '  - id: bulk-export-to-csv',
        '    date: 2027-02-01',
        `    title: Bulk export to CSV   # ${hash('main~5')}`,
        '',
      ].join('\n'),
    );
    // Nothing written: the candidates are for review.
    expect(await readFile(join(folder, 'herald.yaml'), 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));

    const bad = await runCli(['win', '--from-git', 'v9..HEAD'], { cwd: folder, env: TODAY });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: git could not read the range "v9..HEAD"');
  });

  it('--from-changelog reads a Keep a Changelog file and a .changeset folder', async () => {
    const { folder } = await planCopy();
    const changelog = await runCli(['win', '--from-changelog', join(FIXTURES, 'CHANGELOG.md')], { cwd: folder, env: TODAY });
    expect(changelog.code).toBe(0);
    expect(changelog.stdout).toContain('# 3 candidate wins from');
    expect(changelog.stdout).toContain(
      '  - id: bulk-export-of-reports-to-csv\n    date: 2027-03-02\n    title: Bulk export of reports to CSV',
    );
    expect(changelog.stdout).toContain('    title: Search results load in under a second   #');
    expect(changelog.stdout).toContain('  - id: new-pricing-page\n    date: 2026-12-01');
    expect(changelog.stdout).not.toContain('Dark mode');
    expect(changelog.stdout).not.toContain('v1 reports API');

    const changesets = await runCli(['win', '--from-changelog', join(FIXTURES, '.changeset')], { cwd: folder, env: TODAY });
    expect(changesets.code).toBe(0);
    expect(changesets.stdout).toContain('# 2 candidate wins from');
    expect(changesets.stdout).toContain('  - id: single-sign-on-with-okta-and-azure-ad\n    date: 2027-03-15\n');
    expect(changesets.stdout).toContain('    title: Webhooks retry for 24 hours instead of 1   #');

    const missing = await runCli(['win', '--from-changelog', 'NOPE.md'], { cwd: folder, env: TODAY });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: NOPE.md does not exist');
  });
});

describe('herald sent and herald skipped', () => {
  it('add a touch to a plan full of comments and keep every other byte', async () => {
    const { folder, path, original } = await planCopy();
    const sent = await runCli(['sent', 'digest', '--date', '2027-03-08', '--reach', '9', '--audience', 'leadership'], {
      cwd: folder,
      env: TODAY,
    });
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toBe('digest sent on 2027-03-08, reach 9: recorded in herald.yaml\n');
    expect(sent.code).toBe(0);
    const skipped = await runCli(['skipped', 'digest', '--note', 'Nothing new: week of the offsite'], { cwd: folder, env: TODAY });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toBe('digest skipped on 2027-03-15: recorded in herald.yaml\n');
    const anchor = '  - {channel: digest, date: 2027-02-01, status: sent, reach: 8}   # first digest\n';
    expect(await readFile(path, 'utf8')).toBe(
      withInserted(
        original,
        anchor,
        '  - {channel: digest, date: 2027-03-08, status: sent, audiences: [leadership], reach: 9}\n' +
          '  - {channel: digest, date: 2027-03-15, status: skipped, note: "Nothing new: week of the offsite"}\n',
      ),
    );
    await expectValid(folder);
  });

  it('warn about a day without a touchpoint but record it; refuse an unknown channel, a repeat, a bad reach', async () => {
    const { folder, path, original } = await planCopy();
    const unknown = await runCli(['sent', 'digets'], { cwd: folder, env: TODAY });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: herald.yaml has no channel "digets"\nhint: Did you mean "digest"?\n');
    const reach = await runCli(['sent', 'digest', '--reach', 'many'], { cwd: folder, env: TODAY });
    expect(reach.code).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(original);

    const moved = await runCli(['sent', 'digest', '--date', '2027-03-09'], { cwd: folder, env: TODAY });
    expect(moved.code).toBe(0);
    expect(moved.stderr).toBe('warning: digest has no touchpoint scheduled on 2027-03-09 (nearest: 2027-03-08); recorded all the same\n');
    const again = await runCli(['skipped', 'digest', '--date', '2027-03-09'], { cwd: folder, env: TODAY });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error: herald.yaml already records digest on 2027-03-09 as sent');
  });

  it('start a touches: section in a plan without one', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'herald.yaml');
    const original = await readFile(join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml'), 'utf8');
    await writeFile(path, original);
    const result = await runCli(['skipped', 'digest', '--date', '2027-03-01'], { cwd: folder, env: TODAY });
    expect(result.code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(
      `${original}\n# touches: what went out, or was skipped; added by \`herald sent\` and \`herald skipped\`.\n` +
        'touches:\n  - { channel: digest, date: 2027-03-01, status: skipped }\n',
    );
  });
});

describe('the one write path for edits', () => {
  it('a win, a send, a skip and a measurement at once on one plan: all four land, nothing else changes', async () => {
    const { folder, path, original } = await planCopy();
    // Four real processes: the lock and the re-check are what this shows.
    const runs = await Promise.all([
      spawnCli(['win', '--title', 'Parallel win', '--evidence', 'https://example.com/w'], { cwd: folder, env: TODAY, timeoutMs: 60_000 }),
      spawnCli(['sent', 'digest', '--date', '2027-03-08'], { cwd: folder, env: TODAY, timeoutMs: 60_000 }),
      spawnCli(['skipped', 'digest', '--date', '2027-03-01'], { cwd: folder, env: TODAY, timeoutMs: 60_000 }),
      spawnCli(['track', 'launch-brief-lag', '5'], { cwd: folder, env: TODAY, timeoutMs: 60_000 }),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const after = await readFile(path, 'utf8');
    const added = after.split('\n').filter((line) => !original.split('\n').includes(line));
    expect(added.sort()).toEqual(
      [
        '  - id: parallel-win',
        '    date: 2027-03-15',
        '    title: Parallel win',
        '    evidence: https://example.com/w',
        '  - {channel: digest, date: 2027-03-08, status: sent}',
        '  - {channel: digest, date: 2027-03-01, status: skipped}',
        '  - {goal: launch-brief-lag, date: 2027-03-15, value: 5}',
      ].sort(),
    );
    await expectValid(folder);
  }, 90_000);
});

describe('touchpoints marked sent, skipped or open', () => {
  it('in schedule (text, Markdown and JSON) and in generate', async () => {
    const { folder } = await planCopy();
    await runCli(['skipped', 'digest', '--date', '2027-02-08'], { cwd: folder, env: TODAY });
    const window = ['--from', '2027-02-01', '--to', '2027-02-21'];
    const json = await runCli(['schedule', ...window, '--format', 'json'], { cwd: folder, env: TODAY });
    const entries = JSON.parse(json.stdout) as { date: string; status: string }[];
    expect(entries.map((entry) => [entry.date, entry.status])).toEqual([
      ['2027-02-01', 'sent'],
      ['2027-02-08', 'skipped'],
      ['2027-02-15', 'open'],
    ]);
    const text = await runCli(['schedule', ...window], { cwd: folder, env: TODAY });
    expect(text.stdout).toContain('Mon  1 Feb  09:00    Digest (email) · sent ');
    expect(text.stdout).toContain('Mon  8 Feb  09:00    Digest (email) · skipped ');
    expect(text.stdout).toContain('Mon 15 Feb  09:00    Digest (email) · open ');
    const md = await runCli(['schedule', ...window, '--format', 'md'], { cwd: folder, env: TODAY });
    expect(md.stdout).toContain('| Owner | Status |');
    expect(md.stdout).toContain('| 2027-02-08 | Mon | 09:00 | Digest | email | Executive team | Dana Lee | skipped |');

    const generate = await runCli(['generate', ...window, '--dry-run'], { cwd: folder, env: TODAY });
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain(
      'Touchpoints in this window:\n  sent     Mon  1 Feb  digest\n  skipped  Mon  8 Feb  digest\n  open     Mon 15 Feb  digest\n',
    );
  });

  it('a plan that records no touches shows no marks', async () => {
    const window = ['--from', '2027-02-01', '--to', '2027-02-07'];
    const text = await runCli(['schedule', join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml'), ...window], { env: TODAY });
    expect(text.stdout).toMatch(/Digest \(email\) {2}/);
    expect(text.stdout).not.toContain('· open');
  });
});

describe('herald validate --date', () => {
  it('judges the date-dependent rules as of that day, whatever the clock says', async () => {
    const run = (date: string, today: string) =>
      runCli(['validate', FIXTURE, '--format', 'json', '--date', date], { env: { HERALD_TODAY: today } });
    const rulesOf = async (date: string, today: string) =>
      (JSON.parse((await run(date, today)).stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    expect(await rulesOf('2027-02-02', '2027-03-15')).toEqual([]);
    expect(await rulesOf('2027-02-02', '2031-01-01')).toEqual([]);
    expect(await rulesOf('2027-03-15', '2027-02-02')).toEqual(['decision-makers-quiet', 'touch-unrecorded']);
    const bad = await runCli(['validate', FIXTURE, '--date', '2027-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date 2027-02-30 is not a real date');
  });
});
