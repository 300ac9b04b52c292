import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildBrief, cadenceInWords } from '../../src/core/brief/build-brief.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function planOf(text: string): Promise<Plan> {
  const result = await validateText(text);
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const example = await planOf(await readFile(new URL('../../examples/herald.yaml', import.meta.url), 'utf8'));

describe('buildBrief on the example plan', () => {
  const brief = buildBrief(new PlanModel(example), '2027-04-01');

  it('lists the audiences largest influence first, then the larger group first', () => {
    expect(brief.audiences.map((a) => a.id)).toEqual(['leadership', 'regional-managers', 'sales', 'product-eng', 'customer-success']);
  });

  it('says each channel’s cadence in words with its time, and its next date from today', () => {
    const leadership = brief.audiences[0];
    const staff = leadership?.channels.find((c) => c.id === 'staff-meeting');
    expect(staff).toMatchObject({ cadence: 'every other Thursday at 10:00', next: { date: '2027-04-01', time: '10:00' }, duration: '10m' });
    expect(leadership?.channels.find((c) => c.id === 'cmo-one-on-one')?.cadence).toBe('monthly on the second Tuesday at 14:00');
    const sko = brief.audiences.find((a) => a.id === 'sales')?.channels.find((c) => c.id === 'sko');
    expect(sko?.next).toBeNull();
  });

  it('shows where each goal stands today, not counting later measurements', () => {
    const awareness = brief.goals.find((g) => g.id === 'leadership-awareness');
    expect(awareness?.progress).toMatchObject({ latest: 45, latestDate: '2027-03-01', progress: 25 / 60 });
  });

  it('collects every feedback way, with the audiences that can use it', () => {
    expect(brief.feedback.map((f) => f.channel)).toEqual([
      'Monthly executive digest',
      'Marketing slot in the exec staff meeting',
      'Weekly wins post in #sales-wins',
      'Launch readiness slot in the product demo',
      'Inside Marketing, the monthly newsletter',
    ]);
    expect(brief.feedback[0]?.audiences).toEqual(['Executive team', 'Regional sales managers']);
  });

  it('groups what each owner answers for', () => {
    expect(brief.owners[0]).toEqual({
      name: 'Dana Lee',
      plan: true,
      goals: ["Leadership can name marketing's top wins"],
      channels: ['Monthly executive digest', 'Marketing slot in the exec staff meeting', 'Success story in the CMO and CRO one-on-one'],
    });
    expect(brief.research).toHaveLength(4);
  });
});

describe('buildBrief for one audience', () => {
  const brief = buildBrief(new PlanModel(example), '2027-04-01', 'product-eng');

  it('keeps only what that audience will hear, and how it can answer back', () => {
    expect(brief.audience).toEqual({ id: 'product-eng', name: 'Product and engineering' });
    expect(brief.audiences.map((a) => a.id)).toEqual(['product-eng']);
    expect(brief.goals.map((g) => g.id)).toEqual(['launch-brief-lag']);
    expect(brief.feedback.map((f) => f.channel)).toEqual([
      'Launch readiness slot in the product demo',
      'Inside Marketing, the monthly newsletter',
    ]);
    expect(brief.feedback[1]?.audiences).toEqual(['Product and engineering']);
  });

  it('keeps the research behind its goals and the owners of its goals and channels', () => {
    expect(brief.research.map((r) => r.id)).toEqual(['pulse-2026-q4', 'competitor-enablement-2026']);
    expect(brief.owners.map((o) => o.name)).toEqual(['Dana Lee', 'Lena Vogel', 'Tom Becker']);
  });
});

describe('buildBrief on a minimal plan', () => {
  it('has empty lists and nulls, never undefined', async () => {
    const minimal = await readFile(new URL('../fixtures/brief/minimal.yaml', import.meta.url), 'utf8');
    const brief = buildBrief(new PlanModel(await planOf(minimal)), '2027-01-10');
    expect(brief).toMatchObject({ goals: [], research: [], feedback: [], owners: [], plan: { summary: null, owner: null } });
    expect(brief.audiences[0]?.channels[0]).toMatchObject({
      cadence: 'monthly on the first Friday',
      next: { date: '2027-02-05', time: null },
      owner: null,
    });
  });
});

describe('cadenceInWords', () => {
  it('reads every cadence form in words, with the time', () => {
    expect(cadenceInWords({ cadence: 'weekly on tuesday', time: '11:00' })).toBe('weekly on Tuesday at 11:00');
    expect(cadenceInWords({ cadence: 'once on 2027-02-03' })).toBe('once on 3 February 2027');
    expect(cadenceInWords({ cadence: 'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=FR;BYSETPOS=-1' })).toBe('every 2 months on the last Friday');
    expect(cadenceInWords({ cadence: 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE' })).toBe('every week on Monday, Wednesday');
    expect(cadenceInWords({ cadence: 'RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1' })).toBe('on a custom schedule');
  });
});
