import { spawnSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, runCli, tempFolder } from '../helpers/run-cli.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'record');
const TODAY = '2027-03-15';

/**
 * `herald win` in a real pseudo-terminal: tmux runs the built binary, the test types into it
 * and reads the screen, as for init. Every wait is bounded and polls the screen.
 */
describe('herald win in a terminal (tmux)', () => {
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  const sockets: string[] = [];
  afterAll(() => {
    for (const socket of sockets) spawnSync('tmux', ['-S', socket, 'kill-server']);
  });

  async function startSession(args: string) {
    if (version.status !== 0) throw new Error('tmux is not installed: the pseudo-terminal test needs it (apt-get install -y tmux)');
    const folder = await tempFolder();
    await copyFile(join(FIXTURES, 'commented-plan.yaml'), join(folder, 'herald.yaml'));
    const socket = join(folder, 'tmux.sock');
    sockets.push(socket);
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const command =
      `cd ${quote(folder)} && HERALD_TODAY=${TODAY} ${quote(process.execPath)} ${quote(BIN)} win ${args};` +
      ` echo "HERALD-EXIT:$?"; sleep 600`;
    const tmux = (...tmuxArgs: string[]) => {
      const result = spawnSync('tmux', ['-S', socket, ...tmuxArgs], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`tmux ${tmuxArgs.join(' ')} failed: ${result.stderr}`);
      return result.stdout;
    };
    tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'herald', '-x', '200', '-y', '50', command);
    const screen = () => tmux('capture-pane', '-p', '-J', '-t', 'herald');
    const waitFor = async (pattern: RegExp, what = String(pattern)): Promise<string> => {
      for (let attempt = 0; attempt < 300; attempt += 1) {
        const text = screen();
        if (pattern.test(text)) return text;
        await sleep(50);
      }
      throw new Error(`Waited 15 s for ${what}; the screen shows:\n${screen()}`);
    };
    /** Waits for the question to be the active one, then types the answer (or keys) and Enter. */
    const answer = async (question: string, text: string | { keys: string[] } = ''): Promise<void> => {
      await waitFor(new RegExp(`^\\? ${question}`, 'm'), `the question "${question}"`);
      if (typeof text !== 'string') tmux('send-keys', '-t', 'herald', ...text.keys);
      else if (text !== '') tmux('send-keys', '-t', 'herald', '-l', text);
      tmux('send-keys', '-t', 'herald', 'Enter');
    };
    return { folder, waitFor, answer };
  }

  it('asks for a win, ticks goals from the plan, and adds it in place', async () => {
    const { folder, waitFor, answer } = await startSession('');
    await answer('The win, in one line', 'SSO: live for every customer');
    await answer('When did it happen', ''); // today
    await answer('What was done', 'Shipped Okta and Azure AD sign-on.');
    await answer('Why does it matter', '');
    await answer('What comes next', 'Roll out to EU');
    await answer('By when', '2027-04-01');
    await answer('Which goals', { keys: ['Space'] }); // the first: leadership-awareness
    await answer('Who should hear about it'); // none: those of its goals
    await answer('How much does it matter', { keys: ['Up'] }); // from medium up to high
    await answer('A figure that shows it', 'deals unblocked=4');
    await answer('Where can people check it', 'https://crm.example.com/reports/sso');
    await answer('Who should be thanked', 'Priya Shah, Tom Lee');
    const screen = await waitFor(/HERALD-EXIT:\d+/, 'herald to exit');
    expect(screen).toContain('Recorded win sso-live-for-every-customer (2027-03-15) in herald.yaml');
    expect(screen).toContain('HERALD-EXIT:0');
    const text = await readFile(join(folder, 'herald.yaml'), 'utf8');
    expect(text).toContain(
      [
        '    evidence: https://crm.example.com/reports/123',
        '  - id: sso-live-for-every-customer',
        '    date: 2027-03-15',
        '    title: "SSO: live for every customer"',
        '    what: Shipped Okta and Azure AD sign-on.',
        '    next: { text: Roll out to EU, by: 2027-04-01 }',
        '    impact: high',
        '    goals: [leadership-awareness]',
        '    metric: { name: deals unblocked, value: 4 }',
        '    evidence: https://crm.example.com/reports/sso',
        '    credit: [Priya Shah, Tom Lee]',
        '',
      ].join('\n'),
    );
    const check = await runCli(['validate', '--format', 'json'], { cwd: folder, env: { HERALD_TODAY: TODAY } });
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true });
  }, 90_000);

  it('offers changelog candidates to tick, then completes each one', async () => {
    const { folder, waitFor, answer } = await startSession(`--from-changelog ${join(FIXTURES, 'CHANGELOG.md')}`);
    // Tick the first and the third candidate.
    await answer('Which of these are wins worth telling', { keys: ['Space', 'Down', 'Down', 'Space'] });
    for (const title of ['Bulk export of reports to CSV', 'New pricing page']) {
      await answer('The win, in one line'); // the candidate's title
      await answer('When did it happen'); // the release's date
      await answer('What was done');
      await answer('Why does it matter', `${title} matters.`);
      await answer('What comes next');
      await answer('Which goals');
      await answer('Who should hear about it');
      await answer('How much does it matter');
      await answer('A figure that shows it');
      await answer('Where can people check it');
      await answer('Who should be thanked');
      await waitFor(new RegExp(`Recorded win ${title.toLowerCase().replace(/ /g, '-')}`), `the win "${title}" recorded`);
    }
    const screen = await waitFor(/HERALD-EXIT:\d+/, 'herald to exit');
    expect(screen).toContain('HERALD-EXIT:0');
    const text = await readFile(join(folder, 'herald.yaml'), 'utf8');
    expect(text).toContain(
      '  - id: bulk-export-of-reports-to-csv\n    date: 2027-03-02\n    title: Bulk export of reports to CSV\n' +
        '    why: Bulk export of reports to CSV matters.\n    impact: medium\n  - id: new-pricing-page\n    date: 2026-12-01\n',
    );
  }, 90_000);
});
