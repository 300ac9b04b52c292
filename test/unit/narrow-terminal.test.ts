import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/core/brief/build-brief.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildReport } from '../../src/core/report/build-report.js';
import { buildSchedule } from '../../src/core/schedule/build-schedule.js';
import { formatBriefText } from '../../src/commands/brief/text.js';
import { plainPalette } from '../../src/format/palette.js';
import { formatReportText } from '../../src/commands/report/text.js';
import { formatScheduleAgenda } from '../../src/commands/schedule/agenda.js';
import { formatScheduleMonth } from '../../src/commands/schedule/month.js';
import { displayWidth } from '../../src/format/text/width.js';
import { loadChalk, paletteFor } from '../../src/io/terminal.js';
import { REPO } from '../helpers/run-cli.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

// Colour needs chalk, which the CLI loads only for output that may be coloured.
beforeAll(loadChalk);

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const example = await planOf(await readFile(join(REPO, 'examples', 'herald.yaml'), 'utf8'));
const warnings = await planOf(await readFile(join(REPO, 'examples', 'warnings.yaml'), 'utf8'));

/** The shape `herald init --yes` writes: channel names that say whom they are for, longer than a column. */
const started = await planOf(`version: 1
plan:
  name: Team visibility, Q4 2026
  start: 2026-10-01
  end: 2026-12-31
  timezone: UTC
audiences:
  - id: leadership-team
    name: Leadership team
    influence: high
    interest: medium
    channels: [leadership-team-email]
  - id: product-managers
    name: Product managers
    influence: medium
    interest: high
    channels: [product-managers-slack]
channels:
  - id: leadership-team-email
    type: email
    name: Email for Leadership team
    cadence: every 2 weeks on monday
    time: "09:00"
  - id: product-managers-slack
    type: slack
    name: Slack for Product managers
    cadence: weekly on tuesday
    time: "11:00"
`);

/** Widths in characters, colour stripped: what a terminal shows. */
function widths(text: string): number[] {
  return stripVTControlCharacters(text)
    .split('\n')
    .map((line) => Array.from(line).length);
}

describe('schedule agenda at 80 and 60 columns', () => {
  const schedule = buildSchedule(new PlanModel(started), { from: '2026-10-01', to: '2026-10-28' });

  it.each([80, 60])('wraps channel names at %i columns instead of cutting them, type included', (width) => {
    const text = formatScheduleAgenda(schedule, plainPalette, width);
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(width);
    expect(text).not.toContain('…');
    // Every word of every channel label is there, in order, across the lines of its entry.
    const words = text.replace(/\s+/g, ' ');
    expect(words).toMatch(/Email for Leadership team .*\(email\)/);
    expect(words).toMatch(/Slack for Product managers .*\(slack\)/);
  });

  it('keeps the table at 80 columns, the channel taking a second line under its column', () => {
    const text = formatScheduleAgenda(schedule, plainPalette, 80);
    expect(text).toMatch(/^ {2}Mon {2}5 Oct {2}09:00 {4}Email for Leadership team +leadership-team +no owner\n {23}\(email\)\n/m);
    expect(text).toMatch(/^ {2}Tue {2}6 Oct {2}11:00 {4}Slack for Product managers +product-managers {2}no owner\n {23}\(slack\)\n/m);
  });

  it('stacks each touchpoint at 60 columns: channel and type, then audiences and owner', () => {
    const text = formatScheduleAgenda(schedule, plainPalette, 60);
    expect(text).toContain(
      '  Mon  5 Oct  09:00    Email for Leadership team (email)\n                       for leadership-team · no owner\n',
    );
  });

  it.each([80, 60, 40])('fits the example plan at %i columns, nothing cut off, the same without colour', (width) => {
    const wide = buildSchedule(new PlanModel(example), { from: '2027-01-04', to: '2027-03-28' });
    const coloured = formatScheduleAgenda(wide, paletteFor(2), width);
    const plain = formatScheduleAgenda(wide, plainPalette, width);
    expect(stripVTControlCharacters(coloured)).toBe(plain);
    expect(Math.max(...widths(plain))).toBeLessThanOrEqual(width);
    expect(plain).not.toContain('…');
    expect(plain.replace(/\s+/g, ' ')).toContain('Success story in the CMO and CRO one-on-one (one-on-one)');
  });

  it('gives a touchpoint at most three lines in the table, else stacks', () => {
    const long = buildSchedule(
      new PlanModel({
        ...started,
        channels: (started.channels ?? []).map((c) => ({
          ...c,
          name: `${c.name ?? ''} with a much longer name than fits a column, and then some more words`,
        })),
      }),
      { from: '2026-10-01', to: '2026-10-14' },
    );
    const text = formatScheduleAgenda(long, plainPalette, 80);
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(80);
    expect(text).toContain('for leadership-team · no owner');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Email for Leadership team with a much longer name than fits a column, and then some more words (email)',
    );
  });
});

describe('schedule month view', () => {
  it('puts two months side by side at 80 columns with the compact "*" / "*2" marks', () => {
    const text = formatScheduleMonth(buildSchedule(new PlanModel(example), { from: '2027-01-04', to: '2027-02-28' }), plainPalette, 80);
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(80);
    expect(text).toMatch(/January 2027 +February 2027/);
    expect(text).toContain('* one touchpoint that day, *2 two, and so on · "·" outside the window');
    // 12 January has two touchpoints; 1 to 3 January are outside the window.
    expect(text).toContain('11   12*2 13   14   15*  16   17');
    expect(text).toMatch(/^ {21}· {4}· {4}·/m);
  });

  it('keeps "(n)" where it fits as many months (one at 60, two at 100)', () => {
    const schedule = buildSchedule(new PlanModel(example), { from: '2027-01-04', to: '2027-02-28' });
    expect(formatScheduleMonth(schedule, plainPalette, 60)).toContain('11    12(2) 13');
    const wide = formatScheduleMonth(schedule, plainPalette, 100);
    expect(wide).toMatch(/January 2027 +February 2027/);
    expect(wide).toContain('(n) touchpoints that day');
  });
});

describe('report and brief fit the width', () => {
  const plans = { example, warnings, started };

  it.each(Object.keys(plans))('%s: every line of report and brief fits 80, 60 and 40 columns', (key) => {
    const plan = plans[key as keyof typeof plans];
    for (const today of ['2026-11-23', '2027-03-15', '2027-07-10']) {
      for (const width of [80, 60, 40]) {
        const report = formatReportText(buildReport(new PlanModel(plan), { date: today }), paletteFor(2), width);
        const brief = formatBriefText(buildBrief(new PlanModel(plan), today), paletteFor(2), width);
        for (const [name, text] of [
          ['report', report],
          ['brief', brief],
        ] as const) {
          const lines = stripVTControlCharacters(text).split('\n');
          for (const line of lines) expect(Array.from(line).length, `${name} ${today} ${width}: ${line}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('wraps a long goal status and an empty period under a hanging indent at 40 columns', () => {
    const text = formatReportText(buildReport(new PlanModel(warnings), { date: '2027-03-15' }), plainPalette, 40);
    expect(text).toContain('    ··········   –   no baseline or\n                     target\n');
    const before = formatReportText(buildReport(new PlanModel(example), { date: '2026-11-23' }), plainPalette, 40);
    expect(before).toContain('  None yet: the period starts on 4 Jan\n  2027.');
  });

  it('wraps brief channel bullets under their text', () => {
    const text = formatBriefText(buildBrief(new PlanModel(example), '2027-01-04'), plainPalette, 60);
    expect(text).toContain('    • Success story in the CMO and CRO one-on-one —\n      one-on-one · run by Dana Lee\n');
  });
});

/** The example plan with its names and titles in Japanese, Korean and emoji, each two cells a character. */
const wideText = (text: string): string =>
  text
    .replace(
      /^( {4}name: )"?([^"#\n]*)"?.*$/gm,
      (_line, lead: string, name: string) => `${lead}"東京チーム 🚀 ${name.trim()} 営業部の皆さんへ"`,
    )
    .replace(/^( {4}title: )(.*)$/gm, '$1"👨‍👩‍👧‍👦 한국어 제목 $2 経営陣が把握するマーケティングの成果 🇯🇵"')
    .replace(/^( {4}owner: )(.*)$/gm, '$1"山田 花子"');
const wide = await planOf(wideText(await readFile(join(REPO, 'examples', 'herald.yaml'), 'utf8')));

describe('CJK and emoji: every line fits the width in terminal cells', () => {
  const cells = (text: string): number[] =>
    stripVTControlCharacters(text)
      .split('\n')
      .map((line) => displayWidth(line));

  it.each([80, 60, 40])('schedule agenda and month at %i columns', (width) => {
    const plan = new PlanModel(wide);
    const schedule = buildSchedule(plan, { from: '2027-01-04', to: '2027-03-28' });
    const agenda = formatScheduleAgenda(schedule, paletteFor(2), width);
    expect(agenda).toContain('東京チーム');
    expect(Math.max(...cells(agenda))).toBeLessThanOrEqual(width);
    expect(Math.max(...cells(formatScheduleMonth(schedule, paletteFor(2), width)))).toBeLessThanOrEqual(width);
  });

  it.each([80, 60, 40])('report and brief at %i columns', (width) => {
    const plan = new PlanModel(wide);
    const report = formatReportText(buildReport(plan, { date: '2027-03-15' }), paletteFor(2), width);
    const brief = formatBriefText(buildBrief(plan, '2027-03-15'), paletteFor(2), width);
    expect(report).toContain('한국어');
    expect(brief).toContain('山田');
    for (const text of [report, brief]) {
      const lines = stripVTControlCharacters(text).split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('lines up the agenda table by cells, not characters, after a wide name', () => {
    const plan = new PlanModel(wide);
    const text = formatScheduleAgenda(buildSchedule(plan, { from: '2027-01-04', to: '2027-01-10' }), plainPalette, 120);
    const rows = text.split('\n').filter((line) => /^ {2}[A-Z][a-z]{2} /.test(line));
    expect(rows.length).toBeGreaterThan(1);
    // The audiences column starts at the same cell on every row of the table.
    const starts = rows.map((line) => displayWidth(line.slice(0, line.search(/ {2}[a-z][a-z-]+(, [a-z-]+)* {2}/) + 2)));
    expect(new Set(starts).size).toBe(1);
  });
});
