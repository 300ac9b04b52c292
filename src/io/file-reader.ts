import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Whole files read into one buffer, reused from file to file. The launcher reads a bundle
 * (~0.5 MB) and its code cache (~0.7 MB) on every start, and each fresh 4 KB page a process
 * touches costs a page fault: ~14 µs on the virtual machines here, so ~4 ms for those two
 * files read the usual way. The buffer is reserved large (address space only) and touched
 * only as far as the largest file, so its pages are faulted in once.
 *
 * What a read returns is valid until the next read. Nothing here throws: a file that cannot
 * be read whole (missing, unreadable, changed while read) reads as nothing.
 */
export interface FileReader {
  read(file: string): Buffer | undefined;
  /**
   * A file that holds the same bytes twice and one byte more (how src/io/code-cache.ts writes
   * a cache): the bytes and that last byte, or nothing when the two copies differ. The second
   * copy is compared a piece at a time, so it costs no more memory than a piece.
   */
  readMirrored(file: string): { bytes: Buffer; last: number } | undefined;
}

/** Reserved at once: untouched pages of it cost nothing. */
const RESERVED = 8 << 20;
/** The second copy of a mirrored file is read and compared this much at a time. */
const PIECE = 64 << 10;

export function fileReader(): FileReader {
  let buffer: Buffer | undefined;
  const room = (size: number): Buffer => {
    if (buffer === undefined || buffer.length < size) buffer = Buffer.allocUnsafeSlow(Math.max(size, RESERVED));
    return buffer;
  };
  const withFile = <T>(file: string, use: (fd: number, size: number) => T | undefined): T | undefined => {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      return use(fd, fstatSync(fd).size);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  };
  return {
    read: (file) =>
      withFile(file, (fd, size) => {
        const into = room(size);
        return readFully(fd, into, 0, size, 0) ? into.subarray(0, size) : undefined;
      }),
    readMirrored: (file) =>
      withFile(file, (fd, size) => {
        if (size % 2 !== 1) return undefined;
        const half = (size - 1) / 2;
        const into = room(half + PIECE + 1);
        if (!readFully(fd, into, 0, half, 0)) return undefined;
        for (let start = 0; start < half; start += PIECE) {
          const length = Math.min(PIECE, half - start);
          if (!readFully(fd, into, half, length, half + start)) return undefined;
          if (into.compare(into, start, start + length, half, half + length) !== 0) return undefined;
        }
        if (!readFully(fd, into, half, 1, 2 * half)) return undefined;
        return { bytes: into.subarray(0, half), last: into[half] ?? 0 };
      }),
  };
}

/** Reads `length` bytes at `position` of the file into `buffer` at `offset`; false if the file ends first. */
function readFully(fd: number, buffer: Buffer, offset: number, length: number, position: number): boolean {
  for (let done = 0; done < length;) {
    const read = readSync(fd, buffer, offset + done, length - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}
