import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-in-process.js';

const EXAMPLE = 'examples/herald.yaml';
const widest = (text: string): number => Math.max(...text.split('\n').map((line) => Array.from(line).length));

describe('an 80-column terminal (built binary)', () => {
  it('shows a plan made by `init --yes` whole at COLUMNS=80 and 60: channel names wrap, none is cut', async () => {
    const folder = await tempFolder();
    expect((await runCli(['init', 'p.yaml', '--yes', '--start', '2026-10-01'], { cwd: folder })).code).toBe(0);
    for (const columns of ['80', '60']) {
      const env = { COLUMNS: columns, HERALD_TODAY: '2026-11-23' };
      const result = await runCli(['schedule', join(folder, 'p.yaml'), '--from', '2026-10-01', '--weeks', '4'], { env });
      expect(result.code).toBe(0);
      expect(widest(result.stdout)).toBeLessThanOrEqual(Number(columns));
      expect(result.stdout).not.toContain('…');
      expect(result.stdout).toMatch(/Leadership team email.*\n +\(email\)|Leadership team email \(email\)/);
    }
  });

  it('puts two months side by side at COLUMNS=80, and every view, report and brief fits', async () => {
    const env = { COLUMNS: '80', HERALD_TODAY: '2027-03-15' };
    const month = await runCli(['schedule', EXAMPLE, '--view', 'month', '--from', '2027-03-01', '--to', '2027-04-30'], { env });
    expect(month.stdout).toMatch(/March 2027 +April 2027/);
    for (const args of [
      ['schedule', EXAMPLE, '--weeks', '8'],
      ['schedule', EXAMPLE, '--view', 'month', '--weeks', '8'],
      ['report', EXAMPLE],
      ['brief', EXAMPLE],
      ['brief', EXAMPLE, '--audience', 'leadership'],
    ]) {
      const result = await runCli(args, { env });
      expect(result.code, args.join(' ')).toBe(0);
      expect(widest(result.stdout), args.join(' ')).toBeLessThanOrEqual(80);
    }
  });

  it('suggests the full id for a shortened one: brief and schedule --audience, schedule --channel', async () => {
    const folder = await tempFolder();
    await runCli(['init', 'p.yaml', '--yes'], { cwd: folder });
    const brief = await runCli(['brief', 'p.yaml', '--audience', 'leadership'], { cwd: folder });
    expect(brief.code).toBe(2);
    expect(brief.stderr).toBe('error: p.yaml has no audience "leadership"\nhint: Did you mean "leadership-team"?\n');
    const schedule = await runCli(['schedule', 'p.yaml', '--audience', 'leadership'], { cwd: folder });
    expect(schedule.stderr).toContain('error: Unknown audience "leadership"\nhint: Did you mean "leadership-team"?\n');
    const channel = await runCli(['schedule', 'p.yaml', '--channel', 'leadership-team'], { cwd: folder });
    expect(channel.stderr).toContain('hint: Did you mean "leadership-team-email"?\n');
    // Ids are slugs: any case finds the audience.
    expect((await runCli(['brief', 'p.yaml', '--audience', 'Leadership-Team'], { cwd: folder })).code).toBe(0);
  });

  it('says that a date in the right format does not exist, the same in every command', async () => {
    const cases = [
      ['schedule', EXAMPLE, '--from', '2027-02-30'],
      ['report', EXAMPLE, '--date', '2027-02-30'],
      ['generate', EXAMPLE, '--date', '2027-02-30', '--dry-run'],
    ];
    for (const args of cases) {
      const flag = args[2] ?? '';
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(
        `error: ${flag} 2027-02-30 is not a real date: February 2027 has 28 days\nhint: Check the day, e.g. ${flag} 2027-02-28.\n`,
      );
    }
  });
});
