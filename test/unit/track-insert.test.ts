import { describe, expect, it } from 'vitest';
import { insertMeasurement, type NewMeasurement } from '../../src/core/track/insert-measurement.js';
import { yamlString } from '../../src/core/yaml/scalar.js';
import { checkInsertion } from '../../src/core/track/check-insertion.js';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

const MEASUREMENT: NewMeasurement = { goal: 'awareness', date: '2027-03-01', value: 52, note: 'Mid-quarter check-in' };

function insert(text: string, measurement: NewMeasurement = MEASUREMENT): string {
  const result = insertMeasurement(text, measurement);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/**
 * The lines of `after` that are not in `before`, checking that every line of `before` is still
 * there, byte for byte (a CR included) and in order: the diff of the two is only added lines.
 */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const added: string[] = [];
  let next = 0;
  for (const line of after.split('\n')) {
    if (next < old.length && line === old[next]) next += 1;
    else added.push(line);
  }
  expect(next, `line ${next + 1} of the original is missing or changed`).toBe(old.length);
  return added;
}

async function expectValidWith(text: string, value: number): Promise<void> {
  const result = await validateText(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.plan?.measurements?.some((m) => m.goal === 'awareness' && m.value === value)).toBe(true);
}

describe('insertMeasurement', () => {
  it('adds a flow entry after the last flow entry, in the same style', async () => {
    const after = insert(CLEAN_PLAN);
    expect(addedLines(CLEAN_PLAN, after)).toEqual(['  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }']);
    expect(after.endsWith('value: 45 }\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\n')).toBe(true);
    await expectValidWith(after, 52);
  });

  it('copies the spacing and key order of the entries already there', () => {
    const before = cleanPlanWith(
      '  - { goal: awareness, date: 2027-02-01, value: 45 }',
      '- {date: 2027-02-01, goal: awareness, value: 45}',
    );
    expect(addedLines(before, insert(before))).toEqual(['- {date: 2027-03-01, goal: awareness, value: 52, note: Mid-quarter check-in}']);
  });

  it('writes a block entry when the entries are block mappings', async () => {
    const before = cleanPlanWith(
      '  - { goal: awareness, date: 2027-02-01, value: 45 }',
      '    - goal: awareness\n      date: 2027-02-01\n      value: 45   # first survey\n      note: |\n        Two lines\n        of note\n\n',
    );
    const after = insert(before);
    expect(addedLines(before, after)).toEqual([
      '    - goal: awareness',
      '      date: 2027-03-01',
      '      value: 52',
      '      note: Mid-quarter check-in',
    ]);
    // Directly after the entry, before the blank line that followed it.
    expect(after).toContain('of note\n    - goal: awareness\n      date: 2027-03-01');
    await expectValidWith(after, 52);
  });

  it('keeps comments after the last entry after it, and adds the new entry before them', async () => {
    const before = `${CLEAN_PLAN}  # - { goal: awareness, date: 2027-02-15, value: 50 }   (not sure yet)\n\n# the end of the plan\n`;
    const after = insert(before);
    expect(addedLines(before, after)).toHaveLength(1);
    expect(after).toContain('value: 45 }\n  - { goal: awareness, date: 2027-03-01');
    await expectValidWith(after, 52);
  });

  it('keeps a comment on the last entry line with that entry', () => {
    const before = cleanPlanWith('value: 45 }', 'value: 45 }   # from the pulse survey');
    expect(insert(before)).toContain('# from the pulse survey\n  - { goal: awareness, date: 2027-03-01');
  });

  it('adds a section at the end when there is none, after a blank line', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, '');
    const after = insert(before);
    expect(after).toBe(
      before +
        '\n# measurements: progress on each goal over time, added by `herald track`.\n' +
        'measurements:\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\n',
    );
    await expectValidWith(after, 52);
  });

  it("adds only the key and the entry when the file already ends with the section's comment", async () => {
    const before = `${cleanPlanWith(/measurements:\n.*\n$/, '')}\n# measurements: progress on each goal over time, added by \`herald track\`.\n`;
    const after = insert(before);
    expect(addedLines(before, after)).toEqual([
      'measurements:',
      '  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }',
    ]);
    await expectValidWith(after, 52);
    // Another comment at the end is not the section's: the section brings its own.
    const other = `${before}# the end\n`;
    expect(insert(other)).toContain(
      '# the end\n\n# measurements: progress on each goal over time, added by `herald track`.\nmeasurements:\n',
    );
  });

  it('indents a new section like the plan indents its other lists', () => {
    const before = 'version: 1\nplan:\n  name: x\n  start: 2027-01-04\n  end: 2027-03-31\ngoals:\n- id: awareness\n  title: T\n';
    expect(insert(before)).toContain('\nmeasurements:\n- { goal: awareness');
  });

  it('handles a file without a final newline', async () => {
    const before = CLEAN_PLAN.slice(0, -1);
    const after = insert(before);
    expect(after).toBe(`${before}\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\n`);
    await expectValidWith(after, 52);
    const noSection = cleanPlanWith(/\nmeasurements:\n.*\n$/, '');
    expect(insert(noSection)).toMatch(/reports\/123\n\n# measurements: .*\nmeasurements:\n {2}- \{ goal: awareness/);
  });

  it('keeps CRLF line endings, and writes the new lines with them', async () => {
    const before = CLEAN_PLAN.replace(/\n/g, '\r\n');
    const after = insert(before);
    expect(addedLines(before, after)).toEqual(['  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\r']);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    await expectValidWith(after, 52);
  });

  it('gives `measurements: []` its first entry, rewriting only that line', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, 'measurements: []   # none yet\nrules:\n  goal-research: off\n');
    const after = insert(before);
    expect(after).toContain(
      'measurements:   # none yet\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\nrules:\n',
    );
    const changed = before.split('\n').filter((line) => !after.split('\n').includes(line));
    expect(changed).toEqual(['measurements: []   # none yet']);
    await expectValidWith(after, 52);
  });

  it('fills an empty `measurements:` after its indented comments', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, 'measurements:\n  # herald track adds entries here\n\n# end\n');
    const after = insert(before);
    expect(addedLines(before, after)).toHaveLength(1);
    expect(after).toContain('  # herald track adds entries here\n  - { goal: awareness');
    await expectValidWith(after, 52);
  });

  it('appends to a flow list, on the same line', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, 'measurements: [{goal: awareness, date: 2027-02-01, value: 45}]\n');
    const after = insert(before, { goal: 'awareness', date: '2027-03-01', value: 52 });
    expect(after).toContain(
      'measurements: [{goal: awareness, date: 2027-02-01, value: 45}, {goal: awareness, date: 2027-03-01, value: 52}]\n',
    );
    await expectValidWith(after, 52);
  });

  it('quotes a note that YAML would read otherwise', async () => {
    for (const note of ['Wins: Q1 #sales', 'a, b [c] {d}', 'yes', '42', ' padded ', '- dash', '"quoted"', 'line\nbreak', "it's 50%"]) {
      const after = insert(CLEAN_PLAN, { ...MEASUREMENT, note });
      const result = await validateText(after);
      expect(result.plan?.measurements?.at(-1)?.note, note).toBe(note);
    }
  });

  it('writes negative and fractional values that read back as numbers', async () => {
    for (const value of [-3, 0.25, 1e21, 1e-7]) {
      const result = await validateText(insert(CLEAN_PLAN, { ...MEASUREMENT, value }));
      expect(result.plan?.measurements?.at(-1)?.value).toBe(value);
    }
  });

  it('keeps `#` lines inside a block scalar that ends the last entry', async () => {
    const before = cleanPlanWith(
      '  - { goal: awareness, date: 2027-02-01, value: 45 }\n',
      '  - goal: awareness\n    date: 2027-02-01\n    value: 45\n    note: |\n      Survey\n      # not a comment\n\n  # a real comment\n',
    );
    const after = insert(before);
    expect(after).toContain('      # not a comment\n  - goal: awareness\n    date: 2027-03-01');
    expect((await validateText(after)).plan?.measurements?.[0]?.note).toBe('Survey\n# not a comment\n');
  });

  it('replaces an explicit null on the key line, keeping its comment', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, 'measurements: ~   # none yet\n');
    const after = insert(before);
    expect(
      after.endsWith('measurements:   # none yet\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\n'),
    ).toBe(true);
    await expectValidWith(after, 52);
  });

  it('appends to a flow list over several lines, with a trailing comma and quotes inside notes', async () => {
    const before = cleanPlanWith(
      /measurements:\n.*\n$/,
      "measurements: [\n  {goal: awareness, date: 2027-02-01, value: 45, note: it's fine},\n  {goal: awareness, date: 2027-02-15, value: 47, note: 'a ] b'},\n]\n",
    );
    const after = insert(before, { goal: 'awareness', date: '2027-03-01', value: 52 });
    expect(after).toContain("note: 'a ] b'}, {goal: awareness, date: 2027-03-01, value: 52}\n]\n");
    await expectValidWith(after, 52);
  });

  it('fills a `measurements:` that is the last line, without a newline', async () => {
    const before = cleanPlanWith(/measurements:\n.*\n$/, 'measurements:');
    const after = insert(before);
    expect(after.endsWith('measurements:\n  - { goal: awareness, date: 2027-03-01, value: 52, note: Mid-quarter check-in }\n')).toBe(true);
    await expectValidWith(after, 52);
  });

  it('refuses a plan whose top level is a flow mapping', () => {
    expect(insertMeasurement('{version: 1}\n', MEASUREMENT)).toMatchObject({ ok: false });
  });
});

describe('checkInsertion', () => {
  const entry = { goal: 'awareness', date: '2027-03-01', value: 52, note: 'Mid-quarter check-in' };

  it('accepts the plan plus exactly the new entry', async () => {
    const before = (await validateText(CLEAN_PLAN)).plan!;
    const check = checkInsertion(insert(CLEAN_PLAN), before, entry);
    expect(check.ok).toBe(true);
  });

  it('refuses a text that changed anything else, or has errors', async () => {
    const before = (await validateText(CLEAN_PLAN)).plan!;
    const changed = insert(CLEAN_PLAN).replace('Executive team', 'Executives');
    expect(checkInsertion(changed, before, entry)).toEqual({ ok: false, errors: [] });
    const broken = insert(CLEAN_PLAN).replace('goal: awareness, date: 2027-03-01', 'goal: awarenes, date: 2027-03-01');
    const check = checkInsertion(broken, before, entry);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.errors.map((e) => e.rule)).toEqual(['unknown-reference']);
  });
});

describe('yamlString', () => {
  it('leaves plain words plain and quotes the rest', () => {
    expect(yamlString('Mid-quarter check-in')).toBe('Mid-quarter check-in');
    expect(yamlString('Wins: Q1')).toBe('"Wins: Q1"');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('')).toBe('""');
  });
});

describe('insertMeasurement: responses', () => {
  it('writes `responses` before a note, in the style of the entries there, block entries included', () => {
    const withResponses: NewMeasurement = { ...MEASUREMENT, responses: 14 };
    const flow = cleanPlanWith(
      '{ goal: awareness, date: 2027-02-01, value: 45 }',
      '{ goal: awareness, date: 2027-02-01, value: 45, note: Pulse }',
    );
    expect(addedLines(flow, insert(flow, withResponses))).toEqual([
      '  - { goal: awareness, date: 2027-03-01, value: 52, responses: 14, note: Mid-quarter check-in }',
    ]);
    const block = cleanPlanWith(
      '  - { goal: awareness, date: 2027-02-01, value: 45 }',
      '  - goal: awareness\n    note: Pulse\n    date: 2027-02-01\n    value: 45',
    );
    expect(addedLines(block, insert(block, withResponses))).toEqual([
      '  - goal: awareness',
      '    responses: 14',
      '    note: Mid-quarter check-in',
      '    date: 2027-03-01',
      '    value: 52',
    ]);
  });
});

describe('insertMeasurement with the `...` document-end marker', () => {
  it('adds a new section before the marker, leaving what follows it', async () => {
    const before = `${CLEAN_PLAN.replace(/measurements:[\s\S]*$/, '')}...\n# notes after the plan\n`;
    const after = insert(before);
    expect(after.endsWith('\n...\n# notes after the plan\n')).toBe(true);
    expect(after.indexOf('measurements:')).toBeLessThan(after.indexOf('\n...\n'));
    await expectValidWith(after, 52);
  });

  it('adds a block entry before the marker', async () => {
    const block = `${CLEAN_PLAN.replace(/measurements:[\s\S]*$/, '')}measurements:\n  - goal: awareness\n    date: 2027-02-01\n    value: 40\n...\n`;
    const after = insert(block);
    expect(addedLines(block, after)).toEqual([
      '  - goal: awareness',
      '    date: 2027-03-01',
      '    value: 52',
      '    note: Mid-quarter check-in',
    ]);
    expect(after.endsWith('    note: Mid-quarter check-in\n...\n')).toBe(true);
    await expectValidWith(after, 52);
  });
});
