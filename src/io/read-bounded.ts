/**
 * Reading a file that already exists (a draft, the drafts manifest) with a size limit, and
 * with every failure a user's problem: an unreadable draft or a 600 MB file where a draft
 * should be gets a message and exit 2, not an EACCES stack or a RangeError. Links are not
 * followed (O_NOFOLLOW where the platform has it), and only regular files are read.
 */
import { constants } from 'node:fs';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { HeraldError } from '../errors.js';
import { formatMegabytes } from '../core/words/values.js';

/** The file system calls this needs, so tests can inject failures root cannot produce. */
export type OpenFile = (path: string, flags: number) => Promise<FileHandle>;

// O_NOFOLLOW is missing on Windows: there links are refused by the callers' lstat alone.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

export async function readBounded(
  path: string,
  options: { displayPath: string; maxBytes: number; what: string },
  open: OpenFile = openFile,
): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, READ_FLAGS);
    const info = await handle.stat();
    if (!info.isFile())
      throw new HeraldError('not-a-file', `${options.displayPath} is not a file`, {
        hint: `Move it out of the way: it is where ${options.what} goes.`,
      });
    if (info.size > options.maxBytes) throw tooLarge(info.size, options);
    // Read one byte more than allowed: a file that grew since the stat is caught too.
    const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) throw tooLarge(length, options);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw readProblem(error, options.displayPath);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function tooLarge(size: number, options: { displayPath: string; maxBytes: number; what: string }): HeraldError {
  return new HeraldError(
    'file-too-large',
    `${options.displayPath} is ${formatMegabytes(size)}, too large for ${options.what} (at most ${formatMegabytes(options.maxBytes)})`,
    { hint: `Check what the file is, and move it out of the way if it is not ${options.what}.` },
  );
}

/** An errno error as a HeraldError saying what to do; a HeraldError or a bug passes unchanged. */
export function readProblem(error: unknown, displayPath: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof HeraldError || typeof code !== 'string' || !code.startsWith('E')) return error;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new HeraldError('permission-denied', `Herald may not read ${displayPath}`, {
        hint: 'Check its permissions (e.g. chmod u+r), or move it out of the way.',
      });
    case 'ELOOP':
      return new HeraldError('symbolic-link', `${displayPath} is a symbolic link; Herald does not read through links`, {
        hint: 'Replace the link with the file itself.',
      });
    case 'EISDIR':
      return new HeraldError('not-a-file', `${displayPath} is a folder, not a file`, { hint: 'Move it out of the way.' });
    case 'ENOENT':
      return new HeraldError('file-changed', `${displayPath} disappeared while Herald read it`, { hint: 'Run the command again.' });
    default:
      return new HeraldError('read-failed', `Could not read ${displayPath} (${code})`, {
        hint: 'Check the file and its folder, then run the command again.',
      });
  }
}
