import type { ErrorCode } from '../../src/errors.js';

/**
 * What `toMatchObject` expects of a HeraldError: its code (typed, so a misspelt code fails
 * tsc), and the exit code or wording only where a test is about them.
 */
export function heraldError(code: ErrorCode, fields: { message?: unknown; hint?: unknown; exitCode?: number } = {}): object {
  return { name: 'HeraldError', code, ...fields };
}
