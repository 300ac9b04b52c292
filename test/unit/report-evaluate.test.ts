/**
 * Evaluate and reward in `herald report`: what went out beside what moved, execution per
 * audience, who has been thanked. The fixture records touches sent and skipped (see its comments).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build-report.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { plainPalette } from '../../src/format/palette.js';
import { formatReportHtml } from '../../src/commands/report/html.js';
import { formatReportJson } from '../../src/commands/report/json.js';
import { formatReportMarkdown } from '../../src/commands/report/markdown.js';
import { formatReportText } from '../../src/commands/report/text.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function planOf(path: string): Promise<Plan> {
  const result = await validateText(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (result.plan === undefined) throw new Error(`${path} does not load`);
  return result.plan;
}

const plan = await planOf('test/fixtures/report/evaluate.yaml');

function withoutTouches(source: Plan): Plan {
  const copy = { ...source };
  delete copy.touches;
  return copy;
}
const report = buildReport(new PlanModel(plan), { date: '2027-03-20' });
const goal = (id: string) => report.goals.find((g) => g.id === id);

describe('buildReport: evaluate', () => {
  it('gives each goal its level (outcome by default) and each measurement its responses', () => {
    expect(report.goals.map((g) => [g.id, g.level])).toEqual([
      ['digest-read', 'output'],
      ['launch-understood', 'outtake'],
      ['leadership-awareness', 'outcome'],
    ]);
    expect(goal('leadership-awareness')?.measurements.map((m) => m.responses)).toEqual([8, 12]);
    expect(goal('digest-read')?.measurements[0]?.responses).toBeNull();
  });

  it("sets the touches that reached a goal's audiences and its wins on one time axis", () => {
    expect(goal('leadership-awareness')?.events).toEqual([
      { kind: 'win', date: '2027-01-20', highlight: 'webinar', title: 'January webinar sourced $240k pipeline' },
      {
        kind: 'touch',
        date: '2027-02-01',
        channel: 'exec-digest',
        channelName: 'Monthly executive digest',
        status: 'sent',
        audiences: ['leadership'],
        reach: 8,
      },
      expect.objectContaining({ kind: 'touch', date: '2027-03-01', status: 'skipped', reach: null }),
      { kind: 'win', date: '2027-03-12', highlight: 'pilot', title: 'Pilot customer renewed early' },
    ]);
    // The sales touches reach the outtake goal's audience, not leadership's goals.
    expect(goal('launch-understood')?.events.map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2027-01-26 touch',
      '2027-02-02 touch',
      '2027-03-10 win',
      '2027-03-16 touch',
    ]);
  });

  it('leaves out what happened after the report date', () => {
    const early = buildReport(new PlanModel(plan), { date: '2027-02-01' });
    expect(early.goals.find((g) => g.id === 'leadership-awareness')?.events.map((e) => e.date)).toEqual(['2027-01-20', '2027-02-01']);
  });

  it('counts planned touchpoints against those sent and skipped, with the last real touch and its reach', () => {
    const [leadership, sales] = report.audiences;
    // First Mondays 4 Jan, 1 Feb, 1 Mar: one sent, one skipped, one never recorded.
    expect(leadership?.execution).toEqual({ planned: 3, sent: 1, skipped: 1, open: 1, rate: 1 / 3 });
    expect(leadership?.lastSent).toMatchObject({ date: '2027-02-01', channel: 'exec-digest', reach: 8 });
    expect(leadership?.size).toBe(8);
    // Tuesdays 5 Jan to 16 Mar: 11 planned, 3 sent.
    expect(sales?.execution).toEqual({ planned: 11, sent: 3, skipped: 0, open: 8, rate: 3 / 11 });
    expect(sales?.lastSent).toMatchObject({ date: '2027-03-16', reach: 101 });
    expect(report.touchesRecorded).toBe(true);
  });
});

describe('buildReport: reward', () => {
  it('counts a win as shared, and its people thanked, once the first touch after it that reaches its audiences is sent', () => {
    expect(report.highlights.map((h) => [h.id, h.shared?.date ?? null, h.shared?.channel ?? null])).toEqual([
      ['webinar', '2027-02-01', 'exec-digest'],
      ['launch-brief', '2027-03-16', 'sales-slack'],
      // The digest of 1 March was skipped, before the pilot anyway: nothing has carried it yet.
      ['pilot', null, null],
    ]);
    expect(report.recognition).toEqual([
      { name: 'Priya Shah', highlights: ['webinar', 'launch-brief'], thanked: true, waiting: [] },
      { name: 'Sam Lee', highlights: ['launch-brief', 'pilot'], thanked: false, waiting: ['pilot'] },
    ]);
  });

  it('thanks Sam once the April digest is recorded as sent', () => {
    const later = buildReport(
      new PlanModel({ ...plan, touches: [...(plan.touches ?? []), { channel: 'exec-digest', date: '2027-04-05', status: 'sent' }] }),
      { date: '2027-04-06' },
    );
    expect(later.recognition.find((p) => p.name === 'Sam Lee')).toMatchObject({ thanked: true, waiting: [] });
  });
});

describe('report formats: evaluate and reward', () => {
  it('text: goals grouped by level, a timeline per goal, execution per audience, who is not yet thanked', () => {
    const text = formatReportText(report, plainPalette, 100);
    const outputs = text.indexOf('  Outputs: what was done');
    const outtakes = text.indexOf('  Outtakes: what people heard and understood');
    const outcomes = text.indexOf('  Outcomes: what people think or do differently');
    expect(outputs).toBeGreaterThan(0);
    expect(outtakes).toBeGreaterThan(outputs);
    expect(outcomes).toBeGreaterThan(outtakes);
    expect(text).toContain(
      [
        '    timeline',
        '      15 Jan 2027  measured  20% (8 responses)',
        '      20 Jan 2027  win       January webinar sourced $240k pipeline',
        '       1 Feb 2027  sent      Monthly executive digest · reach 8',
        '       1 Mar 2027  skipped   Monthly executive digest',
        '       5 Mar 2027  measured  45% (12 responses)',
        '      12 Mar 2027  win       Pilot customer renewed early',
      ].join('\n'),
    );
    expect(text).toContain('    done  1 of 3 planned sent (33%), 1 skipped, 1 not recorded\n');
    expect(text).toContain('    sent  Mon 1 Feb 2027 · Monthly executive digest · reached 8 of 8\n');
    expect(text).toContain('credit Sam Lee · not shared yet');
    expect(text).toContain('  Sam Lee: Launch brief out two days after launch; Pilot customer renewed early · not yet thanked\n');
    expect(text).toContain('  Not yet thanked: Sam Lee.\n');
  });

  it('markdown: a table per level, a timeline per goal, done and last sent per audience', () => {
    const md = formatReportMarkdown(report);
    expect(md).toContain('### Outtakes: what people heard and understood\n\n| Goal |');
    expect(md).toContain(
      '### Timeline: Sales understands why the launch matters\n\n- **26 Jan 2027** sent: Wins post in #sales · reach 95\n',
    );
    expect(md).toContain('- **20 Feb 2027** measured: 40% (30 responses)\n');
    expect(md).toContain('| Audience | Last touch | Next touch | Done | Last sent |');
    expect(md).toContain(
      '| 1 of 3 planned sent (33%), 1 skipped, 1 not recorded | Mon 1 Feb 2027, Monthly executive digest, reached 8 of 8 |',
    );
    expect(md).toContain('- **Sam Lee**: Launch brief out two days after launch; Pilot customer renewed early (not yet thanked)');
    expect(md).toContain('Not yet thanked: Sam Lee.');
  });

  it('json: level, responses, events, execution, shared and thanked, added to the documented shape', () => {
    const json = JSON.parse(formatReportJson('evaluate.yaml', report)) as {
      goals: { id: string; level: string; measurements: { responses: number | null }[]; events: Record<string, unknown>[] }[];
      audiences: { execution: unknown; lastSent: unknown }[];
      highlights: { shared: unknown }[];
      recognition: unknown[];
      touchesRecorded: boolean;
    };
    const awareness = json.goals[2];
    expect(awareness?.level).toBe('outcome');
    expect(awareness?.measurements.map((m) => m.responses)).toEqual([8, 12]);
    expect(awareness?.events[1]).toEqual({
      kind: 'touch',
      date: '2027-02-01',
      channel: 'exec-digest',
      status: 'sent',
      audiences: ['leadership'],
      reach: 8,
    });
    expect(awareness?.events[0]).toEqual({
      kind: 'win',
      date: '2027-01-20',
      highlight: 'webinar',
      title: 'January webinar sourced $240k pipeline',
    });
    expect(json.audiences[0]?.execution).toEqual({ planned: 3, sent: 1, skipped: 1, open: 1, rate: 1 / 3 });
    expect(json.audiences[0]?.lastSent).toEqual({ date: '2027-02-01', channel: 'exec-digest', reach: 8 });
    expect(json.highlights[0]?.shared).toEqual({ date: '2027-02-01', channel: 'exec-digest' });
    expect(json.recognition[1]).toEqual({ name: 'Sam Lee', highlights: ['launch-brief', 'pilot'], thanked: false, waiting: ['pilot'] });
    expect(json.touchesRecorded).toBe(true);
  });

  it('html: markers under the line for each touch and win, and a timeline under the chart', () => {
    const html = formatReportHtml(report);
    const card = html.slice(html.indexOf('<article class="card" id="goal-leadership-awareness">'));
    const chart = card.slice(0, card.indexOf('</figure>'));
    expect(chart.match(/<circle class="marker touch-sent"/g)).toHaveLength(1);
    expect(chart.match(/<circle class="marker touch-skipped"/g)).toHaveLength(1);
    expect(chart.match(/<path class="marker win"/g)).toHaveLength(2);
    expect(chart).toContain('<title>1 Mar 2027: skipped · Monthly executive digest</title>');
    expect(chart).toContain('under it, 1 sent, 1 skipped, 2 wins');
    expect(card).toContain('<li class="measured"><strong>5 Mar 2027</strong> <span class="kind">measured</span> 45% (12 responses)</li>');
    expect(html).toContain('<h3 class="level">Outputs: what was done</h3>');
    expect(html).toContain('<th>Done</th><th>Last sent</th>');
    expect(html).toContain('<span class="status-behind">not yet thanked</span>');
  });

  it('a plan without touches shows no execution and says how to record sends', () => {
    const quiet = buildReport(new PlanModel(withoutTouches(plan)), { date: '2027-03-20' });
    expect(quiet.touchesRecorded).toBe(false);
    const text = formatReportText(quiet, plainPalette, 100);
    expect(text).not.toContain('    done  ');
    expect(text).not.toContain('thanked\n  ');
    expect(text).toContain('No sends recorded yet, so nobody shows as thanked: record them with herald sent.');
    expect(formatReportMarkdown(quiet)).toContain('| Audience | Last touch | Next touch |\n| --- | --- | --- |\n');
  });
});
