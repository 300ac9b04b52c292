import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CADENCE_PATTERN } from '../../src/core/cadence/schema-pattern.js';
import { CADENCE_FORMS, parseCadence } from '../../src/core/cadence/cadence.js';
import { isIsoDate } from '../../src/core/time/dates.js';
import planSchema from '../../src/core/plan/generated/plan-schema.json' with { type: 'json' };
import { EXACT_DATE_PATTERN, EXACT_TIME_PATTERN } from '../../src/core/plan/formats.js';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

/**
 * The printed schema, checked by an independent validator (ajv compiling it afresh, as an
 * editor's language server would; not the validator the build generated for `validate`).
 */
const validateWithSchema = new Ajv({ allErrors: true, strict: true }).compile(planSchema);
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schemaErrors = (text: string): string[] => {
  const valid = validateWithSchema(load(text, { schema: CORE_SCHEMA }));
  return valid ? [] : (validateWithSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

describe('the printed schema is as strict as validate (issue 17)', () => {
  it('accepts every plan validate accepts: the examples and the test fixtures', async () => {
    for (const path of [
      'examples/herald.yaml',
      'examples/warnings.yaml',
      'test/fixtures/brief/minimal.yaml',
      'test/fixtures/generate/all-channels.yaml',
      'test/fixtures/generate/minimal.yaml',
      'test/fixtures/report/deploy.yaml',
      'test/fixtures/schedule/berlin-dst.yaml',
      'test/fixtures/schedule/chicago-dst.yaml',
      'test/fixtures/track/commented-plan.yaml',
      'test/fixtures/brief/hostile.yaml',
    ]) {
      const text = read(path);
      const errors = (await validateText(text)).diagnostics.filter((d) => d.severity === 'error');
      expect(errors, path).toEqual([]);
      expect(schemaErrors(text), path).toEqual([]);
    }
  });

  // Each one passed the schema silently while validate rejected it; validate keeps its own, finer message.
  const mistakes: [what: string, from: string, to: string, rule: string, message: RegExp][] = [
    ['time: "25:61"', 'time: "09:00"', 'time: "25:61"', 'invalid-time', /time "25:61", which is not a time of day/],
    ['2027-02-30', 'end: 2027-03-31', 'end: 2027-02-30', 'invalid-date', /is 2027-02-30, which is not a real date/],
    [
      'timezone: Mars/Olympus_Mons',
      'timezone: Europe/Berlin',
      'timezone: Mars/Olympus_Mons',
      'timezone',
      /Unknown time zone "Mars\/Olympus_Mons"/,
    ],
    [
      'cadence: twice a month',
      'cadence: weekly on monday',
      'cadence: twice a month',
      'cadence',
      /"twice a month" is not a cadence Herald can read/,
    ],
    ['cadence: once on 2027-02-30', 'cadence: weekly on monday', 'cadence: once on 2027-02-30', 'cadence', /2027-02-30 is not a real date/],
  ];
  for (const [what, from, to, rule, message] of mistakes) {
    it(`flags ${what} in the editor, and validate explains it`, async () => {
      const text = cleanPlanWith(from, to);
      expect(schemaErrors(CLEAN_PLAN)).toEqual([]);
      expect(schemaErrors(text).length, what).toBeGreaterThan(0);
      const found = (await validateText(text)).diagnostics.filter((d) => d.severity === 'error');
      expect(found.map((d) => d.rule)).toContain(rule);
      expect(found.map((d) => d.message).join('\n')).toMatch(message);
    });
  }

  it('has a date pattern that is isIsoDate, day by day from 1900 to 2400', () => {
    const pattern = new RegExp(EXACT_DATE_PATTERN);
    const wrong: string[] = [];
    for (let year = 1900; year <= 2400; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (pattern.test(date) !== isIsoDate(date)) wrong.push(date);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(pattern.test('2027-02-30')).toBe(false);
    expect(pattern.test('2028-02-29')).toBe(true);
    expect(pattern.test('2100-02-29')).toBe(false);
  });

  it('has a time pattern from 00:00 to 23:59', () => {
    const pattern = new RegExp(EXACT_TIME_PATTERN);
    expect(['00:00', '09:30', '23:59'].every((time) => pattern.test(time))).toBe(true);
    expect(['24:00', '25:61', '9:30', '12:60', '12:5'].some((time) => pattern.test(time))).toBe(false);
  });

  it('has a cadence pattern that accepts exactly what the grammar reads, in any case and spacing', () => {
    const pattern = new RegExp(CADENCE_PATTERN);
    const heads = ['daily', 'weekly', 'biweekly', 'bi-weekly', 'monthly', 'quarterly', 'once', 'fortnightly', 'every', 'every other'];
    const middles = [
      '',
      'week',
      'weeks',
      'month',
      'months',
      'quarter',
      'quarters',
      'tuesday',
      'thurs',
      'weekday',
      'weekdays',
      'day',
      '2',
      '3',
    ];
    const counts = ['', '0', '1', '2 weeks', '3 months', '2 months', '520 weeks', '521 weeks', '02 weeks', '+2 weeks', 'two weeks'];
    const tails = [
      '',
      'on tuesday',
      'on tue',
      'on weds',
      'on tuseday',
      'on the first monday',
      'on the last fri',
      'on the fifth monday',
      'on day 15',
      'on day 031',
      'on day 32',
      'on day 0',
      'on 2027-02-03',
      'on 2027-02-30',
      'on 2028-02-29',
      'at 09:00',
      'on tuesday and thursday',
    ];
    const phrases = new Set<string>([...CADENCE_FORMS, 'twice a month', 'first tuesday of the month', 'once a month', 'every weekday']);
    for (const head of heads)
      for (const middle of [...middles, ...counts]) for (const tail of tails) phrases.add([head, middle, tail].filter(Boolean).join(' '));
    let accepted = 0;
    for (const phrase of phrases) {
      for (const variant of [phrase, phrase.toUpperCase(), `  ${phrase.replace(/ /g, '   ')} `]) {
        const ok = parseCadence(variant).ok;
        if (ok) accepted += 1;
        expect(pattern.test(variant), JSON.stringify(variant)).toBe(ok);
      }
    }
    expect(accepted).toBeGreaterThan(200);
    // An RFC 5545 rule is taken on its shape: validate checks its parts.
    expect(pattern.test('RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1')).toBe(true);
    expect(pattern.test('rrule:freq=weekly')).toBe(true);
    expect(pattern.test('FREQ=WEEKLY')).toBe(false);
  });

  it('lists the zone names for completion, UTC first', () => {
    const timezone = planSchema.properties.plan.properties.timezone as { enum?: string[] };
    expect(timezone.enum?.[0]).toBe('UTC');
    expect(timezone.enum).toContain('Europe/Berlin');
    expect(timezone.enum).not.toContain('PST');
  });

  it('describes every key and every kind of entry, without typos', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string): void => {
      if (node.type === 'object' && typeof node.description !== 'string') missing.push(path);
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string') missing.push(`${path}/${key}`);
        walk(child, `${path}/${key}`);
      }
      if (node.items !== undefined) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(planSchema, '');
    expect(missing).toEqual([]);
    expect(JSON.stringify(planSchema)).not.toContain('entrys');
    expect(planSchema.properties.research.items.properties.id.description).toContain('unique among research entries');
  });
});
