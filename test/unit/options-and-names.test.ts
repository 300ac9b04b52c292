import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/core/brief/build-brief.js';
import { parseDateOption } from '../../src/commands/shared/date-flag.js';
import { draftWindow as resolveWindow } from '../helpers/window-words.js';
import { channelDisplayName } from '../../src/core/plan/channel-name.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { buildReport } from '../../src/core/report/build-report.js';
import { buildSchedule } from '../../src/core/schedule/build-schedule.js';
import { resolveScheduleFilters } from '../../src/core/schedule/schedule-filters.js';
import { scheduleWindow as resolveScheduleWindow } from '../helpers/window-words.js';
import { closest, suggestionHint } from '../../src/core/words/suggest.js';
import { formatScheduleJson } from '../../src/commands/schedule/json.js';
import { REPO } from '../helpers/run-cli.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

describe('parseDateOption', () => {
  it('takes a real date as it is', () => {
    expect(parseDateOption('--from', '2028-02-29')).toEqual({ ok: true, date: '2028-02-29' });
  });

  it('says the format only when the text is not in it', () => {
    expect(parseDateOption('--to', 'next friday')).toEqual({
      ok: false,
      message: '--to "next friday" is not a date',
      hint: 'Write dates as YYYY-MM-DD, e.g. --to 2027-01-04.',
    });
    expect(parseDateOption('--date', '2027-2-3')).toMatchObject({ message: '--date "2027-2-3" is not a date' });
  });

  it('says why a date in the format does not exist, with the nearest real one as the example', () => {
    expect(parseDateOption('--from', '2027-02-30')).toEqual({
      ok: false,
      message: '--from 2027-02-30 is not a real date: February 2027 has 28 days',
      hint: 'Check the day, e.g. --from 2027-02-28.',
    });
    expect(parseDateOption('--date', '2028-02-30')).toMatchObject({
      message: '--date 2028-02-30 is not a real date: February 2028 has 29 days',
    });
    expect(parseDateOption('--date', '2027-04-00')).toMatchObject({ hint: 'Check the day, e.g. --date 2027-04-01.' });
    expect(parseDateOption('--date', '2027-13-01')).toMatchObject({
      message: '--date 2027-13-01 is not a real date: months go from 01 to 12',
      hint: 'Write dates as YYYY-MM-DD (year, month, day), e.g. --date 2027-12-01.',
    });
  });

  it('is what schedule, generate and report windows say', () => {
    const message = '--from 2027-02-30 is not a real date: February 2027 has 28 days';
    expect(resolveScheduleWindow({ from: '2027-02-30' }, '2027-01-01')).toMatchObject({ ok: false, message });
    expect(resolveWindow({ from: '2027-02-30' }, '2027-01-01')).toMatchObject({ ok: false, message });
  });
});

describe('closest and suggestionHint', () => {
  const audiences = ['leadership-team', 'product-managers', 'sales'];

  it('suggests the one id that a typed id starts, or whose word it starts', () => {
    expect(closest('leadership', audiences)).toBe('leadership-team');
    expect(closest('Product', audiences)).toBe('product-managers');
    expect(closest('managers', audiences)).toBe('product-managers');
    expect(closest('Berlin', ['Europe/Berlin', 'Europe/Paris'])).toBe('Europe/Berlin');
    expect(suggestionHint('leadership', audiences, 'audiences')).toBe('Did you mean "leadership-team"?');
  });

  it('does not guess between several, from too little, or when the name is already known', () => {
    expect(closest('team', ['leadership-team', 'sales-team'])).toBeUndefined();
    expect(closest('sales', ['sales-team', 'sales-leads'])).toBeUndefined();
    expect(closest('le', audiences)).toBeUndefined();
    expect(closest('SALES', audiences)).toBeUndefined();
    expect(suggestionHint('team', ['leadership-team', 'sales-team'], 'audiences')).toBe(
      'Known audiences: "leadership-team", "sales-team".',
    );
  });

  it('still prefers a near misspelling, and reads a one-pass iterator', () => {
    expect(closest('slaes', audiences)).toBe('sales');
    expect(closest('leadership', new Set(audiences).values())).toBe('leadership-team');
  });

  it('is what schedule --audience and --channel suggest', async () => {
    const plan = await planOf(await readFile(join(REPO, 'examples', 'herald.yaml'), 'utf8'));
    expect(resolveScheduleFilters(plan, { channel: ['digest'] })).toMatchObject({ ok: false, hint: 'Did you mean "exec-digest"?' });
    expect(resolveScheduleFilters(plan, { audience: ['regional'] })).toMatchObject({ hint: 'Did you mean "regional-managers"?' });
  });
});

describe('channelDisplayName', () => {
  it('is the name, or the id made readable', () => {
    expect(channelDisplayName({ name: 'Monthly digest' }, 'exec-digest')).toBe('Monthly digest');
    expect(channelDisplayName({ name: '  ' }, 'sales-sync')).toBe('Sales sync');
    expect(channelDisplayName(undefined, 'sales--sync')).toBe('Sales sync');
  });

  it('is what schedule JSON, brief and report call a channel without a name', async () => {
    const plan = await planOf(`version: 1
plan:
  name: Names
  start: 2027-01-04
  end: 2027-03-31
  owner: Dana Lee
audiences:
  - id: sales
    name: Sales team
    channels: [sales-sync]
channels:
  - id: sales-sync
    type: meeting
    owner: Marco Rossi
    cadence: weekly on monday
    feedback: Ask in the meeting.
`);
    const [entry] = JSON.parse(formatScheduleJson(buildSchedule(new PlanModel(plan), { from: '2027-01-04', to: '2027-01-10' }))) as Array<{
      channel: string;
      name: string;
    }>;
    expect(entry).toMatchObject({ channel: 'sales-sync', name: 'Sales sync' });
    const brief = buildBrief(new PlanModel(plan), '2027-01-05');
    expect(brief.audiences[0]?.channels[0]?.name).toBe('Sales sync');
    expect(brief.feedback[0]?.channel).toBe('Sales sync');
    expect(brief.owners.find((owner) => owner.name === 'Marco Rossi')?.channels).toEqual(['Sales sync']);
    const report = buildReport(new PlanModel(plan), { date: '2027-01-05' });
    expect(report.audiences[0]?.lastTouch?.channelName).toBe('Sales sync');
  });
});
