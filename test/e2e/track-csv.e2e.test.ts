import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempFolder } from '../helpers/run-in-process.js';

describe('herald track --from-csv (built binary)', () => {
  it('loads the CSV parser bundled on its own and records the figure', async () => {
    const folder = await tempFolder();
    await copyFile(join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml'), join(folder, 'herald.yaml'));
    const csv = [
      '"Timestamp","Email Address","Score"',
      ...[5, 4, 4, 2, 3, 5].map((score, i) => `"2027/03/0${i + 1} 9:00:00 AM GMT+1","p${i}@example.com","${score}"`),
    ];
    await writeFile(join(folder, 'pulse.csv'), csv.join('\r\n'));
    const result = await runCli(['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'Score'], {
      cwd: folder,
      env: { HERALD_TODAY: '2027-03-15' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'pulse.csv: top-box (4, 5) of "Score": 66.7% from 6 responses\n' +
        'leadership-awareness: 66.7% (baseline 20%, target 80%) — 78% of the way\n',
    );
    expect(await readFile(join(folder, 'herald.yaml'), 'utf8')).toContain(
      '  - {goal: leadership-awareness, date: 2027-03-15, value: 66.7, responses: 6, note: "pulse.csv: top-box (4, 5) of \\"Score\\""}\n',
    );
  });
});
