import { closeSync, openSync, readFileSync, type writeSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { standardOutput } from '../../src/io/standard-streams.js';
import { tempFolder } from '../helpers/run-cli.js';

function failing(code: string, after = 0): typeof writeSync {
  let calls = 0;
  return ((_fd: number, buffer: Uint8Array) => {
    calls += 1;
    if (calls > after) throw Object.assign(new Error(code), { code });
    return Math.min(4, buffer.length);
  }) as typeof writeSync;
}

function collected(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('standardOutput', () => {
  it('writes whole text, multi-byte characters included, to the descriptor', async () => {
    const file = join(await tempFolder(), 'out.txt');
    const fd = openSync(file, 'w');
    const out = standardOutput(fd, () => {
      throw new Error('the stream is not needed');
    });
    out.write('Größe ✔\n');
    out.write('second line\n');
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('Größe ✔\nsecond line\n');
  });

  it('writes a long text in pieces, never splitting a character, and hands the rest to the stream when the pipe fills', async () => {
    // A surrogate pair (an emoji) straddles the first piece's end (2^20 characters).
    const text = `${'a'.repeat((1 << 20) - 1)}😀·${'b'.repeat(1 << 20)}é\n`;
    const file = join(await tempFolder(), 'long.txt');
    const fd = openSync(file, 'w');
    standardOutput(fd, () => {
      throw new Error('the stream is not needed');
    }).write(text);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const { stream, text: streamed } = collected();
    // The first piece goes out whole, then the pipe is full: the rest goes through the stream.
    let calls = 0;
    const fillsOnSecond = ((_fd: number, buffer: Uint8Array) => {
      calls += 1;
      if (calls > 1) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      return buffer.length;
    }) as typeof writeSync;
    standardOutput(1, () => stream, fillsOnSecond).write(text);
    expect(streamed()).toBe(text.slice((1 << 20) - 1));
  });

  it('hands the rest to Node’s stream when a non-blocking pipe is full', () => {
    const { stream, text } = collected();
    // The first write takes 4 bytes, then the pipe is full.
    const out = standardOutput(1, () => stream, failing('EAGAIN', 1));
    out.write('abcdefghij');
    out.write('klm');
    expect(text()).toBe('efghijklm');
  });

  it('stops quietly when the reader has gone (EPIPE)', () => {
    const out = standardOutput(1, () => new PassThrough(), failing('EPIPE'));
    expect(out.write('lost')).toBe(false);
    expect(out.write('still lost')).toBe(false);
  });

  it('lets other write errors through', () => {
    const out = standardOutput(1, () => new PassThrough(), failing('EIO'));
    expect(() => out.write('x')).toThrow('EIO');
  });

  it('knows /dev/null is no terminal without asking the tty module', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      expect(standardOutput(fd, () => new PassThrough()).isTTY).toBe(false);
    } finally {
      closeSync(fd);
    }
  });
});
