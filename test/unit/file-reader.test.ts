import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileReader } from '../../src/io/file-reader.js';

const folder = mkdtempSync(join(tmpdir(), 'herald-file-reader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (length: number, seed: number): Buffer => Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed) % 251));
const file = (name: string, content: Buffer): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
/** What src/io/code-cache.ts writes: the cache twice over, then its write count. */
const mirrored = (cache: Buffer, last: number): Buffer => Buffer.concat([cache, cache, Uint8Array.of(last)]);

describe('the launcher’s file reader', () => {
  it('reads whole files, one after the other, into the same memory', () => {
    const reader = fileReader();
    const big = bytes(300_000, 1);
    const small = bytes(1_000, 2);
    const first = reader.read(file('big', big));
    expect(first?.equals(big)).toBe(true);
    const firstMemory = first?.buffer;
    const second = reader.read(file('small', small));
    expect(second?.equals(small)).toBe(true);
    expect(second?.buffer).toBe(firstMemory);
  });

  it('reads a file larger than it reserved', () => {
    const huge = Buffer.alloc(9 << 20, 'herald reads this ');
    expect(fileReader().read(file('huge', huge))?.equals(huge)).toBe(true);
  });

  it('reads a missing file or a folder as nothing', () => {
    const reader = fileReader();
    expect(reader.read(join(folder, 'missing'))).toBeUndefined();
    expect(reader.read(folder)).toBeUndefined();
    expect(reader.readMirrored(join(folder, 'missing'))).toBeUndefined();
  });

  it('reads a mirrored file as its first copy and its last byte', () => {
    const cache = bytes(200_000, 4);
    const read = fileReader().readMirrored(file('good.cache', mirrored(cache, 2)));
    expect(read?.bytes.equals(cache)).toBe(true);
    expect(read?.last).toBe(2);
  });

  it('reads a mirrored file as nothing when a byte of either copy differs, wherever it is', () => {
    const cache = bytes(200_000, 5);
    const reader = fileReader();
    for (const at of [0, 65_535, 65_536, 150_000, 199_999, 200_000, 270_000, 399_999]) {
      const damaged = mirrored(cache, 1);
      damaged[at] = (damaged[at] ?? 0) ^ 0x40;
      expect(reader.readMirrored(file(`damaged-${at}.cache`, damaged)), `byte ${at}`).toBeUndefined();
    }
  });

  it('reads a cut or padded mirrored file as nothing', () => {
    const whole = mirrored(bytes(100_000, 6), 3);
    const reader = fileReader();
    expect(reader.readMirrored(file('cut.cache', whole.subarray(0, whole.length - 1)))).toBeUndefined();
    expect(reader.readMirrored(file('cut-more.cache', whole.subarray(0, whole.length - 2)))).toBeUndefined();
    expect(reader.readMirrored(file('padded.cache', Buffer.concat([whole, Uint8Array.of(0, 0)])))).toBeUndefined();
    expect(reader.readMirrored(file('empty.cache', Buffer.alloc(0)))).toBeUndefined();
  });
});
