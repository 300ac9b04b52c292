import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldIcsLines } from '../../src/commands/schedule/ics-fold.js';

/** A deterministic generator of awkward text (xorshift), so a failure can be replayed. */
function texts(seed: number, count: number): string[] {
  let state = seed;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pieces = ['a', 'Z', ' ', ':', ';', ',', 'é', 'ß', '€', '中', '🎉', '👩‍💻', '\ud800', '\udc00', '\ud83d', 'x'.repeat(70), '\\n'];
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
      Array.from({ length: Math.floor(next() * 60) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
    );
    return lines.join('\r\n');
  });
}

describe('foldIcsLines', () => {
  it('folds as ical-generator folds, byte for byte, over 2,000 awkward texts', () => {
    for (const text of texts(20261202, 2_000)) expect(foldIcsLines(text)).toBe(foldLines(text));
  });

  it('leaves a short ASCII line as it is, and cuts a long one at 74 octets, then 75 with the space', () => {
    expect(foldIcsLines('SUMMARY:Weekly digest')).toBe('SUMMARY:Weekly digest');
    const folded = foldIcsLines(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded[0]).toHaveLength(74);
    expect(folded.slice(1).every((line) => line.startsWith(' ') && line.length <= 75)).toBe(true);
  });
});
