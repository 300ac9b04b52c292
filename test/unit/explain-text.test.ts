import { describe, expect, it } from 'vitest';
import { CLEAN_PLAN, cleanPlanWith, validateText } from '../helpers/validate-text.js';

const QUOTES = 'Text with `#`, `: ` or a leading `@` must be in quotes';

describe('YAML errors in plan text, explained', () => {
  it('`feedback: #platform-help`: says `#` starts a comment, shows the quoted line, points at the `#`', async () => {
    const text = cleanPlanWith('feedback: Reply to the digest.', 'feedback: #platform-help');
    const result = await validateText(text);
    expect(result.diagnostics).toEqual([
      {
        rule: 'type',
        severity: 'error',
        message: 'The text of `feedback` is empty: the `#` starts a comment, so YAML read nothing before it',
        hint: `${QUOTES}: write \`feedback: "#platform-help"\`.`,
        line: 32,
        column: 15,
      },
    ]);
  });

  it('`why: Every engineer gets: about an hour…`: names the `: ` inside the text, not a nested mapping', async () => {
    const text = cleanPlanWith(
      '    title: Leadership can name our wins\n',
      '    title: Leadership can name our wins\n    why: Every engineer gets: about an hour back\n',
    );
    const [only, ...rest] = (await validateText(text)).diagnostics;
    expect(rest).toEqual([]);
    expect(only).toEqual({
      rule: 'yaml-syntax',
      severity: 'error',
      message: 'The text of `why` holds `: `, which YAML reads as the start of another key',
      hint: `${QUOTES}: write \`why: "Every engineer gets: about an hour back"\`.`,
      line: 15,
      column: 29,
    });
    expect(only?.message).not.toContain('Nested mappings');
  });

  it('`- @Lena said…`: says `@` is reserved and shows the item in quotes', async () => {
    const text = cleanPlanWith(
      '    title: Pulse survey\n',
      '    title: Pulse survey\n    findings:\n      - @Lena said only 22% can name a campaign.\n',
    );
    expect((await validateText(text)).diagnostics).toEqual([
      expect.objectContaining({
        message: 'This list item starts with `@`, which YAML reserves',
        hint: `${QUOTES}: write \`- "@Lena said only 22% can name a campaign."\`.`,
        line: 13,
        column: 9,
      }),
    ]);
  });

  it('an unclosed `"` on line 114 is reported at its opening quote, not at the end of the file', async () => {
    // The quote on line 114 is the last one in the file: YAML notices at the end (line 127).
    const padding = Array.from({ length: 113 - 2 }, (_, i) => `# note ${i + 1}`).join('\n');
    const text = `version: 1\n${padding}\nplan:\n  name: "Platform visibility\n${Array.from({ length: 12 }, (_, i) => `  # more ${i}`).join('\n')}\n`;
    expect(text.split('\n')[113]).toBe('  name: "Platform visibility');
    expect(text.split('\n')).toHaveLength(127);
    const result = await validateText(text);
    expect(result.diagnostics).toEqual([
      {
        rule: 'yaml-syntax',
        severity: 'error',
        message: 'The quote opened here is never closed, so the text runs on to line 127',
        hint: 'Close it where the text ends: `name: "Platform visibility"`.',
        line: 114,
        column: 9,
      },
    ]);
  });

  it('a tab-indented file gets one error, not one per line', async () => {
    const text = CLEAN_PLAN.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    const result = await validateText(text);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      rule: 'yaml-syntax',
      line: 3,
      column: 1,
      message: `The plan is indented with tabs (on ${text.split('\n').filter((line) => line.startsWith('\t')).length} lines, the first here)`,
    });
    expect(result.diagnostics[0]?.hint).toContain('spaces only');
  });

  it('leaves quoted text and other errors as they were', async () => {
    const text = cleanPlanWith('feedback: Reply to the digest.', 'feedback: "#platform-help: ask @Lena"');
    expect((await validateText(text)).diagnostics).toEqual([]);
    const bracket = await validateText(cleanPlanWith('channels: [digest, staff-meeting]', 'channels: [digest, staff-meeting'));
    expect(bracket.diagnostics[0]?.message).not.toContain('quotes');
  });
});
