import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { MAX_DEPTH, mayHoldAnchors, readYaml } from '../../src/core/yaml/read-yaml.js';
import { listSyntaxErrors } from '../../src/core/yaml/syntax-errors.js';
import { packSourceTree, unpackSourceTree } from '../../src/core/yaml/source-map.js';

function positionOf(text: string, path: Array<string | number>, at: 'key' | 'value' = 'value') {
  const result = readYaml(text);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.findings)}`);
  return result.positions.locate(path, at);
}

/** Every syntax error, as validate lists them. */
async function syntaxErrorsOf(text: string) {
  const result = readYaml(text);
  if (result.ok || result.syntaxError === undefined) throw new Error('expected a syntax error');
  return listSyntaxErrors(text, result.syntaxError);
}

const PLAN = `# a comment
version: 1
plan:
  name: Big   # trailing comment
  start:
  end: 2027-12-31
goals:
  - id: g1
    audiences: [ aud-1,   aud-2 ]
    metric: { name: pipeline, value: 3 }
  - "quoted": x
    'single': |
      multi
      line
    anchored: &shared [1, 2]
    aliased: *shared
`;

describe('readYaml positions', () => {
  it('places block mapping values and keys', () => {
    expect(positionOf(PLAN, ['version'])).toEqual({ line: 2, column: 10 });
    expect(positionOf(PLAN, ['version'], 'key')).toEqual({ line: 2, column: 1 });
    expect(positionOf(PLAN, ['plan', 'name'])).toEqual({ line: 4, column: 9 });
    expect(positionOf(PLAN, ['plan', 'end'])).toEqual({ line: 6, column: 8 });
  });

  it('places an empty value right after its key', () => {
    expect(positionOf(PLAN, ['plan', 'start'])).toEqual({ line: 5, column: 9 });
  });

  it('places items of flow lists and flow mappings', () => {
    expect(positionOf(PLAN, ['goals', 0, 'audiences', 0])).toEqual({ line: 9, column: 18 });
    expect(positionOf(PLAN, ['goals', 0, 'audiences', 1])).toEqual({ line: 9, column: 27 });
    expect(positionOf(PLAN, ['goals', 0, 'metric', 'value'])).toEqual({ line: 10, column: 38 });
    expect(positionOf(PLAN, ['goals', 0, 'metric', 'value'], 'key')).toEqual({ line: 10, column: 31 });
  });

  it('places quoted keys, block scalars, anchors and aliases', () => {
    expect(positionOf(PLAN, ['goals', 1, 'quoted'], 'key')).toEqual({ line: 11, column: 5 });
    expect(positionOf(PLAN, ['goals', 1, 'single'])).toEqual({ line: 12, column: 15 });
    expect(positionOf(PLAN, ['goals', 1, 'anchored', 1])).toEqual({ line: 15, column: 27 });
    expect(positionOf(PLAN, ['goals', 1, 'aliased'])).toEqual({ line: 16, column: 14 });
  });

  it('places keys and values of a flow mapping that is a list item', () => {
    const text = 'measurements:\n  - { goal: reach, date: 2027-02-01 }\n';
    expect(positionOf(text, ['measurements', 0, 'goal'])).toEqual({ line: 2, column: 13 });
    expect(positionOf(text, ['measurements', 0, 'date'], 'key')).toEqual({ line: 2, column: 20 });
  });

  it('places sequence items at their dash', () => {
    expect(positionOf(PLAN, ['goals', 1])).toEqual({ line: 11, column: 5 });
  });

  it('falls back to the deepest existing node for a missing path', () => {
    expect(positionOf(PLAN, ['goals', 0, 'title'])).toEqual({ line: 8, column: 5 });
  });

  it('keeps dates, times and numbers as the core schema reads them', () => {
    const result = readYaml('date: 2027-01-04\ntime: 09:00\nvalue: 45\nflag: yes\n');
    expect(result.ok && result.data).toEqual({ date: '2027-01-04', time: '09:00', value: 45, flag: 'yes' });
  });
});

describe('readYaml problems', () => {
  it('reports the first syntax error at once, without loading `yaml`', () => {
    const result = readYaml('a: [1, 2\nb: "open\nc:\n\t- tab\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings).toHaveLength(1);
      expect(result.syntaxError).toMatchObject({ rule: 'yaml-syntax', offset: expect.any(Number) as unknown });
    }
  });

  it('lists every syntax error, not just the first', async () => {
    const findings = await syntaxErrorsOf('a: [1, 2\nb: "open\nc:\n\t- tab\n');
    expect(findings.length).toBeGreaterThan(1);
    expect(findings.every((f) => f.rule === 'yaml-syntax' && typeof f.offset === 'number')).toBe(true);
  });

  it('reports duplicate keys with a hint', async () => {
    const findings = await syntaxErrorsOf('a: 1\nb: 2\na: 3\n');
    expect(findings[0]?.hint).toMatch(/once/);
    expect(findings[0]?.offset).toBe(10);
  });

  it('stops a billion-laughs alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const result = readYaml(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ rule: 'yaml-limits', message: expect.stringMatching(/Aliases/) as unknown });
  });

  it('stops one long text aliased many times (a byte budget, not only nodes)', () => {
    const title = 'x'.repeat(1024 * 1024);
    const highlights = Array.from({ length: 600 }, (_, i) => `  - { id: h${i}, title: *t }`).join('\n');
    const result = readYaml(`t: &t ${title}\nhighlights:\n${highlights}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings[0]).toMatchObject({ rule: 'yaml-limits', message: expect.stringMatching(/20 million characters/) as unknown });
  });

  it('lets a long text be aliased a few times', () => {
    const result = readYaml(`t: &t ${'x'.repeat(1024 * 1024)}\na: [*t, *t, *t]\n`);
    expect(result.ok).toBe(true);
  });

  it('stops deep nesting before the parser recurses', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const result = readYaml(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]?.message).toContain(`${MAX_DEPTH} levels`);
  });

  it('keeps __proto__ a plain key, without touching Object.prototype', () => {
    const result = readYaml('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.data as object)).toContain('__proto__');
  });
});

describe('readYaml with positions on demand', () => {
  const plain = PLAN.replace(/ {4}anchored.*\n {4}aliased.*\n/, '');
  const paths: Array<Array<string | number>> = [
    ['version'],
    ['plan', 'end'],
    ['goals', 0, 'audiences', 1],
    ['goals', 1, 'single'],
    ['nope'],
  ];

  it('gives the same data, and the same positions when asked, as reading with them recorded', () => {
    const recorded = readYaml(plain);
    const onDemand = readYaml(plain, { positions: 'on-demand' });
    if (!recorded.ok || !onDemand.ok) throw new Error('did not parse');
    expect(onDemand.data).toEqual(recorded.data);
    for (const path of paths) {
      expect(onDemand.positions.locate(path)).toEqual(recorded.positions.locate(path));
      expect(onDemand.positions.locate(path, 'key')).toEqual(recorded.positions.locate(path, 'key'));
    }
    expect(onDemand.positions.entryOnly('goals').locate(['goals', 1, 'single'])).toEqual(recorded.positions.locate(['goals', 1, 'single']));
  });

  it('answers as reading with positions recorded where the limits or the syntax speak', () => {
    const texts = [
      PLAN,
      `${'['.repeat(100)}${']'.repeat(100)}`,
      `${'- '.repeat(20)}x\n`,
      'a: [1, 2\n',
      'a: *nowhere\n',
      `t: &t ${'x'.repeat(1024 * 1024)}\na: [*t, *t, *t]\n`,
    ];
    for (const text of texts) {
      const recorded = readYaml(text);
      const onDemand = readYaml(text, { positions: 'on-demand' });
      expect(onDemand.ok).toBe(recorded.ok);
      if (!recorded.ok && !onDemand.ok) expect(onDemand.findings).toEqual(recorded.findings);
      if (recorded.ok && onDemand.ok) expect(onDemand.data).toEqual(recorded.data);
    }
  });
});

describe('mayHoldAnchors', () => {
  it('finds an anchor wherever YAML lets a node start with one', () => {
    for (const text of [
      '&a x',
      'key: &a x',
      '- &a x',
      'key:\n  &a\n  x',
      '[&a x, *a]',
      '{a: 1,&b x}',
      '{"a":&x 1, b: *x}',
      '!!str &a x',
      '? &a key\n: value',
      '--- &a\nx: 1',
      'key:\t&a x',
    ]) {
      expect(mayHoldAnchors(text), text).toBe(true);
      expect(anchorsIn(text), text).not.toEqual([]);
    }
  });

  it('lets an ampersand inside a word or a quoted text be', () => {
    for (const text of ['feedback: Open Q&A at the end', 'R&D: yes', 'title: "Sales&marketing"', "note: 'a&b'"]) {
      expect(mayHoldAnchors(text), text).toBe(false);
    }
  });

  it('reads a plan with "Q&A" in it, and one with an alias, to the same data and positions as ever', () => {
    const qa = 'version: 1\nplan:\n  name: Q&A hour\n';
    const read = readYaml(qa);
    expect(read.ok && read.data).toEqual({ version: 1, plan: { name: 'Q&A hour' } });
    expect(read.ok && read.positions.locate(['plan', 'name'])).toEqual({ line: 3, column: 9 });
    const aliased = readYaml('a: {"k":&x [1, 2]}\nb: *x\n');
    expect(aliased.ok && aliased.data).toEqual({ a: { k: [1, 2] }, b: [1, 2] });
  });
});

/** The anchors js-yaml reads in a text: those above are real ones. */
function anchorsIn(text: string): string[] {
  const anchors: string[] = [];
  jsyaml.load(text, {
    listener: (event, state) => {
      const { anchor } = state as jsyaml.State & { anchor?: string | null };
      if (event === 'close' && typeof anchor === 'string') anchors.push(anchor);
    },
  });
  return anchors;
}

describe('a tree of positions packed for keeping', () => {
  it('unpacks to the tree it was, keys, key starts and all', () => {
    const read = readYaml(PLAN);
    if (!read.ok) throw new Error('did not parse');
    const tree = read.positions.tree;
    expect(unpackSourceTree(packSourceTree(tree))).toEqual(tree);
  });

  it('places paths under the kept entry as the whole tree does', () => {
    const read = readYaml(PLAN);
    if (!read.ok) throw new Error('did not parse');
    const kept = read.positions.entryOnly('goals', () => PLAN);
    for (const path of [
      ['goals', 0, 'audiences', 1],
      ['goals', 1, 'anchored'],
      ['goals', 1, 'single'],
      ['goals', 0, 'metric', 'value'],
    ]) {
      expect(kept.locate(path), path.join('.')).toEqual(read.positions.locate(path));
      expect(kept.locate(path, 'key'), path.join('.')).toEqual(read.positions.locate(path, 'key'));
    }
    expect(kept.locate(['plan', 'name'])).toEqual(read.positions.locate([]));
  });
});
