import { describe, expect, it } from 'vitest';
import { quarterOf, uniqueId, type InitAnswers } from '../../src/core/init/answers.js';
import { renderPlan } from '../../src/core/init/render-plan.js';
import { insertMeasurement } from '../../src/core/track/insert-measurement.js';
import { MEASUREMENTS_COMMENT } from '../../src/core/track/section-comment.js';
import { validateText } from '../helpers/validate-text.js';

const FULL: InitAnswers = {
  name: 'Platform visibility, H1 2027',
  organization: 'Acme Corp',
  owner: 'Dana Lee',
  start: '2027-01-04',
  end: '2027-06-30',
  timezone: 'Europe/Berlin',
  research: { title: 'Q4 pulse survey', type: 'survey' },
  goal: {
    title: 'Leadership can name our wins',
    metric: 'Executives who can name two wins',
    unit: '%',
    baseline: 20,
    target: 80,
    due: '2027-06-30',
  },
  audiences: [
    { name: 'Executive team', influence: 'high', interest: 'medium', channel: { type: 'email', cadence: 'every 2 weeks on monday' } },
    { name: 'Sales team', influence: 'medium', interest: 'high', channel: { type: 'slack', cadence: 'weekly on tuesday' } },
  ],
  feedback: 'Reply to the digest.',
};

async function errorsOf(text: string): Promise<string[]> {
  const result = await validateText(text, '2027-01-10');
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`);
}

describe('renderPlan', () => {
  it('writes a plan with no errors and no warnings from full answers', async () => {
    const text = renderPlan(FULL, { today: '2026-12-01' });
    const result = await validateText(text, '2027-01-10');
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.plan).toEqual({
      name: 'Platform visibility, H1 2027',
      organization: 'Acme Corp',
      owner: 'Dana Lee',
      start: '2027-01-04',
      end: '2027-06-30',
      timezone: 'Europe/Berlin',
    });
    expect(result.plan?.goals?.[0]).toMatchObject({
      id: 'leadership-can-name-our-wins',
      research: ['q4-pulse-survey'],
      audiences: ['executive-team', 'sales-team'],
    });
    expect(result.plan?.channels?.map((c) => [c.id, c.cadence, c.feedback])).toEqual([
      ['executive-team-email', 'every 2 weeks on monday', 'Reply to the digest.'],
      ['sales-team-slack', 'weekly on tuesday', 'Reply to the digest.'],
    ]);
    expect(result.plan?.audiences?.map((a) => [a.id, a.influence, a.interest, a.channels])).toEqual([
      ['executive-team', 'high', 'medium', ['executive-team-email']],
      ['sales-team', 'medium', 'high', ['sales-team-slack']],
    ]);
  });

  it('starts with the schema modeline and explains each section in a comment', () => {
    const text = renderPlan(FULL, { today: '2026-12-01' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(text).toContain('herald schema > plan.schema.json');
    for (const section of ['plan', 'research', 'goals', 'audiences', 'channels', 'highlights', 'measurements']) {
      expect(text, section).toMatch(new RegExp(`^# ${section}: .+`, 'm'));
    }
    // Each section's comment comes right before its key.
    expect(text).toMatch(/# feedback: .*\nchannels:\n/);
  });

  it('fits an 80-column editor: no comment line is longer', () => {
    for (const line of renderPlan(FULL, { today: '2026-12-01' })
      .split('\n')
      .filter((l) => l.trimStart().startsWith('#'))) {
      expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it("writes the summary and the goal's why, folded under their key when a line would pass 80 columns", async () => {
    const summary = "Make the platform team's work visible to the people who decide budgets and to the product managers who build on it.";
    const why = 'Leadership decides the platform budget in March, from what it knows of our work.';
    const text = renderPlan({ ...FULL, summary, goal: { ...FULL.goal, why } }, { today: '2026-12-01' });
    expect(text).toContain(
      "  summary: >-\n    Make the platform team's work visible to the people who decide budgets and\n    to the product managers who build on it.\n",
    );
    expect(text).toContain('    why: >-\n      Leadership decides the platform budget in March, from what it knows of our\n      work.\n');
    const result = await validateText(text, '2027-01-10');
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.plan.summary).toBe(summary);
    expect(result.plan?.goals?.[0]?.why).toBe(why);
    // Short, or text a fold could change, stays on the key's line.
    const short = renderPlan(
      { ...FULL, summary: 'Be seen.', goal: { ...FULL.goal, why: `Because: ${'x '.repeat(40)}#1` } },
      { today: '2026-12-01' },
    );
    expect(short).toContain('  summary: Be seen.\n');
    const odd = await validateText(short, '2027-01-10');
    expect(odd.plan?.goals?.[0]?.why).toBe(`Because: ${'x '.repeat(40)}#1`);
  });

  it('ends with the comment `herald track` writes above a new measurements section, so the first track adds only two lines', () => {
    const text = renderPlan(FULL, { today: '2026-12-01' });
    expect(text.endsWith(`\n${MEASUREMENTS_COMMENT}\n`)).toBe(true);
    expect(text).toContain('#   herald track leadership-can-name-our-wins <value>\n');
    const tracked = insertMeasurement(text, { goal: 'leadership-can-name-our-wins', date: '2027-01-11', value: 35 });
    expect(tracked).toEqual({
      ok: true,
      text: `${text}measurements:\n  - { goal: leadership-can-name-our-wins, date: 2027-01-11, value: 35 }\n`,
    });
  });

  it('keeps names with ": ", " #", quotes and commas exactly as typed', async () => {
    const odd = {
      ...FULL,
      name: 'Ops: the #1 team, "really"',
      owner: "O'Brien #ops",
      goal: { ...FULL.goal, title: '- starts with a dash: and [brackets]', unit: '#', metric: 'yes' },
      audiences: [{ ...FULL.audiences[0]!, name: 'true' }],
      feedback: 'Ask in #help: we answer',
    } satisfies InitAnswers;
    const result = await validateText(renderPlan(odd, { today: '2026-12-01' }), '2027-01-10');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan?.plan.name).toBe(odd.name);
    expect(result.plan?.plan.owner).toBe(odd.owner);
    expect(result.plan?.goals?.[0]?.title).toBe(odd.goal.title);
    expect(result.plan?.goals?.[0]?.unit).toBe('#');
    expect(result.plan?.goals?.[0]?.metric).toBe('yes');
    expect(result.plan?.audiences?.[0]?.name).toBe('true');
    expect(result.plan?.channels?.[0]?.feedback).toBe(odd.feedback);
  });

  it('writes the optional parts as comments when they are not given, still without errors', async () => {
    const minimal: InitAnswers = {
      name: 'Minimal',
      start: '2027-01-01',
      end: '2027-03-31',
      timezone: 'UTC',
      goal: { title: 'Leadership knows our top wins', due: '2027-03-31' },
      audiences: [FULL.audiences[0]!],
    };
    const text = renderPlan(minimal, { today: '2026-12-01' });
    expect(await errorsOf(text)).toEqual([]);
    expect(text).toContain('# research:\n#   - id: pulse-survey');
    expect(text).toContain('    # baseline: 0');
    expect(text).not.toMatch(/^\s*(organization|owner|feedback|research):/m);
  });

  it('gives audiences with the same name different ids', async () => {
    const twins = { ...FULL, audiences: [FULL.audiences[0]!, { ...FULL.audiences[1]!, name: 'Executive team' }] };
    const result = await validateText(renderPlan(twins, { today: '2026-12-01' }), '2027-01-10');
    expect(result.plan?.audiences?.map((a) => a.id)).toEqual(['executive-team', 'executive-team-2']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('makes ids from names that have no letters, and names that look like numbers', async () => {
    const numeric = {
      ...FULL,
      research: undefined,
      goal: { ...FULL.goal, title: '2027' },
      audiences: [{ ...FULL.audiences[0]!, name: '!!!' }],
    };
    const result = await validateText(renderPlan(numeric, { today: '2026-12-01' }), '2027-01-10');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan?.goals?.[0]?.id).toBe('2027');
    expect(result.plan?.audiences?.[0]?.id).toBe('leadership');
  });
});

describe('quarterOf', () => {
  it('is the calendar quarter of the day', () => {
    expect(quarterOf('2026-11-23')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: 'Q4 2026' });
    expect(quarterOf('2027-01-01')).toEqual({ start: '2027-01-01', end: '2027-03-31', label: 'Q1 2027' });
    expect(quarterOf('2028-06-30')).toEqual({ start: '2028-04-01', end: '2028-06-30', label: 'Q2 2028' });
    expect(quarterOf('2027-08-15')).toEqual({ start: '2027-07-01', end: '2027-09-30', label: 'Q3 2027' });
  });
});

describe('uniqueId', () => {
  it('keeps the first words of a long name and numbers repeats', () => {
    const taken = new Set<string>();
    expect(uniqueId('Leadership can name marketing’s top wins this year', 'goal', taken)).toBe('leadership-can-name-marketings');
    expect(uniqueId('Leadership can name marketing’s top wins this year', 'goal', taken)).toBe('leadership-can-name-marketings-2');
    expect(uniqueId('', 'goal', taken)).toBe('goal');
  });

  it('cuts a long name at a word boundary: whole words, at most 32 characters', () => {
    const id = (name: string): string => uniqueId(name, 'goal', new Set());
    // "platform-team" is one word: never half of it.
    expect(id('Leadership can name two platform-team wins')).toBe('leadership-can-name-two');
    expect(id('Leadership can name two platform wins')).toBe('leadership-can-name-two-platform');
    expect(id('Leadership can name our wins')).toBe('leadership-can-name-our-wins');
    for (const name of ['Product managers hear about every platform release on time', 'A b c d e f g h i j k l m n o p q r s t']) {
      const made = id(name);
      expect(made.length, made).toBeLessThanOrEqual(32);
      expect(name.toLowerCase().replace(/ /g, '-').startsWith(made), made).toBe(true);
    }
    // One word longer than the limit is cut at one of its own hyphens, or at 32.
    expect(id('Extraordinarily-long-compound-words-everywhere')).toBe('extraordinarily-long-compound');
    expect(id('x'.repeat(40))).toBe('x'.repeat(32));
  });
});
