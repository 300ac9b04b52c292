import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildSchedule, type Schedule } from '../../src/core/schedule/build-schedule.js';
import { plainPalette, type Palette } from '../../src/format/palette.js';
import { formatScheduleAgenda, scheduleAgendaPieces } from '../../src/commands/schedule/agenda.js';
import { formatScheduleJson } from '../../src/commands/schedule/json.js';
import { formatScheduleMarkdown, scheduleMarkdownPieces } from '../../src/commands/schedule/markdown.js';
import { formatScheduleMonth, scheduleMonthPieces } from '../../src/commands/schedule/month.js';
import { formatDayRange } from '../../src/core/words/values.js';
import { weekHeading } from '../../src/format/schedule-text-parts.js';
import { wrapText } from '../../src/format/text/wrap.js';
import { loadChalk, paletteFor } from '../../src/io/terminal.js';
import { REPO } from '../helpers/run-cli.js';
import { cleanPlanWith, validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

// Colour needs chalk, which the CLI loads only for output that may be coloured.
beforeAll(loadChalk);

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error('test setup: the plan has errors');
  return result.plan;
}

const load = (...path: string[]): Promise<Plan> => readFile(join(REPO, ...path), 'utf8').then(planOf);

async function exampleSchedule(from = '2027-01-04', to = '2027-01-31'): Promise<Schedule> {
  return buildSchedule(new PlanModel(await load('examples', 'herald.yaml')), { from, to });
}

function widest(text: string): number {
  return Math.max(
    ...stripVTControlCharacters(text)
      .split('\n')
      .map((line) => Array.from(line).length),
  );
}

describe('dates in headings', () => {
  it('spells week and window ranges out, across months and years', () => {
    expect(weekHeading('2027-01-11')).toBe('Week 2 · 11–17 January 2027');
    expect(weekHeading('2027-03-29')).toBe('Week 13 · 29 March – 4 April 2027');
    expect(weekHeading('2026-12-28')).toBe('Week 53 · 28 December 2026 – 3 January 2027');
    expect(formatDayRange({ from: '2027-02-03', to: '2027-02-03' })).toBe('3 February 2027');
  });

  it('wraps text under a hanging indent, cutting words longer than a line', () => {
    expect(wrapText('aaa bbb ccc', 9, '- ', '  ')).toEqual(['- aaa bbb', '  ccc']);
    expect(wrapText('abcdefghij', 6, '', '')).toEqual(['abcdef', 'ghij']);
  });
});

describe('formatScheduleAgenda', () => {
  it('groups by ISO week with date, weekday, time, channel, type, audiences and owner on one line when wide', async () => {
    const text = formatScheduleAgenda(await exampleSchedule(), plainPalette, 160);
    expect(text).toContain('Week 2 · 11–17 January 2027');
    expect(text).toMatch(/^ {2}Mon {2}4 Jan {2}09:00 {4}Monthly executive digest \(email\) +leadership, regional-managers +Dana Lee$/m);
    expect(text).toMatch(/^ {2}Fri 15 Jan {2}all day {2}Pipeline Stories podcast \(podcast\) +sales, customer-success +Jonas Weber$/m);
    expect(text.split('\n')[1]).toBe('12 touchpoints · 4 weeks · times in Europe/Berlin');
    expect(widest(text)).toBeLessThanOrEqual(160);
  });

  it('fits 60 columns by putting audiences and owner on a second line', async () => {
    const text = formatScheduleAgenda(await exampleSchedule(), plainPalette, 60);
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toContain(
      '  Mon  4 Jan  09:00    Monthly executive digest (email)\n                       for leadership, regional-managers\n                       · Dana Lee\n',
    );
    // Nothing is cut off: long names wrap under themselves.
    expect(text).toContain('  Wed  6 Jan  16:00    Launch readiness slot in the product\n                       demo (meeting)\n');
    for (const id of ['leadership', 'regional-managers', 'sales', 'product-eng', 'customer-success']) expect(text).toContain(id);
  });

  it('reads the same without colour: colour only adds escape codes', async () => {
    const schedule = await exampleSchedule();
    const plain = formatScheduleAgenda(schedule, plainPalette, 100);
    const coloured = formatScheduleAgenda(schedule, paletteFor(2), 100);
    expect(coloured).not.toBe(plain);
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('says why a window is empty and where the plan is', async () => {
    const text = formatScheduleAgenda(await exampleSchedule('2026-11-23', '2026-12-20'), plainPalette, 120);
    expect(text).toContain('Nothing is scheduled in this window: the plan runs 4 January – 30 June 2027. Try --from 2027-01-04.');
  });

  it('shows weeks without a touchpoint, and the warnings as a marked section after the schedule', async () => {
    const plan = await planOf(
      cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [staff-meeting]').replace(
        'every 2 weeks on thursday',
        'once on 2027-02-15',
      ),
    );
    const filters = { audiences: ['leadership'], channels: [], owners: [] };
    const text = formatScheduleAgenda(
      buildSchedule(new PlanModel(plan), { from: '2027-01-04', to: '2027-03-31' }, filters),
      plainPalette,
      160,
    );
    expect(text).toContain('1 touchpoint · 87 days · times in Europe/Berlin · audience leadership');
    expect(text).toContain('Week 1 · 4–10 January 2027\n  nothing scheduled\n');
    expect(text).toMatch(/Week 7 · 15–21 February 2027\n {2}Mon 15 Feb {2}10:00 {4}Staff meeting \(meeting\) {2}leadership {2}Dana Lee\n/);
    const warnings = text.slice(text.indexOf('\nWarnings (2)\n'));
    expect(warnings).toContain('⚠ quiet: Executive team (leadership) hears nothing for 42 days, 4 January – 15 February 2027');
    expect(warnings).toContain('(the plan allows 30)');
    expect(text.indexOf('Warnings')).toBeGreaterThan(text.indexOf('Week 13'));
  });

  it('strips terminal control characters from plan text', async () => {
    const plan = await planOf(cleanPlanWith('  - id: digest\n', '  - id: digest\n    name: "Digest \\e[31mred"\n'));
    const text = formatScheduleAgenda(buildSchedule(new PlanModel(plan), { from: '2027-01-04', to: '2027-01-10' }), plainPalette, 80);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Digest \uFFFD[31mred (email)');
  });
});

describe('formatScheduleMonth', () => {
  it('draws a cal-like grid with the touchpoints per day and a legend', async () => {
    const text = formatScheduleMonth(await exampleSchedule('2027-01-04', '2027-02-14'), plainPalette, 60);
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toContain('January 2027');
    expect(text).toContain('Mo    Tu    We    Th    Fr    Sa    Su');
    // 1 to 3 January are outside the window; 12 January has two touchpoints.
    expect(text).toContain('                         ·     ·     ·');
    expect(text).toContain(' 4(1)  5(1)  6(1)  7(1)  8     9    10');
    expect(text).toContain('11    12(2) 13    14    15(1) 16    17');
    expect(text).toMatch(/^ {2}12 Tue {2}14:00 {4}Success story in the CMO and CRO$/m);
    // February after the 14th is outside the window.
    expect(text).toContain(`\n${' ·    '.repeat(6)} ·\n`);
  });

  it('puts months side by side when the terminal is wide', async () => {
    const text = formatScheduleMonth(await exampleSchedule('2027-03-01', '2027-05-31'), plainPalette, 160);
    expect(widest(text)).toBeLessThanOrEqual(160);
    expect(text).toMatch(/March 2027 +April 2027 +May 2027/);
    expect(text).toContain('   1 Mon  09:00    Monthly executive digest (email) · leadership, regional-managers · Dana Lee');
  });

  it('falls back to a "*" per busy day when "(n)" does not fit', async () => {
    const text = formatScheduleMonth(await exampleSchedule('2027-01-04', '2027-01-31'), plainPalette, 40);
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain(' 4*  5*  6*  7*  8   9  10');
  });
});

describe('the schedule views in pieces', () => {
  // Each view as a string and in pieces (with what follows it), for one palette.
  const views = {
    agenda: (schedule: Schedule, palette: Palette) => ({
      whole: formatScheduleAgenda(schedule, palette, 80),
      pieces: scheduleAgendaPieces(schedule, palette, 80, () => 'after\n'),
    }),
    month: (schedule: Schedule, palette: Palette) => ({
      whole: formatScheduleMonth(schedule, palette, 100),
      pieces: scheduleMonthPieces(schedule, palette, 100, () => 'after\n'),
    }),
    markdown: (schedule: Schedule) => ({
      whole: formatScheduleMarkdown(schedule),
      pieces: scheduleMarkdownPieces(schedule, () => 'after\n'),
    }),
  };

  it.each(Object.entries(views))('give the %s the string version gives, then what follows it', async (_name, view) => {
    const schedule = await exampleSchedule('2027-01-04', '2027-12-31');
    for (const palette of [plainPalette, paletteFor(2)]) {
      const { whole, pieces } = view(schedule, palette);
      const given = [...pieces.pieces()];
      expect(given.join('')).toBe(`${whole}after\n`);
      // What follows the view comes last, as a piece of its own (batched's cuts are tested with it).
      expect(given.at(-1)).toBe('after\n');
    }
  });
});

describe('formatScheduleJson', () => {
  it('prints the documented shape, in date order', async () => {
    const entries = JSON.parse(formatScheduleJson(await exampleSchedule('2027-01-04', '2027-01-10'))) as Array<Record<string, unknown>>;
    expect(entries[0]).toEqual({
      date: '2027-01-04',
      time: '09:00',
      duration: null,
      channel: 'exec-digest',
      name: 'Monthly executive digest',
      type: 'email',
      audiences: ['leadership', 'regional-managers'],
      owner: 'Dana Lee',
      status: 'open',
    });
    expect(entries.map((e) => Object.keys(e))).toEqual(
      entries.map(() => ['date', 'time', 'duration', 'channel', 'name', 'type', 'audiences', 'owner', 'status']),
    );
    expect(entries.find((e) => e.channel === 'staff-meeting')).toMatchObject({ time: '10:00', duration: 10 });
  });

  it('is an empty array for an empty window', async () => {
    expect(formatScheduleJson(await exampleSchedule('2026-01-01', '2026-01-31'))).toBe('[]\n');
  });
});

describe('formatScheduleMarkdown', () => {
  it('writes a table whose rows all have seven cells, with plan text escaped', async () => {
    const schedule = buildSchedule(new PlanModel(await load('test', 'fixtures', 'schedule', 'berlin-dst.yaml')), {
      from: '2027-03-01',
      to: '2027-03-31',
    });
    const text = formatScheduleMarkdown(schedule);
    expect(text.startsWith('# Schedule: Berlin \\| DST, test plan\n')).toBe(true);
    const rows = text.split('\n').filter((line) => line.startsWith('|'));
    expect(rows[0]).toBe('| Date | Day | Time | Channel | Type | Audiences | Owner |');
    expect(rows.length).toBe(2 + schedule.entries.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(text).toContain(
      '| 2027-03-01 | Mon | 08:15 | Digest \\| monthly, with a long name that needs folding in the calendar file | email | Executive team | Dana Lee |',
    );
    expect(text).toContain('| 2027-03-26 | Fri | all day | Newsletter | newsletter | The \\*whole\\* team | Tom Becker |');
    expect(text).toContain(
      '## Warnings\n\n- overloaded: The \\*whole\\* team (team) gets 8 touches in week 12 · 22–28 March 2027 (the plan allows 5)',
    );
  });
});
