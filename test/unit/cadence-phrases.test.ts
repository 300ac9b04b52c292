import { describe, expect, it } from 'vitest';
import { parseCadence } from '../../src/core/cadence/cadence.js';
import { checkCadence } from '../../src/core/init/check-answer.js';

function refusal(text: string): { message: string; hint: string } {
  const parsed = parseCadence(text);
  if (parsed.ok) throw new Error(`${text} was read as a cadence`);
  return parsed;
}

describe('natural cadence phrases', () => {
  it('"once a month" suggests "monthly" and says which day, not "on which date?"', () => {
    const { message, hint } = refusal('once a month');
    expect(message).toBe('"once a month" is not a cadence Herald can read');
    expect(hint).toContain('Write "monthly"');
    expect(hint).toContain('"monthly on the first monday"');
    expect(`${message} ${hint}`).not.toContain('on which date');
    expect(checkCadence('once a month')).not.toContain('?.');
    expect(refusal('Once per month').hint).toContain('"monthly"');
  });

  it('"twice a month" says which days are needed and shows the rules for it', () => {
    const { message, hint } = refusal('twice a month');
    expect(message).toBe('"twice a month" is not a cadence Herald can read: Herald needs to know which days');
    expect(hint).toContain('"every 2 weeks on tuesday"');
    expect(hint).toContain('"RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU"');
    for (const form of ['RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15', 'every 2 weeks on tuesday']) {
      expect(parseCadence(form).ok, form).toBe(true);
    }
    expect(refusal('bimonthly').message).toContain('every two months to some');
  });

  it('"first tuesday of the month" suggests "monthly on the first tuesday"', () => {
    expect(refusal('first tuesday of the month').hint).toBe('Did you mean "monthly on the first tuesday"?');
    expect(refusal('the last Friday of each quarter').hint).toBe('Did you mean "quarterly on the last friday"?');
    expect(refusal('on the 2nd wed of every month').hint).toBe('Did you mean "monthly on the second wednesday"?');
    expect(parseCadence('monthly on the first tuesday').ok).toBe(true);
  });

  it('other common phrases get the form they mean', () => {
    expect(refusal('once a week').hint).toContain('"weekly on tuesday"');
    expect(refusal('once a quarter').hint).toContain('"quarterly"');
    expect(refusal('every working day').hint).toContain('"daily"');
    expect(refusal('twice a week').hint).toContain('"RRULE:FREQ=WEEKLY;BYDAY=TU,TH"');
    expect(refusal('once a year').hint).toContain('FREQ=YEARLY');
  });

  it('reads "every weekday", "every other tuesday" and "bi-weekly on monday" as they are documented', () => {
    expect(parseCadence('every weekday')).toEqual({ ok: true, cadence: { kind: 'daily' } });
    expect(parseCadence('every other tuesday')).toEqual({ ok: true, cadence: { kind: 'weekly', interval: 2, weekday: 2 } });
    expect(parseCadence('bi-weekly on monday')).toEqual({ ok: true, cadence: { kind: 'weekly', interval: 2, weekday: 1 } });
  });

  it('has no "?." in the init answer check', () => {
    expect(checkCadence('once')).toBe(
      '"once" is not a cadence Herald can read: on which date? Write the date as YYYY-MM-DD, e.g. "once on 2027-02-03".',
    );
  });
});

describe("the README's cadence table", () => {
  it('reads every form and example it lists', () => {
    const forms = [
      'daily',
      'every weekday',
      'weekly',
      'every week',
      'weekly on tuesday',
      'every week on friday',
      'every monday',
      'every 2 weeks',
      'every 2 weeks on thursday',
      'biweekly',
      'bi-weekly on monday',
      'every other week',
      'every other week on wednesday',
      'every other tuesday',
      'monthly',
      'every month',
      'every 1 month',
      'monthly on the first monday',
      'monthly on the last friday',
      'monthly on day 15',
      'quarterly',
      'every quarter',
      'every 3 months',
      'quarterly on the last friday',
      'quarterly on day 15',
      'once on 2027-02-03',
      'RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU',
      'weekly on mondays',
      'weekly on mon',
      'weekly on tues',
      'weekly on weds',
      'weekly on thu',
      'weekly on thurs',
      'RRULE:FREQ=WEEKLY;BYDAY=TU,TH',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1',
    ];
    for (const form of forms) expect(parseCadence(form).ok, form).toBe(true);
  });
});
