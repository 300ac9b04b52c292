import type { Finding } from './diagnostics.js';

const lenientDecoder = new TextDecoder('utf-8');

export type DecodeResult = { ok: true; text: string } | { ok: false; text: string; findings: Finding[] };

/**
 * Plan bytes to text. A byte-order mark is dropped; a NUL byte (a binary file) or bytes
 * that are not UTF-8 are reported at the first place they occur. `text` is always returned,
 * decoded leniently when need be, so that the excerpt under the message can still be shown.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  // Buffer's own decoding first: TextDecoder's JavaScript wrapper costs ~30 µs a call until it
  // is optimised (15 ms over 500 plans read once each), Buffer's a few. The two agree on valid
  // UTF-8 but for the byte-order mark, which TextDecoder drops; without a replacement
  // character in the text, the bytes were valid UTF-8. A text with one is decoded again,
  // strictly to tell, and leniently as TextDecoder does, whose text an error shows.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let utf8 = true;
  if (text.includes('\uFFFD')) {
    text = lenientDecoder.decode(bytes);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      utf8 = false;
    }
  }
  // A NUL byte says "binary" more clearly than the encoding error such a file also has.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      text: text.replaceAll('\u0000', '\u2400'),
      findings: [
        {
          rule: 'encoding',
          severity: 'error',
          message: 'The plan contains a NUL byte: this looks like a binary file, not YAML',
          hint: 'Check that you passed the right file; a plan is a YAML text file such as herald.yaml.',
          offset: nul,
        },
      ],
    };
  }
  if (!utf8) {
    return {
      ok: false,
      text,
      findings: [
        {
          rule: 'encoding',
          severity: 'error',
          message: 'The plan is not valid UTF-8 text',
          hint: 'Save the file as UTF-8 (most editors offer it under "Save with encoding").',
          offset: Math.max(0, text.indexOf('\uFFFD')),
        },
      ],
    };
  }
  return { ok: true, text };
}
