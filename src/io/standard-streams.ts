import { fstatSync, statSync, writeSync } from 'node:fs';
import type { OutputStream } from './terminal.js';

/**
 * stdout and stderr as Herald writes to them: synchronous writes to the file descriptor,
 * with Node's own stream objects created only when something needs them (a terminal's width,
 * an interactive prompt). Creating process.stdout and process.stderr loads Node's net, stream
 * and tty modules, about 5% of Node's start-up, for output Herald writes in a few whole
 * pieces anyway.
 *
 * Where a synchronous write cannot go on (a non-blocking pipe that is full), the rest goes
 * through Node's stream, which waits for the reader; a reader that has gone away (EPIPE, as
 * in `herald schedule | head`) ends the output quietly.
 */
/** `write` is fs.writeSync; tests pass one that fails the way a full or closed pipe does. */
export function standardOutput(fd: number, stream: () => NodeJS.WritableStream & { columns?: number }, write = writeSync): OutputStream {
  let viaStream = false;
  let closed = false;
  let tty: boolean | undefined;
  return {
    write(text: string): boolean {
      // Long output (a year's schedule across plans as JSON, tens of MB) is encoded a piece at
      // a time into one buffer: Node encodes a long text with a single non-ASCII character in
      // it many times slower than ASCII, and one piece at a time holds less memory too.
      const pieces = text.length > WRITE_PIECE ? Buffer.allocUnsafe(WRITE_PIECE * 3) : undefined;
      for (let start = 0; start < text.length;) {
        if (closed) return false;
        let end = Math.min(start + WRITE_PIECE, text.length);
        // Never between the two halves of a surrogate pair.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
        const piece = start === 0 && end === text.length ? text : text.slice(start, end);
        if (viaStream) {
          if (end === text.length) return stream().write(piece);
          stream().write(piece);
        } else {
          // At most three bytes for each UTF-16 code unit.
          const bytes = pieces === undefined ? Buffer.from(piece, 'utf8') : pieces.subarray(0, pieces.write(piece, 'utf8'));
          let offset = 0;
          try {
            while (offset < bytes.length) offset += write(fd, bytes, offset);
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'EPIPE') {
              closed = true;
              return false;
            }
            if (code !== 'EAGAIN') throw error;
            viaStream = true;
            // A copy: the next piece is encoded into the same buffer.
            const written = stream().write(Buffer.from(bytes.subarray(offset)));
            if (end === text.length) return written;
          }
        }
        start = end;
      }
      return !closed;
    },
    get isTTY(): boolean {
      tty ??= isTerminal(fd);
      return tty;
    },
    get columns(): number | undefined {
      return this.isTTY ? stream().columns : undefined;
    },
    get stream(): NodeJS.WritableStream {
      return stream();
    },
  };
}

/** Characters encoded and written at a time (see `write`). */
const WRITE_PIECE = 1 << 20;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Pipes and files are not character devices, and /dev/null (where output is usually thrown
 * away) is one that is no terminal: neither needs the tty module (and the net module it loads).
 */
function isTerminal(fd: number): boolean {
  const info = fstatSync(fd);
  if (!info.isCharacterDevice()) return false;
  try {
    if (info.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null (Windows): ask the tty module.
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
