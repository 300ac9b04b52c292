import { describe, expect, it } from 'vitest';
import { buildDraftJobs, draftName } from '../../src/core/drafts/build-drafts.js';
import type { DraftData, DraftJob, RecognitionData } from '../../src/core/drafts/draft-data.js';
import {
  asSentence,
  formatDateWords,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProgressBar,
  formatQuantity,
  formatTimeOfDay,
  formatWhen,
  zoneLabel,
  pluralise,
} from '../../src/core/drafts/format-values.js';
import { durationMinutes } from '../../src/core/duration.js';
import { resolveWindow } from '../../src/core/drafts/window.js';
import { ALL_CHANNELS, EXAMPLE, MINIMAL, planFrom, readFixture } from '../fixtures/generate/load-fixture.js';

const allChannels = await planFrom(readFixture(ALL_CHANNELS));

function draft(jobs: DraftJob[], fileStart: string): DraftData {
  const job = jobs.find((j) => j.fileName.startsWith(fileStart));
  if (job === undefined || job.data.kind !== 'touchpoint')
    throw new Error(`No draft ${fileStart} in ${jobs.map((j) => j.fileName).join(', ')}`);
  return job.data;
}

describe('resolveWindow', () => {
  it('defaults to today and the six days after it', () => {
    expect(resolveWindow({}, '2027-02-01')).toEqual({ ok: true, window: { from: '2027-02-01', to: '2027-02-07' } });
  });
  it('takes one day with --date and a range with --from/--to', () => {
    expect(resolveWindow({ date: '2027-02-01' }, '2026-11-23')).toEqual({ ok: true, window: { from: '2027-02-01', to: '2027-02-01' } });
    expect(resolveWindow({ from: '2027-03-01', to: '2027-03-31' }, '2026-11-23')).toEqual({
      ok: true,
      window: { from: '2027-03-01', to: '2027-03-31' },
    });
    expect(resolveWindow({ from: '2027-03-01' }, '2026-11-23')).toEqual({ ok: true, window: { from: '2027-03-01', to: '2027-03-07' } });
  });
  it('refuses a bad date, a reversed range and --date with --from', () => {
    expect(resolveWindow({ date: '2027-02-30' }, '2026-11-23')).toMatchObject({
      ok: false,
      message: '--date 2027-02-30 is not a real date: February 2027 has 28 days',
    });
    expect(resolveWindow({ from: '2027-03-01', to: '2027-02-01' }, '2026-11-23')).toMatchObject({ ok: false });
    expect(resolveWindow({ date: '2027-03-01', to: '2027-03-02' }, '2026-11-23')).toMatchObject({ ok: false });
  });
});

describe('value formatting', () => {
  it('writes money, percentages and quantities as people do', () => {
    expect(formatMoney(240000, 'USD')).toBe('$240,000');
    expect(formatMoney(410000, 'EUR')).toBe('€410,000');
    expect(formatMoney(1200, 'SEK')).toBe('1,200 SEK');
    expect(formatPercent(0.64)).toBe('64%');
    expect(formatPercent(0.4167)).toBe('41.7%');
    expect(formatQuantity(45, '%')).toBe('45%');
    expect(formatQuantity(240000, 'USD')).toBe('$240,000');
    expect(formatQuantity(2, 'days')).toBe('2 days');
    expect(formatQuantity(1, 'days')).toBe('1 day');
    expect(formatQuantity(1, 'people')).toBe('1 person');
    expect(formatQuantity(1234.567, null)).toBe('1,234.57');
    expect(formatNumber(Number.NaN)).not.toContain('NaN');
  });
  it('writes dates in words and times with the zone', () => {
    expect(formatDateWords('2027-01-04')).toBe('Monday, 4 January 2027');
    expect(formatDateWords('2027-01-04', 'medium')).toBe('4 January 2027');
    expect(formatDateWords('2027-01-04', 'short')).toBe('4 January');
    expect(formatWhen('2027-01-04', '09:00', 'Europe/Berlin')).toBe('Monday, 4 January 2027 at 09:00 Berlin time');
    expect(formatWhen('2027-07-05', '14:30', 'America/New_York')).toBe('Monday, 5 July 2027 at 14:30 New York time');
    expect(formatWhen('2027-01-04', null, 'UTC')).toBe('Monday, 4 January 2027');
  });
  it('names a time zone as people say it, from its name alone', () => {
    expect(zoneLabel('Europe/Berlin')).toBe('Berlin time');
    expect(zoneLabel('America/Argentina/Buenos_Aires')).toBe('Buenos Aires time');
    expect(zoneLabel('US/Eastern')).toBe('US Eastern time');
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('Etc/UTC')).toBe('UTC');
    expect(zoneLabel('GMT')).toBe('UTC');
    expect(zoneLabel('Etc/GMT+5')).toBe('UTC-5');
    expect(zoneLabel('Etc/GMT-14')).toBe('UTC+14');
    expect(zoneLabel('CET')).toBe('CET');
    expect(zoneLabel('Japan')).toBe('Japan time');
    expect(formatTimeOfDay('09:00', 'Asia/Kolkata')).toBe('09:00 Kolkata time');
    expect(formatTimeOfDay('9 am', 'Asia/Kolkata')).toBe('9 am');
  });
  it('joins lists with commas and "and", pluralises, draws bars and ends sentences', () => {
    expect(formatList(['Ann'])).toBe('Ann');
    expect(formatList(['Ann', 'Bo'])).toBe('Ann and Bo');
    expect(formatList(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
    expect(formatList([null, 'Ann', '', undefined])).toBe('Ann');
    expect(pluralise(1, 'win')).toBe('1 win');
    expect(pluralise(3, 'story', 'stories')).toBe('3 stories');
    expect(formatProgressBar(0.64)).toBe('██████░░░░ 64%');
    expect(asSentence('repeat in March')).toBe('Repeat in March.');
    expect(asSentence('Done!')).toBe('Done!');
    expect(durationMinutes('1h30m')).toBe(90);
    expect(durationMinutes(undefined)).toBeNull();
  });
});

describe('buildDraftJobs', () => {
  const jobs = buildDraftJobs(allChannels, { from: '2027-02-01', to: '2027-02-01' });

  it('makes one draft per touchpoint and audience, and a recognition note per credited highlight', () => {
    const touchpointDrafts = jobs.filter((j) => j.template !== 'recognition');
    expect(touchpointDrafts).toHaveLength(19); // 10 channels for leadership, 9 for engineers
    expect(new Set(touchpointDrafts.map((j) => j.template)).size).toBe(10);
    expect(jobs.map((j) => j.fileName)).toContain('2027-02-01-digest-leadership.eml');
    expect(jobs.map((j) => j.fileName)).toContain('2027-02-01-exec-slack-engineers.slack.txt');
    expect(jobs.map((j) => j.fileName)).toContain('2027-02-01-bulletin-engineers.md');
    expect(jobs.map((j) => j.fileName)).toContain('2027-02-01-wall-engineers.txt');
    expect(new Set(jobs.map((j) => j.fileName)).size).toBe(jobs.length);
    const notes = jobs.filter((j) => j.template === 'recognition').map((j) => j.data as RecognitionData);
    expect(notes.map((n) => n.highlight.id)).toEqual(['cost-cut', 'faster-deploys']);
    expect(notes[0]?.people).toEqual(['Priya Shah', 'Sam Okafor']);
    expect(notes[1]?.audiences.map((a) => a.id)).toEqual(['engineers']);
  });

  it('names a draft by its channel alone when the channel id already names the audience, keeping names apart', () => {
    const at = (channel: string, audiences: string[]) => ({ channel, audiences });
    expect(draftName(at('product-managers-slack', ['product-managers']), 'product-managers')).toBe('product-managers-slack');
    expect(draftName(at('slack-for-sales', ['sales', 'leadership']), 'sales')).toBe('slack-for-sales');
    expect(draftName(at('slack-for-sales', ['sales', 'leadership']), 'leadership')).toBe('slack-for-sales-leadership');
    // Only whole parts of the id count: "sales" is not in "presales-slack".
    expect(draftName(at('presales-slack', ['sales']), 'sales')).toBe('presales-slack-sales');
    // An id that names two of the audiences names neither alone: both keep their suffix.
    const both = at('sales-team-email', ['sales', 'sales-team']);
    expect([draftName(both, 'sales'), draftName(both, 'sales-team')]).toEqual(['sales-team-email-sales', 'sales-team-email-sales-team']);
  });

  it('reports the highlights since the channel’s previous touchpoint that concern the audience', () => {
    const leadership = draft(jobs, '2027-02-01-digest-leadership');
    expect(leadership.period).toEqual({ from: '2027-01-05', to: '2027-02-01', previous: '2027-01-04' });
    // faster-deploys concerns engineers (through its goal); kickoff-win was reported on 4 January.
    expect(leadership.highlights.map((h) => h.id)).toEqual(['cost-cut']);
    const engineers = draft(jobs, '2027-02-01-digest-engineers');
    expect(engineers.highlights.map((h) => h.id)).toEqual(['cost-cut', 'faster-deploys']);
    expect(engineers.credits).toEqual(['Priya Shah', 'Sam Okafor', 'Lena Vogel']);
  });

  it('looks back to the plan’s start for a channel’s first touchpoint', () => {
    const first = buildDraftJobs(allChannels, { from: '2027-01-04', to: '2027-01-04' });
    const leadership = draft(first, '2027-01-04-digest-leadership');
    expect(leadership.period.previous).toBeNull();
    expect(leadership.highlights.map((h) => h.id)).toEqual(['kickoff-win']);
  });

  it('gives goals with the latest measurement as of the touchpoint, never a later one', () => {
    const goal = draft(jobs, '2027-02-01-digest-leadership').goals[0];
    expect(goal).toMatchObject({
      id: 'exec-awareness',
      latest: { date: '2027-01-15', value: 35, note: 'January check-in' },
      progress: 0.25,
    });
    const march = draft(buildDraftJobs(allChannels, { from: '2027-03-01', to: '2027-03-01' }), '2027-03-01-digest-leadership');
    expect(march.goals[0]?.latest?.value).toBe(64);
  });

  it('points at the next touchpoints and the next milestone', () => {
    const leadership = draft(jobs, '2027-02-01-digest-leadership');
    expect(leadership.next.milestone).toEqual({ kind: 'goal-due', date: '2027-03-31', title: 'Leadership can name two platform wins' });
    expect(leadership.next.touchpoints.map((t) => t.channel.id)).toEqual(['exec-slack', 'exec-teams', 'staff-meeting']);
    const last = draft(buildDraftJobs(allChannels, { from: '2027-03-01', to: '2027-03-01' }), '2027-03-01-cto-one-on-one-leadership');
    expect(last.next).toEqual({
      touchpoints: [],
      milestone: { kind: 'goal-due', date: '2027-03-31', title: 'Leadership can name two platform wins' },
    });
  });

  it('fits the form: shorter for decision-makers, talking points by the slot’s length', () => {
    expect(draft(jobs, '2027-02-01-digest-leadership').fit.highlights).toBe(3);
    expect(draft(jobs, '2027-02-01-digest-engineers').fit.highlights).toBe(5);
    expect(draft(jobs, '2027-02-01-staff-meeting-engineers').fit).toEqual({ highlights: 3, minutesEach: 4 });
    expect(draft(jobs, '2027-02-01-lift-chat-engineers')).toMatchObject({ fit: { highlights: 1 }, more: 1 });
  });

  it('says when there is nothing new, with every field present', async () => {
    const minimal = buildDraftJobs(await planFrom(readFixture(MINIMAL)), { from: '2027-02-01', to: '2027-02-01' });
    expect(minimal).toHaveLength(10);
    const mail = draft(minimal, '2027-02-01-mail-everyone');
    expect(mail).toMatchObject({ hasNews: false, highlights: [], goals: [], credits: [], feedback: null });
    expect(mail.plan).toEqual({
      name: 'Minimal plan',
      organization: null,
      owner: null,
      summary: null,
      timezone: 'UTC',
      start: '2027-01-04',
      end: '2027-03-31',
    });
    expect(mail.next.milestone).toMatchObject({ kind: 'touchpoint', date: '2027-02-01' });
    expect(JSON.stringify(mail)).not.toMatch(/undefined/);
  });

  it('thanks each credited highlight once, on the first touchpoint that shares it', async () => {
    const example = await planFrom(readFixture(EXAMPLE));
    const notes = buildDraftJobs(example, { from: '2027-01-04', to: '2027-06-30' }).filter((j) => j.template === 'recognition');
    expect(notes.map((j) => j.fileName)).toEqual([
      '2027-01-21-recognition-webinar-pipeline.md',
      '2027-02-03-recognition-sko-campaign-playbook.md',
      '2027-02-17-recognition-launch-brief-48h.md',
      '2027-03-16-recognition-northwind-case-study.md', // the next #sales-wins post after 10 March
      '2027-03-26-recognition-pipeline-dashboard.md', // the March newsletter
      '2027-04-27-recognition-dach-roadshow.md',
      '2027-05-25-recognition-reference-program.md',
    ]);
  });
});
