import type { FileSystem } from '../../io/safe-write/file-system.js';
import type { Environment, OutputStream } from '../../io/terminal.js';
import type { ZoneService } from '../../io/zone-service.js';

/** What Herald reads answers from: stdin, or a stand-in in tests. */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/** Everything a command takes from the outside world, injected so tests can supply it. */
export interface CommandContext {
  cwd: string;
  /** The clock, read once at start-up: for time stamps. "Today" comes from `zones`. */
  now: Date;
  /** Today in a zone and zone offsets, from that clock: the one time port every command uses. */
  zones: ZoneService;
  env: Environment;
  /** Read by prompts (init) only; absent in tests that need no input. */
  stdin?: InputStream | undefined;
  stdout: OutputStream;
  stderr: OutputStream;
  /** --color / --no-color, when given. */
  color?: boolean;
  /** The file system Herald writes through; tests inject faults (short writes, a full disk). Default: node:fs. */
  fileSystem?: FileSystem | undefined;
}
