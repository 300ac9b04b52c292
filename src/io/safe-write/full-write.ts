import type { FileSystem } from './file-system.js';

/**
 * Writes every byte. One write(2) may write less than asked (a nearly full disk, a file size
 * limit, a signal): write-file-atomic ignored that and renamed the short file into place.
 * A write of nothing is a full disk.
 */
export function writeFully(fs: FileSystem, fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const written = fs.write(fd, data, offset, data.length - offset);
    if (written <= 0) throw Object.assign(new Error('no space left on device (a write wrote nothing)'), { code: 'ENOSPC' });
    offset += written;
  }
}

/** Reads a whole file from an open descriptor, `size` bytes as fstat said, looping on short reads. */
export function readFully(fs: FileSystem, fd: number, size: number): Uint8Array {
  const buffer = new Uint8Array(size);
  let offset = 0;
  while (offset < size) {
    const read = fs.read(fd, buffer, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}
