import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { InitAnswers } from '../../src/core/init/answers.js';
import { renderPlan } from '../../src/core/init/render-plan.js';
import { HeraldError, InterruptedError } from '../../src/errors.js';
import { inquirerPrompt } from '../../src/commands/init/inquirer-prompt.js';
import { defaultsPrompt, type InputQuestion, type Prompt } from '../../src/commands/init/prompt.js';
import { askAudiences, askGoal, cadenceQuestion, runInitFlow, type InitFlags } from '../../src/commands/init/steps.js';
import { validateText } from '../helpers/validate-text.js';
import { heraldError } from '../helpers/herald-error.js';

/**
 * A prompt that answers from a script: each entry is matched against the question's message
 * (the first whose pattern matches, used once). Typed answers go through the question's
 * validate, as inquirer would do; a refused answer is recorded and the next one tried.
 */
function scriptedPrompt(script: [RegExp, string | boolean][]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const take = (message: string): string | boolean => {
    asked.push(message);
    const index = script.findIndex(([pattern]) => pattern.test(message));
    if (index === -1) throw new Error(`No scripted answer for "${message}"`);
    const [entry] = script.splice(index, 1);
    return entry![1];
  };
  const prompt: Prompt = {
    input: (question: InputQuestion) => {
      for (;;) {
        const raw = take(question.message);
        const answer = raw === '' ? (question.default ?? '') : String(raw);
        const verdict = question.validate?.(answer) ?? true;
        if (verdict === true) return Promise.resolve(answer);
        refused.push(verdict);
      }
    },
    select: (question) => Promise.resolve(take(question.message) as never),
    confirm: (question) => Promise.resolve(take(question.message) as boolean),
  };
  return { prompt, asked, refused, left: script };
}

const BASE = { today: '2026-11-23', systemTimeZone: 'Europe/Berlin' };

describe('the init flow', () => {
  it('asks every question, in order, and turns the answers into a plan without errors', async () => {
    const { prompt, asked, refused, left } = scriptedPrompt([
      [/^Name of the plan/, 'Platform: visibility #1'],
      [/^What is the plan for/, 'Make the platform team visible to the people who decide.'],
      [/^Organisation/, 'Acme Corp'],
      [/^Who owns/, 'Dana Lee'],
      [/^First day/, '2027-01-04'],
      [/^Last day/, '2027-02-30'], // refused: not a date
      [/^Last day/, '2027-06-30'],
      [/^Time zone/, 'Europe/Berln'], // refused, with a "did you mean"
      [/^Time zone/, ''], // the default: the system's
      [/^What research/, 'Q4 pulse survey'],
      [/^What kind of research/, 'interview'],
      [/^Your first goal/, 'Senior leaders can name what the platform team shipped'],
      [/^The goal's id/, 'Leaders name'], // refused: not a slug
      [/^The goal's id/, ''], // the suggestion
      [/^Why does it matter/, 'Budgets follow what leadership sees.'],
      [/^How is it measured/, ''],
      [/^Unit/, ''],
      [/^Where does it stand/, '20%'], // refused: a unit
      [/^Where does it stand/, '20'],
      [/^Where should it be/, '80'],
      [/^When is the target due/, '2027-07-15'], // refused: after the end
      [/^When is the target due/, ''],
      [/^Who are the decision-makers/, 'Executive team'],
      [/^How do you reach Executive team/, 'email'],
      [/^How often does Executive team/, 'weekly on tuseday'], // refused, with the grammar's hint
      [/^How often does Executive team/, 'monthly on the first tuesday'],
      [/^Keep "monthly on the first tuesday" anyway/, false], // 35 days without a touch: asked again
      [/^How often does Executive team/, 'monthly on the first monday'],
      [/^Keep "monthly on the first monday" anyway/, true], // 35 days too, and kept
      [/^At what time does Executive team/, '9:61'], // refused
      [/^At what time does Executive team/, ''],
      [/^Add another audience/, true],
      [/^Name of the audience/, 'Sales team'],
      [/^How much does Sales team decide/, 'medium'],
      [/^How much does Sales team already care/, 'high'],
      [/^How do you reach Sales team/, 'meeting'],
      [/^How often does Sales team/, 'weekly on tuesday'],
      [/^At what time does Sales team/, '16:30'],
      [/^How long does it last/, '45m'],
      [/^Add another audience/, false],
      [/^How can people answer back/, 'Reply in the thread'],
    ]);
    const answers = await runInitFlow({ ...BASE, prompt, flags: {}, answers: {} });
    expect(left).toEqual([]);
    expect(asked[0]).toMatch(/^Name of the plan/);
    expect(refused).toHaveLength(7);
    expect(refused[1]).toContain('Did you mean "Europe/Berlin"?');
    expect(refused[2]).toBe('Use lowercase letters, digits and dashes, e.g. leaders-name.');
    expect(refused[4]).toContain('on or before 2027-06-30');
    expect(refused[5]).toBe('"weekly on tuseday" is not a cadence Herald can read. Did you mean "weekly on tuesday"?');
    expect(refused[6]).toContain('00:00 to 23:59');
    expect(answers).toMatchObject({
      name: 'Platform: visibility #1',
      summary: 'Make the platform team visible to the people who decide.',
      timezone: 'Europe/Berlin',
      research: { title: 'Q4 pulse survey', type: 'interview' },
      goal: {
        id: 'senior-leaders-name',
        why: 'Budgets follow what leadership sees.',
        baseline: 20,
        target: 80,
        due: '2027-06-30',
        unit: '%',
      },
      feedback: 'Reply in the thread',
    });
    expect(answers.audiences.map((a) => [a.name, a.influence, a.interest, a.channel])).toEqual([
      ['Executive team', 'high', 'medium', { type: 'email', cadence: 'monthly on the first monday', time: '09:00', duration: undefined }],
      ['Sales team', 'medium', 'high', { type: 'meeting', cadence: 'weekly on tuesday', time: '16:30', duration: '45m' }],
    ]);
    const result = await validateText(renderPlan(answers, { today: BASE.today }), '2027-01-10');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan?.plan.name).toBe('Platform: visibility #1');
    expect(result.plan?.plan.summary).toBe('Make the platform team visible to the people who decide.');
    expect(result.plan?.goals?.[0]?.why).toBe('Budgets follow what leadership sees.');
    expect(result.plan?.goals?.[0]?.id).toBe('senior-leaders-name');
    expect(result.plan?.channels?.map((c) => [c.time, c.duration])).toEqual([
      ['09:00', undefined],
      ['16:30', '45m'],
    ]);
  });

  it('asks only what no flag answers', async () => {
    const flags: InitFlags = {
      name: 'Flagged',
      summary: 'Keep the board informed.',
      organization: '',
      owner: '',
      start: '2027-01-04',
      end: '2027-03-31',
      timezone: 'UTC',
      research: '',
      goal: 'Leadership knows',
      goalId: 'board-knows',
      why: '',
      metric: 'Share who know',
      unit: '%',
      baseline: '10',
      target: '50',
      due: '2027-03-31',
      decisionMakers: 'Board',
      channelType: 'meeting',
      cadence: 'every 2 weeks on thursday',
      time: '14:00',
      duration: '1h',
      audience: 'Engineers',
      influence: 'low',
      interest: 'medium',
      audienceChannelType: 'teams',
      audienceCadence: 'weekly on friday',
      audienceTime: 'all day',
    };
    const { prompt, asked } = scriptedPrompt([[/^How can people answer back/, 'Ask anytime']]);
    const answers = await runInitFlow({ ...BASE, prompt, flags, answers: {} });
    expect(asked).toEqual(['How can people answer back?']);
    expect(answers.audiences[1]).toEqual({
      name: 'Engineers',
      influence: 'low',
      interest: 'medium',
      channel: { type: 'teams', cadence: 'weekly on friday', time: undefined, duration: undefined },
    });
    expect(answers.audiences[0]?.channel).toEqual({ type: 'meeting', cadence: 'every 2 weeks on thursday', time: '14:00', duration: '1h' });
    expect(answers.goal.id).toBe('board-knows');
    expect(answers.organization).toBeUndefined();
    // --summary and --why answer their questions; an empty one leaves the field out.
    expect(answers.summary).toBe('Keep the board informed.');
    expect(answers.goal.why).toBeUndefined();
  });

  it('takes every default with --yes: the coming quarter, the system time zone, one audience', async () => {
    const answers = await runInitFlow({ ...BASE, prompt: defaultsPrompt, flags: {}, answers: {} });
    // On 23 November most of Q4 is past: the plan is for Q1.
    expect(answers).toMatchObject({ name: 'Team visibility, Q1 2027', start: '2027-01-01', end: '2027-03-31', timezone: 'Europe/Berlin' });
    expect(answers.research).toBeUndefined();
    expect(answers.summary).toBe('Make our work visible to those who decide.');
    expect(answers.goal).toEqual({
      id: 'leadership-knows-top-wins',
      title: 'Leadership knows our top wins',
      why: 'Budgets follow what leadership knows.',
      metric: 'Leaders who can name two of our recent wins',
      unit: '%',
      baseline: undefined,
      target: undefined,
      due: '2027-03-31',
    });
    expect(answers.audiences).toHaveLength(1);
    expect(answers.audiences[0]?.channel).toMatchObject({ type: 'email', time: '09:00', duration: undefined });
    const result = await validateText(renderPlan(answers, { today: BASE.today }), '2026-11-23');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // What `herald brief` needs for its purpose line and "why it matters".
    expect(result.plan?.plan.summary).toBe(answers.summary);
    expect(result.plan?.goals?.[0]?.why).toBe(answers.goal.why);
  });

  it('offers a why only for the default goal: a goal of your own starts with none', async () => {
    const own = await runInitFlow({ ...BASE, prompt: defaultsPrompt, flags: { goal: 'Engineers adopt the new CI' }, answers: {} });
    expect(own.goal.why).toBeUndefined();
    const flagged = await runInitFlow({ ...BASE, prompt: defaultsPrompt, flags: { why: 'CI time is money.', summary: '' }, answers: {} });
    expect(flagged.goal.why).toBe('CI time is money.');
    expect(flagged.summary).toBeUndefined();
    // Each question and its suggestion fit one line of 80 columns, so a terminal never wraps them mid-word.
    const shown: string[] = [];
    const recording: Prompt = { ...defaultsPrompt, input: (q) => (shown.push(`? ${q.message} (${q.default})`), defaultsPrompt.input(q)) };
    await runInitFlow({ ...BASE, prompt: recording, flags: {}, answers: {} });
    const lines = shown.filter((l) => /^\? (What is the plan for|Why does it matter|How often)/.test(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('refuses a bad flag with exit 2 and the message a prompt would show', async () => {
    const run = (flags: InitFlags) => runInitFlow({ ...BASE, prompt: defaultsPrompt, flags, answers: {} });
    await expect(run({ cadence: 'fortnightly' })).rejects.toThrow(
      /--cadence "fortnightly": "fortnightly" is not a cadence .* "every 2 weeks"/,
    );
    await expect(run({ channelType: 'mail' })).rejects.toThrow(/--channel-type "mail": .*did you mean email\?/);
    await expect(run({ start: '2027-01-10', end: '2027-01-01' })).rejects.toThrow(/--end "2027-01-01": It must be on or after 2027-01-10/);
    const error = await run({ baseline: 'twenty' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeraldError);
    expect(error).toMatchObject(heraldError('bad-option-value', { exitCode: 2 }));
  });

  it('runs a step on its own, with only the context it needs', async () => {
    const answers = { start: '2027-01-01', end: '2027-01-31' };
    const { prompt } = scriptedPrompt([
      [/goal/, 'Ship it'],
      [/id/, ''],
      [/Why/, ''],
      [/measured/, ''],
      [/Unit/, 'days'],
      [/stand today/, '42'],
      [/be by the due date/, '10'],
      [/due/, '2027-01-20'],
    ]);
    await askGoal({ prompt, flags: {}, answers });
    expect(answers).toMatchObject({ goal: { id: 'ship-it', title: 'Ship it', unit: 'days', baseline: 42, target: 10, due: '2027-01-20' } });
  });

  it('stops offering more audiences after eight', async () => {
    const prompt: Prompt = { ...defaultsPrompt, confirm: () => Promise.resolve(true), input: (q) => Promise.resolve(q.default ?? 'Team') };
    const answers: Partial<InitAnswers> = {};
    await askAudiences({ prompt, flags: {}, answers });
    expect(answers.audiences).toHaveLength(8);
  });
});

describe('the real prompts (@inquirer/testing)', () => {
  it('shows the cadence grammar message as the cadence is typed, and accepts a valid one', async () => {
    const question = cadenceQuestion('Executive team', 'every 2 weeks on monday');
    // The question and its default fit one line of 80 columns; the examples go in the hint line.
    expect(`? ${question.message} (${question.default})`.length).toBeLessThanOrEqual(80);
    expect(`  ${question.hint}`.length).toBeLessThanOrEqual(80);
    const { answer, events, getScreen, getFullOutput, nextRender } = await render(
      (config: InputQuestion, context) => inquirerPrompt({ input: context!.input!, output: context!.output! }).input(config),
      question,
    );
    expect(getScreen()).toContain('How often does Executive team hear from you? (every 2 weeks on monday)');
    expect(await getFullOutput()).toContain('e.g. "weekly on tuesday", "monthly on the first monday"');
    events.type('every blue moon');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('"every blue moon" is not a cadence Herald can read. Write a cadence such as "daily"');
    for (let i = 0; i < 'every blue moon'.length; i += 1) events.keypress('backspace');
    events.type('weekly on tuesday');
    events.keypress('enter');
    await expect(answer).resolves.toBe('weekly on tuesday');
  });

  it('turns Ctrl-C into an InterruptedError (exit 130, nothing written)', async () => {
    const { answer, events } = await render(
      (config: InputQuestion, context) => inquirerPrompt({ input: context!.input!, output: context!.output! }).input(config),
      { message: 'Name of the plan', default: 'x' },
    );
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(InterruptedError);
  });

  it('passes choices and the default to a select', async () => {
    const { answer, events, getScreen } = await render(
      (config: { message: string }, context) =>
        inquirerPrompt({ input: context!.input!, output: context!.output! }).select({
          message: config.message,
          choices: [{ value: 'email' }, { value: 'slack' }],
          default: 'slack',
        }),
      { message: 'How do you reach Executive team?' },
    );
    expect(getScreen()).toContain('slack');
    events.keypress('enter');
    await expect(answer).resolves.toBe('slack');
  });
});

describe('the questions', () => {
  it('fit an 80-column terminal as inquirer shows them: "? question (default)" and the hint line above', async () => {
    const shown: string[] = [];
    const recording: Prompt = {
      input: (question) => {
        if (question.hint !== undefined) shown.push(`  ${question.hint}`);
        shown.push(`? ${question.message}${question.default ? ` (${question.default})` : ''}`);
        return defaultsPrompt.input(question);
      },
      select: (question) => {
        shown.push(`? ${question.message}`, ...question.choices.map((choice) => `❯ ${choice.name ?? choice.value}`));
        return defaultsPrompt.select(question);
      },
      confirm: (question) => {
        shown.push(`? ${question.message} (Y/n)`);
        return defaultsPrompt.confirm(question);
      },
    };
    await runInitFlow({ prompt: recording, flags: {}, answers: {}, ...BASE });
    expect(shown.length).toBeGreaterThan(15);
    for (const line of shown) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
