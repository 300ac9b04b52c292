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
];

export type Mutation =
  | { kind: 'drop'; line: number }
  | { kind: 'double'; line: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'flip'; line: number; at: number; char: string }
  | { kind: 'splice'; line: number; at: number; text: string };

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
    }
  }
  return lines.join('\n');
}
