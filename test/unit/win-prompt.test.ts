import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askWin, type WinContext } from '../../src/commands/win/ask-win.js';
import { inquirerPrompt } from '../../src/commands/init/inquirer-prompt.js';
import type { CheckboxQuestion, ChoicePrompt, InputQuestion } from '../../src/commands/init/prompt.js';
import { heraldError } from '../helpers/herald-error.js';

/**
 * A terminal's prompt, from a script: each entry answers the first question whose message
 * matches (used once). Typed answers go through the question's validate, as inquirer would;
 * a refused answer is recorded and the next one tried. Checkboxes answer with lists of ids.
 */
function scriptedPrompt(script: [RegExp, string | string[]][]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const shown: string[] = [];
  const take = (message: string): string | string[] => {
    asked.push(message);
    const index = script.findIndex(([pattern]) => pattern.test(message));
    if (index === -1) throw new Error(`No scripted answer for "${message}"`);
    const [entry] = script.splice(index, 1);
    return entry![1];
  };
  const prompt: ChoicePrompt = {
    input: (question: InputQuestion) => {
      if (question.hint !== undefined) shown.push(question.hint);
      for (;;) {
        const raw = take(question.message) as string;
        const answer = raw === '' ? (question.default ?? '') : raw;
        const verdict = question.validate?.(answer) ?? true;
        if (verdict === true) return Promise.resolve(answer);
        refused.push(verdict);
      }
    },
    select: (question) => Promise.resolve(take(question.message) as never),
    confirm: () => Promise.reject(new Error('win asks no yes/no question')),
    checkbox: <T extends string>(question: CheckboxQuestion<T>) => {
      shown.push(...question.choices.map((choice) => choice.name ?? choice.value));
      return Promise.resolve(take(question.message) as T[]);
    },
  };
  return { prompt, asked, refused, shown, left: script };
}

const PLAN: WinContext['plan'] = {
  goals: [
    { id: 'leadership-awareness', title: 'Leadership can name our wins' },
    { id: 'launch-brief-lag', title: 'Sales hears about launches within days' },
  ],
  audiences: [
    { id: 'leadership', name: 'Executive team' },
    { id: 'sales', name: 'Sales team' },
  ],
};

describe('herald win on a terminal', () => {
  it('asks every question in order, checks typed answers, and ticks goals and audiences from the plan', async () => {
    const { prompt, asked, refused, shown, left } = scriptedPrompt([
      [/^The win, in one line/, ''], // refused: empty
      [/^The win, in one line/, 'SSO: live for every customer'],
      [/^When did it happen/, '2027-02-30'], // refused: not a date
      [/^When did it happen/, ''], // the default: today
      [/^What was done/, 'Shipped Okta and Azure AD sign-on.'],
      [/^Why does it matter/, 'Enterprise deals asked for it.'],
      [/^What comes next/, 'Roll out to EU'],
      [/^By when/, '2027-04-01'],
      [/^Which goals/, ['leadership-awareness']],
      [/^Who should hear about it/, []],
      [/^How much does it matter/, 'high'],
      [/^A figure that shows it/, '4 deals'], // refused: no name=
      [/^A figure that shows it/, 'deals unblocked=4'],
      [/^Where can people check it/, 'https://crm.example.com/reports/sso'],
      [/^Who should be thanked/, 'Priya Shah, Tom Lee'],
    ]);
    const answers = await askWin({ prompt, flags: {}, plan: PLAN, today: '2027-03-15' });
    expect(left).toEqual([]);
    expect(asked).toHaveLength(15);
    expect(refused).toEqual([
      'Name the win in one line.',
      'Write a date that exists, as YYYY-MM-DD (e.g. 2027-03-31).',
      'Write it as name=value unit, e.g. pipeline=240000 USD or adoption=45%.',
    ]);
    expect(shown).toContain('leadership-awareness: Leadership can name our wins');
    expect(shown).toContain('sales: Sales team');
    expect(answers).toEqual({
      title: 'SSO: live for every customer',
      date: '2027-03-15',
      what: 'Shipped Okta and Azure AD sign-on.',
      why: 'Enterprise deals asked for it.',
      next: 'Roll out to EU',
      nextBy: '2027-04-01',
      impact: 'high',
      goals: ['leadership-awareness'],
      audiences: [],
      metric: { name: 'deals unblocked', value: 4 },
      evidence: 'https://crm.example.com/reports/sso',
      credit: ['Priya Shah', 'Tom Lee'],
    });
  });

  it('asks only what no flag answers; no date question without a next step', async () => {
    const { prompt, asked } = scriptedPrompt([
      [/^What was done/, ''],
      [/^Why does it matter/, ''],
      [/^What comes next/, ''],
      [/^Who should hear about it/, ['sales']],
      [/^A figure/, ''],
      [/^Where can people check it/, ''],
    ]);
    const answers = await askWin({
      prompt,
      flags: { title: 'Faster search', date: '2027-03-01', goal: ['launch-brief-lag'], impact: 'low', credit: ['Ana'] },
      plan: PLAN,
      today: '2027-03-15',
    });
    expect(asked.map((message) => message.split(' ')[0])).toEqual(['What', 'Why', 'What', 'Who', 'A', 'Where']);
    expect(answers).toMatchObject({ title: 'Faster search', date: '2027-03-01', goals: ['launch-brief-lag'], audiences: ['sales'] });
    expect(answers.next).toBeUndefined();
    expect(answers.credit).toEqual(['Ana']);
  });

  it('completes a candidate: its title and date are the defaults, its source shown above', async () => {
    const { prompt, shown } = scriptedPrompt([
      [/^The win/, ''],
      [/^When/, ''],
      [/^What was done/, ''],
      [/^Why/, ''],
      [/^What comes next/, ''],
      [/^Which goals/, []],
      [/^Who should hear/, []],
      [/^How much/, 'medium'],
      [/^A figure/, ''],
      [/^Where/, ''],
      [/^Who should be thanked/, ''],
    ]);
    const candidate = { title: 'Bulk export to CSV', date: '2027-02-01', source: 'a1b2c3d #31' };
    const answers = await askWin({ prompt, flags: {}, plan: PLAN, today: '2027-03-15', candidate });
    expect(shown[0]).toBe('from a1b2c3d #31');
    expect(answers).toMatchObject({ title: 'Bulk export to CSV', date: '2027-02-01', goals: [], credit: [] });
  });

  it('refuses flags the plan does not know (exit 1) and a --next-by without --next (exit 2)', async () => {
    const base = { prompt: null, plan: PLAN, today: '2027-03-15' };
    await expect(askWin({ ...base, flags: { title: 'X', audience: ['leadrship'] } })).rejects.toMatchObject(
      heraldError('unknown-id', { exitCode: 1, hint: 'Did you mean "leadership"?' }),
    );
    await expect(askWin({ ...base, flags: { title: 'X', nextBy: '2027-04-01' } })).rejects.toMatchObject(heraldError('missing-option'));
    await expect(askWin({ ...base, flags: { title: 'X', metric: 'lots' } })).rejects.toMatchObject(
      heraldError('bad-option-value', { exitCode: 2 }),
    );
    // Without a terminal, what no flag gives is left out.
    expect(await askWin({ ...base, flags: { title: 'X', goal: ['leadership-awareness,launch-brief-lag'] } })).toEqual({
      title: 'X',
      date: '2027-03-15',
      what: undefined,
      why: undefined,
      next: undefined,
      nextBy: undefined,
      impact: undefined,
      goals: ['leadership-awareness', 'launch-brief-lag'],
      audiences: [],
      metric: undefined,
      evidence: undefined,
      credit: [],
    });
  });

  it("ticks candidates in inquirer's checkbox", async () => {
    const { answer, events, getScreen } = await render(
      (config: { message: string }, context) =>
        inquirerPrompt({ input: context!.input!, output: context!.output! }).checkbox({
          message: config.message,
          choices: [
            { value: '0', name: '2027-02-01  Bulk export to CSV', description: 'a1b2c3d' },
            { value: '1', name: '2027-02-03  Dashboards load twice as fast', description: 'b2c3d4e #31' },
          ],
        }),
      { message: 'Which of these are wins worth telling?' },
    );
    expect(getScreen()).toContain('Bulk export to CSV');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['1']);
  });
});
