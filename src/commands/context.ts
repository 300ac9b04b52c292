import type { Environment, OutputStream } from '../io/terminal.js';

/** Everything a command takes from the outside world, injected so tests can supply it. */
export interface CommandContext {
  cwd: string;
  /** The clock, read once at start-up; commands derive "today" from it in the plan's time zone. */
  now: Date;
  env: Environment;
  stdout: OutputStream;
  stderr: OutputStream;
  /** --color / --no-color, when given. */
  color?: boolean;
}
