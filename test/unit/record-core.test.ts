import { describe, expect, it } from 'vitest';
import { touchStatusOf } from '../../src/core/schedule/touch-status.js';
import { insertEntry, mergeOrder } from '../../src/core/track/insert-entry.js';
import { HIGHLIGHTS_SECTION, TOUCHES_SECTION } from '../../src/core/track/sections.js';
import { yamlString } from '../../src/core/yaml/scalar.js';
import { formatCandidatesYaml, newCandidates } from '../../src/core/win/candidates-yaml.js';
import { candidateFromChangeset, candidatesFromChangelog, candidatesFromGitLog, isChangeset } from '../../src/core/win/candidates.js';
import { highlightEntry, readMetric, winId } from '../../src/core/win/win-entry.js';
import { renderPlan } from '../../src/core/init/render-plan.js';
import { formatTouchpointMarks } from '../../src/format/touchpoint-marks.js';
import { plainPalette } from '../../src/format/palette.js';
import { defaultsPrompt } from '../../src/commands/init/prompt.js';
import { runInitFlow } from '../../src/commands/init/steps.js';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

function insert(text: string, spec = HIGHLIGHTS_SECTION, entry: Record<string, unknown> = WIN): string {
  const result = insertEntry(text, spec, entry as never);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const WIN = highlightEntry('sso', {
  title: 'SSO: live for every customer',
  date: '2027-03-10',
  next: 'Roll out to EU',
  nextBy: '2027-04-01',
  impact: 'high',
  goals: ['awareness'],
  audiences: [],
  metric: { name: 'deals unblocked', value: 4 },
  evidence: 'https://crm.example.com/reports/9?tab=sso',
  credit: ['Priya Shah', 'Tom Lee'],
});

describe('insertEntry into highlights and touches', () => {
  it('adds a block highlight after the last one, in its key order, nested values in flow style', async () => {
    const after = insert(CLEAN_PLAN);
    expect(after).toBe(
      CLEAN_PLAN.replace(
        '    evidence: https://crm.example.com/reports/123\n',
        '    evidence: https://crm.example.com/reports/123\n' +
          '  - id: sso\n' +
          '    date: 2027-03-10\n' +
          '    title: "SSO: live for every customer"\n' +
          '    next: { text: Roll out to EU, by: 2027-04-01 }\n' +
          '    impact: high\n' +
          '    goals: [awareness]\n' +
          '    metric: { name: deals unblocked, value: 4 }\n' +
          '    evidence: https://crm.example.com/reports/9?tab=sso\n' +
          '    credit: [Priya Shah, Tom Lee]\n',
      ),
    );
    const read = await validateText(after);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read.plan?.highlights?.at(-1)).toEqual({
      id: 'sso',
      date: '2027-03-10',
      title: 'SSO: live for every customer',
      next: { text: 'Roll out to EU', by: '2027-04-01' },
      impact: 'high',
      goals: ['awareness'],
      metric: { name: 'deals unblocked', value: 4 },
      evidence: 'https://crm.example.com/reports/9?tab=sso',
      credit: ['Priya Shah', 'Tom Lee'],
    });
  });

  it('starts a touches section at the end, in flow style, with its comment', () => {
    const after = insert(CLEAN_PLAN, TOUCHES_SECTION, { channel: 'digest', date: '2027-02-01', status: 'sent', reach: 8 });
    expect(after).toBe(
      `${CLEAN_PLAN}\n# touches: what went out, or was skipped; added by \`herald sent\` and \`herald skipped\`.\n` +
        'touches:\n  - { channel: digest, date: 2027-02-01, status: sent, reach: 8 }\n',
    );
  });

  it('in a plan from `herald init`, puts a new section before the closing comments that `track` looks for', async () => {
    const today = '2027-01-04';
    const answers = await runInitFlow({ prompt: defaultsPrompt, flags: {}, today, systemTimeZone: 'UTC', answers: {} });
    const plan = renderPlan(answers, { today });
    const after = insert(plan, HIGHLIGHTS_SECTION, { id: 'w', date: '2027-01-10', title: 'A win' });
    expect(after.endsWith('# measurements: progress on each goal over time, added by `herald track`.\n')).toBe(true);
    expect(after).toContain('highlights:\n  - id: w\n    date: 2027-01-10\n    title: A win\n\n# Each `herald track`');
    expect((await validateText(after)).plan?.highlights).toEqual([{ id: 'w', date: '2027-01-10', title: 'A win' }]);
  });

  it('writes any title so that it reads back the same in a block entry', async () => {
    for (const title of ['Wins, shipped', 'Wins: Q1 #sales', 'yes', '42', '- dash', '"quoted"', 'line\nbreak', "it's 50%", ' padded ']) {
      const after = insert(CLEAN_PLAN, HIGHLIGHTS_SECTION, { id: 'w', date: '2027-01-10', title, credit: ['Tom, Jr.', 'Ann'] });
      const highlight = (await validateText(after)).plan?.highlights?.at(-1);
      expect(highlight?.title, title).toBe(title);
      expect(highlight?.credit).toEqual(['Tom, Jr.', 'Ann']);
    }
  });

  it('places fields the last entry lacks after the field before them in the usual order', () => {
    expect(mergeOrder(['id', 'date', 'title', 'goals', 'evidence'], HIGHLIGHTS_SECTION.fields)).toEqual([
      'id',
      'date',
      'title',
      'what',
      'why',
      'next',
      'impact',
      'goals',
      'audiences',
      'metric',
      'evidence',
      'credit',
    ]);
    expect(mergeOrder(['date', 'goal', 'value'], ['goal', 'date', 'value', 'note'])).toEqual(['date', 'goal', 'value', 'note']);
  });

  it('writes web addresses plain when they read back the same, quoted otherwise', async () => {
    expect(yamlString('https://crm.example.com/reports/123')).toBe('https://crm.example.com/reports/123');
    for (const evidence of ['https://x.example/a:', 'https://x.example/#top', 'https://x.example/a b', 'https://x.example/[1]']) {
      expect(yamlString(evidence)).toMatch(/^"/);
      const after = insert(CLEAN_PLAN, HIGHLIGHTS_SECTION, { id: 'w', date: '2027-01-10', title: 'A win', evidence });
      expect((await validateText(after)).plan?.highlights?.at(-1)?.evidence).toBe(evidence);
    }
  });
});

describe('win answers', () => {
  it('makes an id from the title, short and unique', () => {
    expect(winId('SSO: live for every customer!', [])).toBe('sso-live-for-every-customer');
    expect(winId('SSO: live for every customer', ['sso-live-for-every-customer', 'sso-live-for-every-customer-2'])).toBe(
      'sso-live-for-every-customer-3',
    );
    expect(winId('Élan — über 40% faster deploys across all of the regional data centres', [])).toBe(
      'elan-uber-40-faster-deploys-across-all-of-the',
    );
    expect(winId('!!!', ['win'])).toBe('win-2');
  });

  it('reads a metric as name=value unit', () => {
    expect(readMetric('pipeline=240000 USD')).toEqual({ ok: true, metric: { name: 'pipeline', value: 240000, unit: 'USD' } });
    expect(readMetric('adoption = 45%')).toEqual({ ok: true, metric: { name: 'adoption', value: 45, unit: '%' } });
    expect(readMetric('deploys=12')).toEqual({ ok: true, metric: { name: 'deploys', value: 12 } });
    expect(readMetric('240000 USD')).toMatchObject({ ok: false });
    expect(readMetric('pipeline=lots')).toMatchObject({ ok: false });
  });

  it('leaves out what was not answered, and writes next as text without a date', () => {
    expect(highlightEntry('x', { title: 'X', date: '2027-01-10', next: 'More', goals: [], audiences: [], credit: [] })).toEqual({
      id: 'x',
      date: '2027-01-10',
      title: 'X',
      what: undefined,
      why: undefined,
      next: 'More',
      impact: undefined,
      goals: undefined,
      audiences: undefined,
      metric: undefined,
      evidence: undefined,
      credit: undefined,
    });
  });
});

/** A record of `git log --format=GIT_LOG_FORMAT`. */
const commit = (hash: string, date: string, parents: string, subject: string, body = '') =>
  `${hash}\x1f${date}\x1f${parents}\x1f${subject}\x1f${body}\x1e\n`;

describe('candidates from git', () => {
  it('takes merged pull requests, squashed "(#n)" subjects and feat:/perf: commits; leaves the rest', () => {
    const log = [
      commit('a1', '2027-02-10', 'p1 p2', 'Merge pull request #42 from acme/sso', 'Single sign-on for every customer\n\nLong text'),
      commit('a2', '2027-02-09', 'p1', 'Faster search results (#41)'),
      commit('a3', '2027-02-08', 'p1', 'feat(api): add bulk export'),
      commit('a4', '2027-02-07', 'p1', 'perf: halve cold start time (#39)'),
      commit('a5', '2027-02-06', 'p1', 'fix: typo in footer (#38)'),
      commit('a6', '2027-02-05', 'p1', 'chore: bump deps'),
      commit('a7', '2027-02-04', 'p1', 'Update README'),
      commit('a8', '2027-02-03', 'p1 p2', "Merge branch 'main' into sso"),
      commit('a9', '2027-02-02', 'p1 p2', "Merge branch 'billing-v2'"),
      commit('b1', '2027-02-01', 'p1', 'feat!: new billing page.'),
    ].join('');
    expect(candidatesFromGitLog(log)).toEqual([
      { title: 'Single sign-on for every customer', date: '2027-02-10', source: 'a1 #42' },
      { title: 'Faster search results', date: '2027-02-09', source: 'a2 #41' },
      { title: 'Add bulk export', date: '2027-02-08', source: 'a3' },
      { title: 'Halve cold start time', date: '2027-02-07', source: 'a4 #39' },
      { title: 'Billing-v2', date: '2027-02-02', source: 'a9' },
      { title: 'New billing page', date: '2027-02-01', source: 'b1' },
    ]);
  });
});

const CHANGELOG = `# Changelog
All notable changes to this project will be documented in this file.

## [Unreleased]
### Added
- Dark mode (not shipped yet)

## [1.2.0] - 2027-02-15
### Added
- Bulk export of reports ([#12](https://github.com/acme/app/pull/12))
- \`herald\`-style **summaries**,
  wrapped over two lines
### Removed
- The old API
### Fixed
- Login no longer times out (#14)

## [1.1.0] – 2027-01-20
### Changed
- Search is twice as fast by @priya

[1.2.0]: https://github.com/acme/app/compare/v1.1.0...v1.2.0
`;

describe('candidates from a changelog', () => {
  it('reads Added, Changed, Fixed and Security of dated releases (Keep a Changelog)', () => {
    expect(candidatesFromChangelog(CHANGELOG, 'CHANGELOG.md')).toEqual([
      { title: 'Bulk export of reports', date: '2027-02-15', source: 'CHANGELOG.md 1.2.0' },
      { title: 'Herald-style summaries, wrapped over two lines', date: '2027-02-15', source: 'CHANGELOG.md 1.2.0' },
      { title: 'Login no longer times out', date: '2027-02-15', source: 'CHANGELOG.md 1.2.0' },
      { title: 'Search is twice as fast', date: '2027-01-20', source: 'CHANGELOG.md 1.1.0' },
    ]);
  });

  it('reads a changeset: its summary, dated today', () => {
    const changeset = '---\n"@acme/app": minor\n"@acme/api": patch\n---\n\nAdd `bulk export` to reports.\n\nMore detail.\n';
    expect(isChangeset(changeset)).toBe(true);
    expect(isChangeset(CHANGELOG)).toBe(false);
    expect(candidateFromChangeset(changeset, '.changeset/brave-cats.md', '2027-02-20')).toEqual({
      title: 'Add bulk export to reports',
      date: '2027-02-20',
      source: '.changeset/brave-cats.md',
    });
    expect(candidateFromChangeset('---\n"@acme/app": patch\n---\n', 'x.md', '2027-02-20')).toBeUndefined();
  });

  it('prints candidates as highlights to review, leaving out those the plan has', async () => {
    const candidates = newCandidates(candidatesFromChangelog(CHANGELOG, 'CHANGELOG.md'), [
      { id: 'login', date: '2027-02-15', title: 'Login no longer times out' },
    ]);
    const yaml = formatCandidatesYaml(candidates, ['bulk-export-of-reports'], 'CHANGELOG.md');
    expect(yaml).toBe(
      [
        '# 3 candidate wins from CHANGELOG.md.',
        '# Keep the real wins, add why they matter and their evidence, then paste them under',
        '# `highlights:` (or record each with `herald win --title ...`).',
        'highlights:',
        '  - id: bulk-export-of-reports-2',
        '    date: 2027-02-15',
        '    title: Bulk export of reports   # CHANGELOG.md 1.2.0',
        '  - id: herald-style-summaries-wrapped-over-two-lines',
        '    date: 2027-02-15',
        '    title: Herald-style summaries, wrapped over two lines   # CHANGELOG.md 1.2.0',
        '  - id: search-is-twice-as-fast',
        '    date: 2027-01-20',
        '    title: Search is twice as fast   # CHANGELOG.md 1.1.0',
        '',
      ].join('\n'),
    );
    // Pasted under a plan's highlights, they validate, with the hype warning until evidence is added.
    const entries = yaml.slice(yaml.indexOf('highlights:\n') + 'highlights:\n'.length);
    const pasted = cleanPlanWith(/highlights:\n[\s\S]*$/, `highlights:\n${entries}`);
    const result = await validateText(pasted);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'highlight-evidence')).toHaveLength(3);
  });
});

describe('touchpoint marks', () => {
  const touches = [
    { channel: 'digest', date: '2027-02-01', status: 'skipped' as const },
    { channel: 'digest', date: '2027-02-01', status: 'sent' as const },
    { channel: 'digest', date: '2027-02-08', status: 'skipped' as const },
  ];

  it('a touchpoint is sent, skipped or open by the touches of its channel and day', () => {
    const statusOf = touchStatusOf(touches);
    expect(statusOf({ channel: 'digest', date: '2027-02-01' })).toBe('sent');
    expect(statusOf({ channel: 'digest', date: '2027-02-08' })).toBe('skipped');
    expect(statusOf({ channel: 'digest', date: '2027-02-15' })).toBe('open');
    expect(statusOf({ channel: 'staff-meeting', date: '2027-02-01' })).toBe('open');
  });

  it("generate's summary lists them, and says nothing for a plan that records no touches", () => {
    const palette = plainPalette;
    const touchpoints = ['2027-02-01', '2027-02-08', '2027-02-15'].map((date) => ({ channel: 'digest', date }));
    expect(formatTouchpointMarks(touchpoints, touches, palette)).toBe(
      'Touchpoints in this window:\n  sent     Mon  1 Feb  digest\n  skipped  Mon  8 Feb  digest\n  open     Mon 15 Feb  digest\n',
    );
    expect(formatTouchpointMarks(touchpoints, undefined, palette)).toBe('');
  });
});
