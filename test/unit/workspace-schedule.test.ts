import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const WORKSPACE = 'test/fixtures/workspace';
const MARCH = ['--from', '2027-03-01', '--weeks', '3'];

interface WorkspaceJson {
  name: string;
  window: { from: string; to: string };
  plans: Array<{ id: string; name: string; file: string; touchpoints: number }>;
  entries: Array<{ plan: string; date: string; time: string | null; channel: string; timezone: string }>;
  load: Array<{
    audience: string;
    limit: number | null;
    weeks: Array<{ week: string; touches: number; over: boolean; plans: Array<{ plan: string; touches: number }> }>;
  }>;
}

async function json(args: readonly string[]): Promise<WorkspaceJson> {
  const result = await runCli(['schedule', WORKSPACE, ...args, '--format', 'json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as WorkspaceJson;
}

describe('schedule <folder>: one schedule across three teams', () => {
  it('shows every plan in one agenda, each row naming its plan, and the week over the executives’ limit', async () => {
    const result = await runCli(['schedule', WORKSPACE, ...MARCH]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Acme Corp · 3 plans');
    expect(result.stdout).toMatch(/Mon {2}8 Mar {2}all day {2}finance: Exec brief \(email\)/);
    expect(result.stdout).toMatch(/Tue {2}9 Mar {2}all day {2}people: Exec update \(email\)/);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'Executive team (exec-team): 5 touches in week 10 from 2027-03-08, limit 3 (finance 2, product 2, people 1)',
    );
  });

  it('merges the plans in date and time order in JSON, with the plans and the load', async () => {
    const body = await json(MARCH);
    expect(body.plans.map((plan) => plan.id)).toEqual(['finance', 'people', 'product']);
    const dates = body.entries.map((entry) => `${entry.date} ${entry.time ?? ''}`);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(body.entries.map((entry) => entry.plan))).toEqual(new Set(['finance', 'people', 'product']));
    const exec = body.load.find((load) => load.audience === 'exec-team')!;
    expect(exec.limit).toBe(3);
    expect(exec.weeks.map((week) => [week.week, week.touches, week.over])).toEqual([
      ['2027-03-01', 1, false],
      ['2027-03-08', 5, true],
      ['2027-03-15', 1, false],
    ]);
    expect(exec.weeks[1]!.plans).toEqual([
      { plan: 'finance', touches: 2 },
      { plan: 'product', touches: 2 },
      { plan: 'people', touches: 1 },
    ]);
  });

  it('filters by plan id, and a shared audience across the plans that use it', async () => {
    const finance = await json([...MARCH, '--plan-id', 'finance']);
    expect(new Set(finance.entries.map((entry) => entry.plan))).toEqual(new Set(['finance']));
    // The load still counts every plan: the limit is across all of them.
    expect(finance.load[0]!.weeks[1]!.touches).toBe(5);
    const staff = await json([...MARCH, '--audience', 'all-staff']);
    expect(new Set(staff.entries.map((entry) => entry.plan))).toEqual(new Set(['people', 'product']));
    // A channel only one plan has leaves the other plans out.
    const demo = await json([...MARCH, '--channel', 'exec-demo']);
    expect(demo.entries.map((entry) => `${entry.plan} ${entry.date}`)).toEqual(['product 2027-03-11']);
  });

  it('refuses a plan id or an audience no plan has, with a suggestion', async () => {
    const plan = await runCli(['schedule', WORKSPACE, '--plan-id', 'finanse']);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('No plan has the id "finanse"');
    expect(plan.stderr).toContain('Did you mean "finance"?');
    const audience = await runCli(['schedule', WORKSPACE, '--audience', 'exec-tem']);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toContain('Did you mean "exec-team"?');
  });

  it('shows the load of each shared audience week by week with --view load', async () => {
    const result = await runCli(['schedule', WORKSPACE, ...MARCH, '--view', 'load']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Executive team (exec-team) · limit 3 a week');
    expect(result.stdout).toMatch(/Week 10 · Mon {2}8 Mar {4}5 \/ 3 over {2}finance 2, product 2, people 1/);
    expect(result.stdout).toContain('All staff (all-staff) · no weekly limit');
  });

  it('writes a Markdown table with a Plan column and the load', async () => {
    const result = await runCli(['schedule', WORKSPACE, ...MARCH, '--format', 'md']);
    expect(result.stdout).toContain('| Date | Day | Time | Plan | Channel |');
    expect(result.stdout).toContain('| 2027-03-10 | Wed | 10:00 | finance | Budget review |');
    expect(result.stdout).toContain('| 2027-03-08 | 5 | 3 | over | finance 2, product 2, people 1 |');
  });

  it('writes one calendar for the workspace whose UIDs stay unique across plans (parsed back with ical.js)', async () => {
    const result = await runCli(['schedule', WORKSPACE, '--from', '2027-03-01', '--weeks', '13', '--format', 'ics']);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Acme Corp · 3 plans');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('exec-brief.2027-03-08.finance@herald');
    expect(uids).toContain('exec-update.2027-03-09.people@herald');
    const meeting = events.find((event) => event.uid === 'budget-review.2027-03-10.finance@herald')!;
    expect(meeting.startDate.toJSDate().toISOString()).toBe('2027-03-10T10:00:00.000Z');
    expect(meeting.description).toContain('Plan: Finance, spring 2027');
  });

  it('keeps UIDs apart when two plans share an id, and reads several files as a workspace', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, WORKSPACE), folder, { recursive: true });
    const people = join(folder, 'teams/people/herald.yaml');
    await writeFile(people, (await readFile(people, 'utf8')).replace('id: people', 'id: finance'));
    const result = await runCli(
      ['schedule', 'teams/finance/herald.yaml', 'teams/people/herald.yaml', '--from', '2027-03-08', '--weeks', '1', '--format', 'ics'],
      { cwd: folder },
    );
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout) as unknown[]);
    const uids = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).uid);
    expect(uids).toContain('exec-update.2027-03-09.finance-2@herald');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('stops on a plan with errors, naming its file', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, WORKSPACE), folder, { recursive: true });
    await writeFile(join(folder, 'teams/people/herald.yaml'), 'version: 1\nplan:\n  name: Broken\n');
    const result = await runCli(['schedule', '.'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('teams/people/herald.yaml');
    expect(result.stderr).toContain('has errors; fix them first');
  });
});
