/**
 * File system failures are the user's to fix (a folder in the way, no permission, a full
 * disk), not bugs: this turns them into a HeraldError that says where and what to do. Any
 * other error (no errno code) passes through unchanged, so a real bug still shows its stack.
 */
import { HeraldError } from '../errors.js';

export function writeProblem(error: unknown, displayPath: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error;
  switch (code) {
    case 'EISDIR':
      return new HeraldError('not-a-file', `Cannot write ${displayPath}: it is a folder`, {
        hint: 'Give the path of a file, or move the folder out of the way.',
      });
    case 'EEXIST':
    case 'ENOTDIR':
      return new HeraldError('not-a-folder', `Cannot write ${displayPath}: part of its path is a file, not a folder`, {
        hint: 'Choose a path whose folders are folders.',
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HeraldError('permission-denied', `Cannot write ${displayPath}: permission denied`, {
        hint: 'Choose a place you can write to, or change the permissions.',
      });
    case 'ENOSPC':
    case 'EDQUOT':
      return new HeraldError('disk-full', `Cannot write ${displayPath}: the disk is full`, {
        hint: 'Free some space and run the command again.',
      });
    case 'EFBIG':
      return new HeraldError('file-too-large', `Cannot write ${displayPath}: the file would be larger than this system allows`, {
        hint: 'Check the file size limit (`ulimit -f`) or write it to another disk.',
      });
    default:
      return new HeraldError('write-failed', `Cannot write ${displayPath} (${code})`, {
        hint: 'Check the path and that its folder exists and is writable.',
      });
  }
}
