import type { Finding } from './diagnostics.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; text: string; findings: Finding[] };

/**
 * Plan bytes to text. A byte-order mark is dropped; a NUL byte (a binary file) or bytes
 * that are not UTF-8 are reported at the first place they occur. `text` is always returned,
 * decoded leniently when need be, so that the excerpt under the message can still be shown.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\uFFFD'));
    return {
      ok: false,
      text: lenient,
      findings: [
        {
          rule: 'encoding',
          severity: 'error',
          message: 'The plan is not valid UTF-8 text',
          hint: 'Save the file as UTF-8 (most editors offer it under "Save with encoding").',
          offset,
        },
      ],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      text: text.replace(/\u0000/g, '\u2400'),
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
  return { ok: true, text };
}
