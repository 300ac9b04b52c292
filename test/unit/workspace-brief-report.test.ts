import { describe, expect, it } from 'vitest';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

const WORKSPACE = 'test/fixtures/workspace';
/** The fixture's plans run from 1 March to 31 May 2027; the first of March is a Monday. */
const MARCH = { env: { HERALD_TODAY: '2027-03-01' } };

/** Every element closed in order (void elements aside), so a browser reads the page as written. */
function expectWellFormed(html: string): void {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);
  const open: string[] = [];
  for (const [, closing, name] of html.replace(/<!doctype[^>]*>/i, '').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing === '') open.push(tag);
    else expect(open.pop(), `</${tag}> closes the last open element`).toBe(tag);
  }
  expect(open).toEqual([]);
}

describe('brief <folder> --audience: what one leader will hear from every plan', () => {
  it('leads with the count, the teams and the busiest week, then lists the quarter by week', async () => {
    const result = await runCli(['brief', WORKSPACE, '--audience', 'exec-team'], MARCH);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Executive team: what you will hear from Acme Corp');
    const flat = result.stdout.replace(/\s+/g, ' ');
    // Today to the end of the quarter: March, so the weekly brief's April dates are left out.
    expect(flat).toContain(
      '9 updates from 3 teams, 1 March to 31 March 2027. The busiest week is the week of 8 March 2027, with 5 updates.',
    );
    expect(flat).not.toContain('Apr');
    expect(flat).toContain('Week of 8 March 2027 · 5 updates');
    expect(flat).toContain('Wed 10 Mar, 10:00: Budget review (meeting), from Finance, spring 2027 (Ana Ruiz)');
    expect(flat).toContain('Tue 9 Mar: Exec update (email), from People team, spring 2027 (Sam Okafor)');
    // How to answer back: the plan's own way back, else the person who runs the channel.
    expect(flat).toContain('How to answer back');
    expect(flat).toContain('Exec brief (email): reply to Ana');
    expect(flat).toContain('Exec update (email): #people-help');
    expect(flat).toContain('Exec demo meeting: ask Lee Chen');
    expect(flat).toContain('What they want you to know: The new budget steps save two weeks per approval.');
    // Sendable as it is: no rule ids, no file names, no audience ids.
    expect(flat).not.toMatch(/shared-audience-limit|herald\.ya?ml|exec-team|\[/);
  });

  it('orders by team with --by team, the busiest team first, each channel with its dates and way back', async () => {
    const result = await runCli(['brief', WORKSPACE, '--audience', 'exec-team', '--by', 'team'], MARCH);
    expect(result.code).toBe(0);
    const teams = result.stdout.split('\n').filter((line) => /^\S.* · \d+ updates?$/.test(line));
    expect(teams).toEqual([
      'Finance, spring 2027 · Ana Ruiz · 6 updates',
      'Product launches, spring 2027 · Lee Chen · 2 updates',
      'People team, spring 2027 · Sam Okafor · 1 update',
    ]);
    const flat = result.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('• Exec brief (email): Weekly on Monday: 5 updates, 1 Mar to 29 Mar 2027 To answer: reply to Ana');
    expect(flat).toContain('• Budget review (meeting): Wed 10 Mar 2027, 10:00 To answer: ask Ana Ruiz');
  });

  it('takes --from and --to, and reads the shared audience of all staff across two teams', async () => {
    const result = await runCli(['brief', WORKSPACE, '--audience', 'all-staff', '--from', '2027-05-17', '--to', '2027-05-31'], MARCH);
    expect(result.code).toBe(0);
    const flat = result.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('All staff: what you will hear from Acme Corp');
    expect(flat).toContain('3 updates from 2 teams, 17 May to 31 May 2027. The busiest week is the week of 24 May 2027, with 2 updates.');
    expect(flat).toContain('Wed 26 May: People news (slack), from People team, spring 2027 (Sam Okafor)');
    expect(flat).toContain('Release notes email: #product-questions');
  });

  it('says so when nothing is planned in the window', async () => {
    const result = await runCli(['brief', WORKSPACE, '--audience', 'exec-team', '--from', '2027-07-01'], MARCH);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No updates are planned for you from 1 July to 30 September 2027.');
  });

  it('writes Markdown and a well-formed HTML page with the same content', async () => {
    const md = await runCli(['brief', WORKSPACE, '--audience', 'exec-team', '--format', 'md'], MARCH);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Executive team: what you will hear from Acme Corp\n\n\*\*9 updates from 3 teams/);
    expect(md.stdout).toContain('## Week of 8 March 2027 · 5 updates');
    expect(md.stdout).toContain('- **Wed 10 Mar, 10:00**: Budget review (meeting), from Finance, spring 2027 (Ana Ruiz)');
    expect(md.stdout).toContain('## How to answer back');
    expect(md.stdout).toContain('- **Exec update (email)**: #people-help');

    const html = await runCli(['brief', WORKSPACE, '--audience', 'exec-team', '--format', 'html'], MARCH);
    expect(html.code).toBe(0);
    expectWellFormed(html.stdout);
    expect(html.stdout).toContain('<th>When</th><th>What</th><th>From</th><th>To answer</th>');
    expect(html.stdout).toContain(
      '<tr><td>Wed 10 Mar, 10:00</td><td>Budget review (meeting)</td><td>Finance, spring 2027 (Ana Ruiz)</td><td>ask Ana Ruiz</td></tr>',
    );
  });

  it('needs --audience for a folder, knows the audiences, and keeps --by for folders', async () => {
    const missing = await runCli(['brief', WORKSPACE], MARCH);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give --audience');
    const unknown = await runCli(['brief', WORKSPACE, '--audience', 'exec-tem'], MARCH);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "exec-team"?');
    const single = await runCli(['brief', `${WORKSPACE}/teams/finance/herald.yaml`, '--by', 'team'], MARCH);
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('--by is for the brief of several plans');
  });
});

describe('report <folder>: the portfolio', () => {
  const ON_20_MARCH = ['--date', '2027-03-20'];

  it('shows each plan and its goals, then each shared audience by week against its limit', async () => {
    const result = await runCli(['report', WORKSPACE, ...ON_20_MARCH]);
    expect(result.code).toBe(0);
    const flat = result.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Portfolio — Acme Corp Where 3 plans stand on 20 Mar 2027. 3 goals: 3 not measured yet.');
    expect(flat).toContain(
      'Finance, spring 2027 Ana Ruiz · 1 Mar 2027 – 31 May 2027 · 21% of its time gone test/fixtures/workspace/teams/finance/herald.yaml',
    );
    expect(flat).toContain('Budget owners understand the new approval steps Not measured yet; target 80% by 31 May 2027');
    expect(flat).toContain('Executive team (exec-team) 18 touches from all plans; at most 3 a week; 1 week over it');
    expect(flat).toContain('8 Mar 2027: 5 of 3, over (finance 2, product 2, people 1)');
    expect(flat).toContain('All staff (all-staff) 20 touches from all plans; no weekly limit');
  });

  it('has a JSON shape: each plan as the single-plan report, and the shared audiences week by week', async () => {
    const result = await runCli(['report', WORKSPACE, ...ON_20_MARCH, '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & {
      plans: Array<Record<string, unknown> & { goals: Array<Record<string, unknown>> }>;
      sharedAudiences: Array<Record<string, unknown> & { weeks: Array<Record<string, unknown>> }>;
    };
    expect(Object.keys(json)).toEqual(['organization', 'date', 'statuses', 'plans', 'sharedAudiences']);
    expect(json.organization).toBe('Acme Corp');
    expect(json.date).toBe('2027-03-20');
    expect(json.statuses).toEqual({ achieved: 0, 'on-track': 0, behind: 0, missed: 0, 'not-measured': 3, 'not-measurable': 0 });
    expect(json.plans.map((plan) => [plan.id, plan.file])).toEqual([
      ['finance', 'test/fixtures/workspace/teams/finance/herald.yaml'],
      ['people', 'test/fixtures/workspace/teams/people/herald.yaml'],
      ['product', 'test/fixtures/workspace/teams/product/herald.yml'],
    ]);
    const single = JSON.parse(
      (await runCli(['report', `${WORKSPACE}/teams/finance/herald.yaml`, ...ON_20_MARCH, '--format', 'json'])).stdout,
    ) as Record<string, unknown>;
    expect(json.plans[0]).toEqual({ id: 'finance', ...single });
    expect(json.plans[0]!.goals[0]).toMatchObject({ id: 'budget-clarity', status: 'not-measured', target: 80 });
    const exec = json.sharedAudiences[0]!;
    expect(exec).toMatchObject({ id: 'exec-team', name: 'Executive team', weeklyLimit: 3, touches: 18, weeksOver: 1 });
    expect(exec.busiest).toEqual({ week: '2027-03-08', touches: 5 });
    expect(exec.weeks[1]).toEqual({
      week: '2027-03-08',
      touches: 5,
      over: true,
      plans: [
        { plan: 'finance', touches: 2 },
        { plan: 'product', touches: 2 },
        { plan: 'people', touches: 1 },
      ],
    });
    expect(json.sharedAudiences[1]).toMatchObject({ id: 'all-staff', weeklyLimit: null, weeksOver: 0 });
  });

  it('writes Markdown with a table per shared audience, and a well-formed HTML page', async () => {
    const md = await runCli(['report', WORKSPACE, ...ON_20_MARCH, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Portfolio — Acme Corp\n/);
    expect(md.stdout).toContain('## People team, spring 2027');
    expect(md.stdout).toContain('- **Every manager finishes reviews on time**: Not measured yet; target 95% by 31 May 2027');
    expect(md.stdout).toContain('| 8 Mar 2027 | **5 of 3, over** | finance 2, product 2, people 1 |');

    const html = await runCli(['report', WORKSPACE, ...ON_20_MARCH, '--format', 'html']);
    expect(html.code).toBe(0);
    expectWellFormed(html.stdout);
    expect(html.stdout.match(/<section id="plan-\d+"/g)).toHaveLength(3);
    expect(html.stdout).toContain(
      '<tr class="status-behind"><td>8 Mar 2027</td><td>5 of 3, over</td><td>finance 2, product 2, people 1</td></tr>',
    );
    expect(html.stdout).toContain('class="bar status-not-measured"');
  });

  it('refuses a folder with a plan that has errors, naming it (exit 1)', async () => {
    const folder = await tempFolder();
    await cp(join(REPO, WORKSPACE), folder, { recursive: true });
    await mkdir(join(folder, 'teams', 'broken'));
    await writeFile(join(folder, 'teams', 'broken', 'herald.yaml'), 'version: 1\nplan:\n  name: Broken\n  start: 2027-03-01\n');
    const result = await runCli(['report', '.'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('teams/broken/herald.yaml has errors; fix them first');
  });
});
