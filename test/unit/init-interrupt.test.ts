import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, PINNED_DATE_NOTE } from '../../src/main.js';

describe('Ctrl-C during init', () => {
  it('exits 130 and says that nothing was written, with no error and no stack (issue 17)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'herald-interrupt-'));
    // A stand-in terminal: inquirer reads keys from stdin and draws on stdout's stream.
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const screen = new PassThrough();
    let shown = '';
    screen.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    let stderr = '';
    const running = main({
      argv: ['init'],
      cwd: folder,
      env: { HERALD_TODAY: '2026-12-02', TZ: 'UTC', NO_COLOR: '1' },
      now: new Date('2026-12-02T12:00:00Z'),
      stdin,
      stdout: { write: (text: string) => screen.write(text), isTTY: true, stream: screen },
      stderr: { write: (text: string) => ((stderr += text), true), isTTY: false },
    });
    for (let attempt = 0; attempt < 200 && !shown.includes('Name of the plan'); attempt += 1) await new Promise((r) => setTimeout(r, 10));
    // The default name is for the coming quarter: on 2 December, Q1 2027.
    expect(shown).toContain('Team visibility, Q1 2027');
    stdin.write('\u0003');
    expect(await running).toBe(130);
    // The pinned date's note comes first (tested in cli-grammar.test.ts).
    expect(stderr.replace(PINNED_DATE_NOTE, '')).toBe('\nStopped: nothing was written to herald.yaml.\n');
    expect(await readdir(folder)).toEqual([]);
  });
});
