import { render } from '@inquirer/testing';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { defaultPeriod, suggestGoalId } from '../../src/core/init/answers.js';
import { CHANNEL_TYPES } from '../../src/core/plan/formats.js';
import { inquirerPrompt } from '../../src/commands/init/inquirer-prompt.js';
import { defaultsPrompt, type ConfirmQuestion, type InputQuestion, type Prompt } from '../../src/commands/init/prompt.js';
import { question } from '../../src/commands/init/ask.js';
import { INIT_QUESTIONS, initFlag, initFlagHelp, type InitFlags, type QuestionKey } from '../../src/commands/init/questions.js';
import { askAudiences, runInitFlow } from '../../src/commands/init/steps.js';
import { buildProgram } from '../../src/program.js';

const BASE = { today: '2026-11-23', systemTimeZone: 'Europe/Berlin' };

/** Every input question as a terminal shows it: "? message (default)". */
async function shownQuestions(): Promise<string[]> {
  const shown: string[] = [];
  const recording: Prompt = {
    ...defaultsPrompt,
    input: (question) => {
      shown.push(`? ${question.message}${question.default ? ` (${question.default})` : ''}`);
      return defaultsPrompt.input(question);
    },
  };
  await runInitFlow({ ...BASE, prompt: recording, flags: {}, answers: {} });
  return shown;
}

describe('init, as a newcomer meets it (issue 17)', () => {
  it('defaults to the next quarter once the current one is mostly past', () => {
    // On 2 December the default was "Q4 2026", starting 1 October, two months in the past.
    expect(defaultPeriod('2026-12-02')).toEqual({ start: '2027-01-01', end: '2027-03-31', label: 'Q1 2027' });
    expect(defaultPeriod('2026-10-20')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: 'Q4 2026' });
    expect(defaultPeriod('2027-02-14')).toMatchObject({ label: 'Q1 2027' });
    expect(defaultPeriod('2027-02-16')).toMatchObject({ label: 'Q2 2027' });
  });

  it('suggests a short goal id, never cut mid-phrase, and asks for it', async () => {
    // It was senior-leaders-can-name-what-the, and the user was never asked.
    expect(suggestGoalId('Senior leaders can name what the platform team shipped')).toBe('senior-leaders-name');
    expect(suggestGoalId('Leadership knows our top wins')).toBe('leadership-knows-top-wins');
    expect(suggestGoalId('Cut onboarding time from 10 days to 3')).toBe('cut-onboarding-time');
    expect(suggestGoalId('¿¡!?')).toBe('goal');
    const asked: string[] = [];
    const prompt: Prompt = { ...defaultsPrompt, input: (q) => (asked.push(`${q.message} (${q.default})`), defaultsPrompt.input(q)) };
    await runInitFlow({ ...BASE, prompt, flags: { goal: 'Senior leaders can name what the platform team shipped' }, answers: {} });
    expect(asked).toContain("The goal's id, for `herald track` (senior-leaders-name)");
  });

  it('shows one set of parentheses per question: "(optional)" only where no suggestion shows', async () => {
    const shown = await shownQuestions();
    expect(shown).toContain('? What is the plan for? (Make our work visible to those who decide.)');
    expect(shown).toContain('? Organisation (optional)');
    for (const line of shown) expect(line, line).not.toMatch(/\)[^(]*\(/);
  });

  it('asks for the time of every channel, and the length of a meeting', async () => {
    const shown = await shownQuestions();
    expect(shown).toContain('? At what time does Leadership team hear from you? (09:00)');
    const answers = await runInitFlow({ ...BASE, prompt: defaultsPrompt, flags: { channelType: 'one-on-one' }, answers: {} });
    expect(answers.audiences[0]?.channel).toMatchObject({ time: '10:00', duration: '30m' });
  });

  it('warns at the cadence question when decision-makers would go unheard for more than 30 days', async () => {
    const confirms: ConfirmQuestion[] = [];
    const cadences = ['monthly on the first tuesday', 'every 2 weeks on tuesday'];
    const prompt: Prompt = {
      ...defaultsPrompt,
      input: (q: InputQuestion) => Promise.resolve(q.message.startsWith('How often') ? (cadences.shift() ?? '') : (q.default ?? '')),
      confirm: (q) => (confirms.push(q), Promise.resolve(false)),
    };
    const answers = { start: '2027-01-04', end: '2027-06-30' };
    await askAudiences({ prompt, flags: {}, answers });
    expect(confirms[0]?.message).toBe('Keep "monthly on the first tuesday" anyway?');
    expect(confirms[0]?.hint).toBe(
      'Leadership team would hear nothing for 35 days (2027-03-02 to 2027-04-06):\n' +
        'decision-makers should hear from you at least every 30 days.',
    );
    expect(answers).toMatchObject({ audiences: [{ channel: { cadence: 'every 2 weeks on tuesday' } }] });
    // Only "Add another audience?" followed: the fortnightly cadence needed no warning.
    expect(confirms.map((q) => q.message)).toEqual(['Keep "monthly on the first tuesday" anyway?', expect.stringMatching(/^Add another/)]);
  });

  it('shows all ten channel types at once', async () => {
    const { answer, events, getScreen } = await render(
      (config: { message: string }, context) =>
        inquirerPrompt({ input: context!.input!, output: context!.output! }).select({
          message: config.message,
          choices: CHANNEL_TYPES.map((value) => ({ value })),
          default: 'email',
        }),
      { message: 'How do you reach Leadership team?' },
    );
    for (const type of CHANNEL_TYPES) expect(getScreen()).toMatch(new RegExp(`^.{0,4}${type}$`, 'm'));
    events.keypress('enter');
    await expect(answer).resolves.toBe('email');
  });

  it('declares a flag for every question of the table, and a question for every answer flag', () => {
    const program = buildProgram({} as never, () => undefined);
    const init = program.commands.find((command: Command) => command.name() === 'init');
    const flags = (init?.options ?? []).map((option) => option.long);
    for (const key of Object.keys(INIT_QUESTIONS) as QuestionKey[]) expect(flags).toContain(initFlag(key).split(' ')[0]);
    // --format is hidden: it is there only to say that init has none (-f is --format everywhere).
    expect(flags.filter((flag) => !['--yes', '--force', '--format'].includes(flag ?? ''))).toHaveLength(Object.keys(INIT_QUESTIONS).length);
  });
});

describe('the question table (questions.ts), which the flags, the steps and the checks read', () => {
  it('has every question asked by the steps: no flag is accepted and then ignored', async () => {
    // Required: a new question fails to compile here until it is given a value.
    const every: Required<InitFlags> = {
      name: 'Platform team',
      summary: 'Show our work',
      organization: 'Example Corp',
      owner: 'Dana Lee',
      start: '2027-01-04',
      end: '2027-03-31',
      timezone: 'Europe/Berlin',
      research: 'Q4 pulse survey',
      researchType: 'survey',
      goal: 'Leaders know our wins',
      goalId: 'leaders-know-wins',
      why: 'Budgets follow',
      metric: 'Leaders who can name a win',
      unit: '%',
      baseline: '20',
      target: '80',
      due: '2027-03-31',
      decisionMakers: 'Leadership team',
      channelType: 'meeting',
      cadence: 'weekly on monday',
      time: '10:00',
      duration: '30m',
      audience: 'Sales team',
      influence: 'medium',
      interest: 'high',
      audienceChannelType: 'slack',
      audienceCadence: 'weekly on tuesday',
      audienceTime: '09:00',
      audienceDuration: '15m',
      feedback: 'Reply to any update',
    };
    const read = new Set<string>();
    const flags = new Proxy(every, { get: (target, key) => (read.add(String(key)), Reflect.get(target, key) as unknown) });
    const noPrompt: Prompt = {
      input: (q) => Promise.reject(new Error(`asked "${q.message}" although every flag was given`)),
      select: (q) => Promise.reject(new Error(`asked "${q.message}" although every flag was given`)),
      confirm: (q) => Promise.reject(new Error(`asked "${q.message}" although every flag was given`)),
    };
    await runInitFlow({ ...BASE, prompt: noPrompt, flags, answers: {} });
    expect([...read].filter((key) => key in INIT_QUESTIONS).sort()).toEqual(Object.keys(INIT_QUESTIONS).sort());
  });

  it("has every default pass its question's own check", () => {
    const withDefault = (Object.keys(INIT_QUESTIONS) as QuestionKey[]).filter((key) => 'default' in INIT_QUESTIONS[key]);
    expect(withDefault.length).toBeGreaterThan(10);
    for (const key of withDefault) {
      const shown = question(key);
      expect(shown.validate?.(shown.default ?? '') ?? true, key).toBe(true);
    }
  });

  it('fills the defaults and values into the help of each flag', () => {
    for (const key of Object.keys(INIT_QUESTIONS) as QuestionKey[]) expect(initFlagHelp(key), key).not.toMatch(/[{}]/);
    expect(initFlagHelp('influence')).toBe("that audience's influence: high | medium | low (default: medium)");
    expect(initFlag('goalId')).toBe('--goal-id <id>');
  });
});

describe('optional answers', () => {
  it('are left out with "-" where Enter would take the suggestion', async () => {
    const prompt: Prompt = {
      ...defaultsPrompt,
      input: (q) => {
        const answer = /^(What is the plan for|How is it measured|Unit)/.test(q.message) ? '-' : (q.default ?? '');
        expect(q.validate?.(answer) ?? true, q.message).toBe(true);
        return Promise.resolve(answer);
      },
    };
    const answers = await runInitFlow({ ...BASE, prompt, flags: {}, answers: {} });
    expect(answers.summary).toBeUndefined();
    expect(answers.goal.metric).toBeUndefined();
    expect(answers.goal.unit).toBeUndefined();
  });
});
