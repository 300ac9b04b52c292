import type { Finding } from './diagnostics.js';

const lenientDecoder = new TextDecoder('utf-8');

export type DecodeResult = { ok: true; text: string } | { ok: false; text: string; findings: Finding[] };

/**
 * Plan bytes to text. A byte-order mark is dropped; a NUL byte (a binary file) or bytes
 * that are not UTF-8 are reported at the first place they occur. `text` is always returned,
 * decoded leniently when need be, so that the excerpt under the message can still be shown.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  // The lenient decoder is the fast one (the strict one costs several times as much, and more
  // still the first time); without a replacement character in what it gives, the bytes were
  // valid UTF-8, and only a text with one is decoded strictly to tell.
  const text = lenientDecoder.decode(bytes);
  let utf8 = true;
  if (text.includes('\uFFFD')) {
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
