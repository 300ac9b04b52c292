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
 * What went wrong, for code and tests to tell errors apart without reading their wording
 * (the message and hint are for people, and may be reworded). One code per situation: several
 * throw sites share a code when the user meets the same problem.
 */
export type ErrorCode =
  // The plan file.
  | 'plan-not-found'
  | 'plan-ambiguous' // both herald.yaml and herald.yml, no plan named
  | 'plan-not-a-file'
  | 'plan-too-large'
  | 'plan-unreadable'
  | 'plan-has-errors'
  | 'plan-exists' // init would replace a plan
  | 'cannot-add-to-plan' // the plan's layout leaves no place to insert the entry
  | 'plan-edit-unsafe' // the edited text did not read back as intended
  | 'would-have-errors' // the addition (or init's answers) would make a plan with errors
  // Many plans.
  | 'org-has-errors' // the organisation file above a plan has errors
  | 'no-plans' // a folder with no Herald plan in it
  | 'too-many-plans' // over the workspace's caps
  | 'one-plan-only' // an editing command given a folder
  | 'org-file-not-plan' // herald.org.yaml named where a plan goes
  // Any file or folder.
  | 'file-not-found'
  | 'file-exists'
  | 'file-too-large'
  | 'file-changed' // changed, replaced or removed by someone else while Herald read or wrote it
  | 'not-a-file' // a folder, device, FIFO or socket where a file goes
  | 'not-a-folder'
  | 'symbolic-link'
  | 'permission-denied'
  | 'write-protected'
  | 'disk-full'
  | 'read-failed'
  | 'write-failed'
  | 'lock-timeout'
  // The command line and the environment.
  | 'bad-date-option'
  | 'bad-window' // --from, --to, --date or --weeks that make no window
  | 'bad-option-value'
  | 'bad-argument'
  | 'missing-argument'
  | 'missing-option'
  | 'conflicting-options'
  | 'unknown-option'
  | 'unknown-id' // an id (or owner) the plan does not have
  | 'no-terminal' // questions to ask, and no terminal to ask them in
  | 'bad-herald-today'
  | 'touch-already-recorded'
  // Templates.
  | 'template-not-hbs'
  | 'template-outside-folder'
  | 'template-syntax'
  | 'template-unknown-field'
  | 'template-partial-missing'
  | 'template-failed'
  // Survey exports and release notes.
  | 'not-csv'
  | 'csv-empty'
  | 'unknown-column'
  | 'column-names-people'
  | 'column-unfit' // its answers do not suit the statistic
  | 'no-matching-rows'
  | 'too-few-responses'
  | 'bad-git-range'
  | 'git-missing'
  | 'git-failed';

/**
 * An expected problem: printed as its message and hint, without a stack, with its exit code.
 * Deep code throws it; only the top level turns it into output and an exit code.
 */
export class HeraldError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'HeraldError';
    this.code = code;
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
