import fc from 'fast-check';

/** Strings that have broken YAML tools, templates and file systems before. */
export const HOSTILE = [
  '&anchor',
  '*alias',
  '!!binary',
  '!custom',
  '<<: *base',
  '__proto__',
  'constructor',
  '\u0000',
  '\t',
  '99999999999999999999999999',
  '1e309',
  '-0',
  '../../../etc/passwd',
  '/tmp/herald-escape',
  '{{constructor}}',
  '{{#each this}}x{{/each}}',
  '<script>alert(1)</script>',
  '<!channel>',
  '@here',
  '---',
  '...',
  ': ',
  ' #',
  '"',
  "'",
  '|',
  '>-',
  '[',
  '{',
  '%',
  '\u202e',
  '\ud83d\ude00',
  '\u001b[2J\u001b]0;owned\u0007',
  'A\n---\nB',
  '/proc/self/environ',
];

/**
 * Values that keep the YAML well formed but push a field to its edge: hostile text quoted,
 * extreme numbers, dates, times, durations and cadences, paths that try to leave the folder.
 * Spliced in as the value of a `key: value` line, they reach schedule, generate, report and
 * brief, which a broken YAML file never does.
 */
export const EDGE_VALUES = [
  ...HOSTILE.map((text) => JSON.stringify(text)),
  '"{{plan.name}}"',
  '"{{> evil}}"',
  '"{{{raw}}}"',
  '"*bold* _it_ <b>x</b> [link](javascript:alert(1))"',
  '"x".repeat',
  `"${'long '.repeat(400)}"`,
  '0',
  '-1',
  '1.5',
  '1e308',
  '-1e308',
  '9007199254740993',
  '.nan',
  '.inf',
  'null',
  '~',
  '[]',
  '{}',
  'true',
  '2027-02-29',
  '2028-02-29',
  '0001-01-01',
  '9999-12-31',
  '2027-01-04',
  '2027-06-30',
  '00:00',
  '23:59',
  '24:00',
  '0m',
  '999h',
  '1h30m',
  'daily',
  'every 0 weeks',
  'every 99 weeks on friday',
  'monthly on day 31',
  'monthly on the last sunday',
  'quarterly on the fourth friday',
  'once on 2027-02-10',
  '"RRULE:FREQ=DAILY;COUNT=100000"',
  '"RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"',
  '"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"',
  '"RRULE:FREQ=WEEKLY;INTERVAL=1000"',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'Mars/Olympus',
  '../../outside',
  '/tmp/herald-escape',
  'templates/../../x.hbs',
  '/etc/passwd',
  'x.hbs',
  'europe/berlin',
  'once on 0001-01-01',
  '"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31"',
  '"RRULE:FREQ=WEEKLY;UNTIL=20000101"',
  `${'a'.repeat(250)}`,
];

export type Mutation =
  | { kind: 'drop'; line: number }
  | { kind: 'double'; line: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'flip'; line: number; at: number; char: string }
  | { kind: 'splice'; line: number; at: number; text: string }
  | { kind: 'value'; line: number; text: string }
  | { kind: 'text'; line: number; text: string };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('double' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    line: fc.nat(),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  }),
  fc.record({ kind: fc.constant('splice' as const), line: fc.nat(), at: fc.nat(), text: fc.constantFrom(...HOSTILE) }),
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), text: fc.constantFrom(...EDGE_VALUES) }),
);

/** Only values changed: the plan stays YAML, and often valid, so every command gets to work on it. */
export const valueMutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('value' as const),
  line: fc.nat(),
  text: fc.constantFrom(...EDGE_VALUES),
});

/** Hostile text in free-text fields only: the plan stays valid, and the text reaches every output. */
export const textMutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('text' as const),
  line: fc.nat(),
  text: fc.constantFrom(...HOSTILE.map((text) => JSON.stringify(text)), '"{{plan.name}}"', '"{{> evil}}"', `"${'long '.repeat(400)}"`),
});

/** A third of the plans broken anywhere, a third changed in their values, a third in their text. */
export const mutationsArbitrary: fc.Arbitrary<Mutation[]> = fc.oneof(
  fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }),
  fc.array(valueMutationArbitrary, { minLength: 1, maxLength: 4 }),
  fc.array(textMutationArbitrary, { minLength: 1, maxLength: 6 }),
);

/** Applies mutations to a plan's lines; line and column numbers wrap around the text. */
export function mutatePlan(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const mutation of mutations) {
    if (lines.length === 0) break;
    const index = mutation.line % lines.length;
    const line = lines[index] ?? '';
    switch (mutation.kind) {
      case 'drop':
        lines.splice(index, 1);
        break;
      case 'double':
        lines.splice(index, 0, line);
        break;
      case 'indent':
        lines[index] = mutation.by >= 0 ? ' '.repeat(mutation.by) + line : line.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
        break;
      case 'flip': {
        const at = line.length === 0 ? 0 : mutation.at % line.length;
        lines[index] = line.slice(0, at) + mutation.char + line.slice(at + 1);
        break;
      }
      case 'splice': {
        const at = line.length === 0 ? 0 : mutation.at % (line.length + 1);
        lines[index] = line.slice(0, at) + mutation.text + line.slice(at);
        break;
      }
      case 'value':
      case 'text': {
        // The value of the next `key: value` line (of a free-text key, for 'text') from `index` on.
        const found = findValueLine(lines, index, mutation.kind === 'text' ? TEXT_KEY_VALUE : KEY_VALUE);
        if (found !== null) lines[found.index] = found.key + mutation.text;
        break;
      }
    }
  }
  return lines.join('\n');
}

const KEY_VALUE = /^(\s*(?:- )?[\w-]+: )\S/;
const TEXT_KEY_VALUE = /^(\s*(?:- )?(?:name|title|summary|organization|owner|what|why|next|note|feedback|metric|evidence): )\S/;

function findValueLine(lines: readonly string[], from: number, pattern: RegExp): { index: number; key: string } | null {
  for (let offset = 0; offset < lines.length; offset++) {
    const index = (from + offset) % lines.length;
    const key = pattern.exec(lines[index] ?? '')?.[1];
    if (key !== undefined) return { index, key };
  }
  return null;
}
