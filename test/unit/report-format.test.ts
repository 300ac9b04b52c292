import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build-report.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { plainPalette } from '../../src/format/palette.js';
import { formatReportHtml } from '../../src/commands/report/html.js';
import { formatReportJson } from '../../src/commands/report/json.js';
import { formatReportMarkdown } from '../../src/commands/report/markdown.js';
import { formatReportText } from '../../src/commands/report/text.js';
import { loadChalk, paletteFor } from '../../src/io/terminal.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

// Colour needs chalk, which the CLI loads only for output that may be coloured.
beforeAll(loadChalk);

const HOSTILE = '<script>alert(1)</script> **bold** | pipe [x](javascript:alert(1))';
const deployText = await readFile(new URL('../fixtures/report/deploy.yaml', import.meta.url), 'utf8');

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const deploy = await planOf(deployText);
const hostile = await planOf(
  deployText
    .replace('title: Deploys take minutes, not most of an hour', `title: ${JSON.stringify(HOSTILE)}`)
    .replace('name: Engineering', `name: ${JSON.stringify(HOSTILE)}`)
    .replace('credit: [Ana Ruiz, Ben Ode]', `credit: [${JSON.stringify(HOSTILE)}]`)
    .replace('evidence: https://ci.example.com/dashboards/deploys', 'evidence: "javascript:alert(1)"'),
);
const report = buildReport(new PlanModel(deploy), { date: '2027-04-10' });
const hostileReport = buildReport(new PlanModel(hostile), { date: '2027-04-10' });
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('formatReportText', () => {
  it('fits every width from 40 columns up', () => {
    for (const width of [40, 57, 80, 120]) {
      const lines = formatReportText(report, paletteFor(2), width).split('\n');
      for (const line of lines) expect(stripAnsi(line).length, `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('has no escape codes without colour, and still says everything in words', () => {
    const text = formatReportText(report, plainPalette, 80);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('on track');
    expect(text).toContain('missed its due date');
    expect(text).toContain('not measured yet');
    expect(text).toContain('trend falling, towards the target (lower is better)');
    expect(text).toMatch(/█+░+ {2}63%/);
    expect(text).toContain('People to recognise');
    expect(text).toContain('Ana Ruiz: Build cache halves deploy time; Five teams piloted the pipeline');
  });

  it('says so when the report date is before the plan starts, in every format', () => {
    const early = buildReport(new PlanModel(deploy), { date: '2026-12-01' });
    const none = 'None yet: the period starts on 4 Jan 2027.';
    expect(formatReportText(early, plainPalette, 80)).toContain(`Highlights\n  ${none}`);
    expect(formatReportMarkdown(early)).toContain(`## Highlights\n\n${none}`);
    expect(formatReportHtml(early)).toContain(none);
    expect(formatReportText(early, plainPalette, 80)).not.toContain('People to recognise');
  });

  it('strips terminal control characters from plan text', () => {
    const evil = buildReport(new PlanModel({ ...deploy, plan: { ...deploy.plan, name: 'Plan\u001b[31m red' } }), { date: '2027-04-10' });
    expect(formatReportText(evil, plainPalette, 80)).not.toContain('\u001b');
  });
});

describe('formatReportJson', () => {
  it('gives each goal the fields of PRODUCT.md section 5', () => {
    const json = JSON.parse(formatReportJson('deploy.yaml', report)) as { goals: Record<string, unknown>[] };
    const goal = json.goals[0];
    expect(goal).toMatchObject({ id: 'deploy-time', baseline: 42, target: 10, latest: 22 });
    expect(goal?.progress).toBeCloseTo(0.625);
    expect(json.goals.find((g) => g.id === 'unmeasured')).toMatchObject({ latest: null, progress: null });
  });

  it('keeps its documented shape', () => {
    const json = JSON.parse(formatReportJson('deploy.yaml', report)) as Record<string, unknown> & {
      goals: Record<string, unknown>[];
      audiences: Record<string, unknown>[];
      highlights: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual([
      'file',
      'plan',
      'date',
      'period',
      'elapsed',
      'goals',
      'audiences',
      'highlights',
      'recognition',
      'touchesRecorded',
    ]);
    expect(Object.keys(json.goals[0] ?? {})).toEqual([
      'id',
      'title',
      'unit',
      'baseline',
      'target',
      'latest',
      'latestDate',
      'progress',
      'due',
      'expected',
      'status',
      'trend',
      'measurements',
      'level',
      'audiences',
      'events',
    ]);
    expect(json.audiences[0]).toEqual({
      id: 'engineering',
      name: 'Engineering',
      lastTouch: { date: '2027-04-01', time: '15:00', channel: 'demo' },
      nextTouch: { date: '2027-04-15', time: '15:00', channel: 'demo' },
      size: null,
      lastSent: null,
      execution: { planned: 7, sent: 0, skipped: 0, open: 7, rate: 0 },
    });
    expect(Object.keys(json.highlights[0] ?? {})).toEqual(['id', 'date', 'title', 'goals', 'audiences', 'credit', 'evidence', 'shared']);
  });
});

describe('formatReportMarkdown', () => {
  it('has a goals table with one row per goal and the sections in order', () => {
    const md = formatReportMarkdown(report);
    const rows = md.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Goal') && !line.startsWith('| ---'));
    expect(rows.filter((row) => row.split(' | ').length === 7)).toHaveLength(3);
    expect(md.indexOf('## Goals')).toBeLessThan(md.indexOf('## Audiences'));
    expect(md).toContain('## People to recognise');
    expect(md).toContain('[Build cache halves deploy time](<https://ci.example.com/dashboards/deploys>)');
  });

  it('escapes hostile plan text: no HTML, no emphasis, no javascript: link, no broken table', () => {
    const md = formatReportMarkdown(hostileReport);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toMatch(/[^\\]\*\*bold/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\| pipe \\[x\\](javascript:alert(1))');
    const goalRow = md.split('\n').find((line) => line.includes('script'));
    expect(goalRow?.split(/(?<!\\)\|/).length).toBe(9);
  });
});

describe('formatReportHtml', () => {
  it('is one page with a chart per goal, drawn from its measurements', () => {
    const html = formatReportHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(2);
    expect(html).toMatch(/<figure class="chart" data-goal="deploy-time">[\s\S]*?<path class="series" d="M[\d. ]+( L[\d. ]+){3}"/);
    expect(html).toContain('class="baseline"');
    expect(html).toContain('class="target"');
    // A goal without measurements gets a sentence saying why, not empty axes.
    expect(html).toContain(
      '<p class="no-chart muted" data-goal="unmeasured">No chart yet: nothing has been measured. Record a value with <code>herald track unmeasured &lt;value&gt;</code>.</p>',
    );
  });

  it('draws no empty 0 to 1 chart for a goal with no baseline, target or measurement (issue 17)', async () => {
    const bare = await planOf(deployText.replace(/( {4}baseline: 1\n {4}target: 2\n)/, ''));
    const html = formatReportHtml(buildReport(new PlanModel(bare), { date: '2027-04-10' }));
    expect(html).not.toMatch(/data-goal="unmeasured">\s*<svg/);
    expect(html).not.toContain('>0.25<');
    expect(html).toContain('No chart yet: nothing has been measured, and it has no baseline or target to draw.');
  });

  it('loads nothing from the network: inline styles only, a CSP that allows nothing else', () => {
    const html = formatReportHtml(report);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
  });

  it('escapes hostile plan text and keeps javascript: addresses out of links', () => {
    const html = formatReportHtml(hostileReport);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
