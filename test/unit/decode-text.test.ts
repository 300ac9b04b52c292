import { describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../src/core/plan/decode-text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodePlanBytes', () => {
  it('gives the text of valid UTF-8, a byte-order mark dropped, as TextDecoder does', () => {
    for (const given of [
      bytes('version: 1\n'),
      bytes([0xef, 0xbb, 0xbf], 'plan: Résumé 🎉\n'),
      bytes('a literal \uFFFD is valid\n'),
      bytes(''),
    ]) {
      const decoded = decodePlanBytes(given);
      expect(decoded).toEqual({ ok: true, text: new TextDecoder().decode(given) });
    }
  });

  it('keeps a second byte-order mark, as TextDecoder does', () => {
    expect(decodePlanBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x')).text).toBe('\uFEFFx');
  });

  it('reports bytes that are not UTF-8 where the first is, with TextDecoder’s lenient text to show', () => {
    const given = bytes('name: caf', [0xe9], '\nok: [', [0xc3, 0x28], ']\n');
    const decoded = decodePlanBytes(given);
    expect(decoded.ok).toBe(false);
    expect(decoded.text).toBe(new TextDecoder().decode(given));
    expect(decoded.ok === false && decoded.findings[0]).toMatchObject({ rule: 'encoding', offset: 'name: caf'.length });
  });

  it('calls a NUL byte a binary file, shown as a visible symbol', () => {
    const decoded = decodePlanBytes(bytes('a\u0000b'));
    expect(decoded).toMatchObject({ ok: false, text: 'a\u2400b', findings: [{ rule: 'encoding', offset: 1 }] });
  });
});
