/**
 * Herald's one write path (src/io/safe-write/) for a whole new file: `init`'s plan and the
 * pages and calendars of `--out`. It replaces write-file-atomic, which did one write(2) and
 * ignored a short one (a nearly full disk renamed a cut-off file into place), used a
 * predictable temp name opened without O_EXCL (so a planted link was followed), and resolved
 * the target with realpath (so a link was written through). Wrapping it could fix none of
 * those, and what remains is a few small modules.
 */
import { dirname } from 'node:path';
import { HeraldError } from '../errors.js';
import { piecesOf, type OutputText } from '../format/text-pieces.js';
import { writeProblem } from './file-errors.js';
import { nodeFileSystem, type FileSystem } from './safe-write/file-system.js';
import { commitTemp, identityOf, refuseUnlessReplaceable, sameIdentity, syncFolder, writeTempBeside } from './safe-write/replace.js';
import { removeLeftovers } from './safe-write/temp-file.js';

/**
 * Writes a file whole or not at all, and never replaces an existing file unless `force` is
 * set; even then only an ordinary, writable file, and only if nobody changed it meanwhile.
 */
export function writeFileSafely(
  path: string,
  content: OutputText | Uint8Array,
  options: { force: boolean; displayPath: string; fileSystem?: FileSystem | undefined },
): Promise<void> {
  // Synchronous inside (node:fs): a throw in the executor becomes the rejection.
  return new Promise<void>((resolve) => {
    writeWhole(path, content, options);
    resolve();
  }).catch((error: unknown) => {
    throw writeProblem(error, options.displayPath);
  });
}

function writeWhole(
  path: string,
  content: OutputText | Uint8Array,
  options: { force: boolean; displayPath: string; fileSystem?: FileSystem | undefined },
): void {
  const fs = options.fileSystem ?? nodeFileSystem;
  const folder = dirname(path);
  fs.mkdir(folder);
  const before = fs.lstat(path);
  if (before !== null) {
    if (!options.force) {
      throw new HeraldError('file-exists', `${options.displayPath} already exists`, {
        hint: 'Pass --force to replace it, or choose another file name.',
      });
    }
    refuseUnlessReplaceable(before, options.displayPath);
  }
  removeLeftovers(fs, folder);
  const data = content instanceof Uint8Array ? content : encodedPieces(content);
  const temp = writeTempBeside(fs, path, data, before);
  const expected = before === null ? null : identityOf(before);
  const current = (): boolean => {
    const now = fs.lstat(path);
    return sameIdentity(now === null ? null : identityOf(now), expected);
  };
  if (!commitTemp(fs, temp, path, current)) {
    throw new HeraldError('file-changed', `${options.displayPath} changed while Herald was writing it, so Herald left it as it was`, {
      hint: 'Run the command again (with --force to replace it).',
    });
  }
  syncFolder(fs, folder);
}

/** Each piece of the text as UTF-8 (never the whole text at once: see TextPieces). */
function* encodedPieces(text: OutputText): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const piece of piecesOf(text)) yield encoder.encode(piece);
}

export function exists(path: string): Promise<boolean> {
  try {
    return Promise.resolve(nodeFileSystem.lstat(path) !== null);
  } catch {
    return Promise.resolve(false);
  }
}
