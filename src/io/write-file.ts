import { lstat, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { HeraldError } from '../errors.js';
import { writeProblem } from './file-errors.js';

/**
 * Writes a file whole or not at all (a temporary file renamed over the target), and never
 * replaces an existing file unless `force` is set.
 */
export async function writeFileSafely(
  path: string,
  content: string | Buffer,
  options: { force: boolean; displayPath: string },
): Promise<void> {
  if (!options.force && (await exists(path))) {
    throw new HeraldError(`${options.displayPath} already exists`, { hint: 'Pass --force to replace it, or choose another file name.' });
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, content);
  } catch (error) {
    throw writeProblem(error, options.displayPath);
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
