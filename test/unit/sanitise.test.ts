import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownBlockStarts, showControls, singleLine, stripControls } from '../../src/format/text/sanitise.js';
import { escapeMarkdown } from '../../src/format/text/markdown.js';
import { escapeHtml } from '../../src/format/html/escape.js';
import { tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { cleanPlanWith } from '../helpers/validate-text.js';

/** ESC or NUL as they are, never to be found in an output. */
const RAW = (text: string): boolean => text.includes('\u0000') || text.includes('\u001b');
const HOSTILE = 'Win\u001b[31m red\u0000 \u0007bell\u009b2J';

describe('the sanitiser', () => {
  it('removes control characters for files and pages, keeps tabs and line breaks', () => {
    expect(stripControls(`${HOSTILE}\r\nnext\ttab\u2028end`)).toBe('Win[31m red bell2J\nnext\ttab\nend');
  });

  it('keeps a mail header or a title on one line', () => {
    expect(singleLine('Win\r\nBcc: all@example.com\t\u001b!')).toBe('Win Bcc: all@example.com !');
  });

  it('shows them as � on a terminal', () => {
    expect(showControls(HOSTILE)).toBe('Win\uFFFD[31m red\uFFFD \uFFFDbell\uFFFD2J');
  });

  it.each([
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['===', '\\==='],
    ['***', '\\***'],
    ['# Title', '\\# Title'],
    ['## Title', '\\## Title'],
    ['> quote', '\\> quote'],
    ['1. item', '1\\. item'],
    ['```js', '\\```js'],
    ['#launch', '#launch'],
    ['-5% churn', '-5% churn'],
    ['2027.5 million', '2027.5 million'],
  ])('escapes a Markdown block start: %j', (line, escaped) => {
    expect(escapeMarkdownBlockStarts(line)).toBe(escaped);
  });

  it('is what every escaper uses: no rule, no heading break, no control character', () => {
    for (const mode of ['lines', 'draft'] as const) {
      const out = escapeMarkdown('A\n---\nB\u001b\u0000', mode);
      expect(out.split('\n')).not.toContain('---');
      expect(RAW(out)).toBe(false);
    }
    expect(escapeHtml('<b>\u001b\u0000</b>')).toBe('&lt;b&gt;&lt;/b&gt;');
  });
});

describe('hostile text on every output', () => {
  const plan = cleanPlanWith('    title: Webinar sourced pipeline', '    title: "Webinar\\u001b[2J\\u0000 sourced\\n---\\npipeline"');

  it.each([
    ['report', '--format', 'md'],
    ['report', '--format', 'html'],
    ['report'],
    ['brief', '--format', 'md'],
    ['brief', '--format', 'html'],
    ['brief'],
    ['schedule', '--format', 'md', '--from', '2027-01-04'],
    ['schedule', '--format', 'ics', '--from', '2027-01-04'],
    ['generate', '--from', '2027-01-20', '--to', '2027-02-28', '--stdout'],
  ])('%s %s %s: no raw ESC or NUL, no line that is a Markdown rule', async (...args) => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.yaml'), plan);
    const result = await runMain(args, folder, { HERALD_TODAY: '2027-03-01' });
    expect(result.code).toBe(0);
    expect(RAW(result.stdout)).toBe(false);
    expect(RAW(result.stderr)).toBe(false);
    // HTML and iCalendar have no line-level markup; everything else would show a rule.
    if (!args.includes('html') && !args.includes('ics')) expect(result.stdout.split(/\r?\n/)).not.toContain('---');
  });
});
