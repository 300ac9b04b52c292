/** Exit codes, the same for every command. */
export const EXIT = {
  ok: 0,
  /** The plan has problems (or warnings under --strict). */
  problems: 1,
  /** Herald could not run: bad usage, a missing or unreadable file. */
  cannotRun: 2,
  /** Ctrl-C. */
  interrupted: 130,
} as const;

/**
 * An expected problem: printed as its message and hint, without a stack, with its exit code.
 * Deep code throws it; only the top level turns it into output and an exit code.
 */
export class HeraldError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'HeraldError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.cannotRun;
  }
}

/**
 * Ctrl-C at a prompt: the top level exits 130, with no error and no stack; only `note`, when
 * the command gives one, says what became of the work (e.g. that nothing was written).
 */
export class InterruptedError extends Error {
  readonly note: string | undefined;
  constructor(note?: string) {
    super('Interrupted');
    this.name = 'InterruptedError';
    this.note = note;
  }
}
