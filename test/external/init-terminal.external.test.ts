import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempFolder } from '../helpers/run-cli.js';

async function validateFile(folder: string, file: string) {
  const result = await runCli(['validate', file, '--format', 'json'], { cwd: folder, env: { HERALD_TODAY: '2027-01-10' } });
  return { code: result.code, report: JSON.parse(result.stdout) as { valid: boolean; diagnostics: { severity: string }[] } };
}

/**
 * A real pseudo-terminal: tmux runs the built binary, the test types into it and reads the
 * screen. Needs tmux (`apt-get install -y tmux`); every wait is bounded and polls the screen.
 */
describe('herald init in a terminal (tmux)', () => {
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  const sockets: string[] = [];
  afterAll(() => {
    for (const socket of sockets) spawnSync('tmux', ['-S', socket, 'kill-server']);
  });

  function startSession(folder: string, file: string) {
    if (version.status !== 0) throw new Error('tmux is not installed: the pseudo-terminal test needs it (apt-get install -y tmux)');
    const socket = join(folder, 'tmux.sock');
    sockets.push(socket);
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const command =
      `cd ${quote(folder)} && HERALD_TODAY=2026-11-23 TZ=Europe/Berlin ${quote(process.execPath)} ${quote(BIN)} init ${file};` +
      ` echo "HERALD-EXIT:$?"; sleep 600`;
    const tmux = (...args: string[]) => {
      const result = spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${result.stderr}`);
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
    /**
     * Waits for the question to be the active one (`? message`), then types the answer (text,
     * or keys such as Up for a select) and Enter.
     */
    const answer = async (question: string, text: string | { keys: string[] } = ''): Promise<void> => {
      await waitFor(new RegExp(`^\\? ${question}`, 'm'), `the question "${question}"`);
      if (typeof text !== 'string') tmux('send-keys', '-t', 'herald', ...text.keys);
      else if (text !== '') tmux('send-keys', '-t', 'herald', '-l', text);
      tmux('send-keys', '-t', 'herald', 'Enter');
    };
    return { tmux, waitFor, answer };
  }

  it('asks the questions, checks the cadence as it is typed, and writes a plan that validates', async () => {
    const folder = await tempFolder();
    const { tmux, waitFor, answer } = startSession(folder, 'plan.yaml');
    await answer('Name of the plan', 'Platform team: visibility #1');
    await answer('What is the plan for'); // the suggested summary
    await answer('Organisation', 'Acme Corp');
    await answer('Who owns the plan', 'Dana Lee');
    await answer('First day', '2027-01-04');
    await answer('Last day', '2027-06-30');
    await answer('Time zone'); // the default: the system's, Europe/Berlin
    await answer('What research', 'Q4 pulse survey');
    await answer('What kind of research'); // survey
    await answer('Your first goal', 'Senior leaders can name what the platform team shipped');
    await answer("The goal's id", ''); // the suggestion, senior-leaders-name
    await answer('Why does it matter', 'Budgets follow what leadership sees.');
    await answer('How is it measured');
    await answer('Unit');
    await answer('Where does it stand today', '20');
    await answer('Where should it be', '80');
    await answer('When is the target due');
    await answer('Who are the decision-makers', 'Executive team');
    // All ten channel types in view (inquirer showed seven).
    const list = await waitFor(/^\? How do you reach Executive team/m, 'the channel types');
    for (const type of ['email', 'slack', 'teams', 'meeting', 'one-on-one', 'hallway', 'podcast', 'newsletter', 'intranet', 'other'])
      expect(list).toMatch(new RegExp(`^.{0,4}${type}$`, 'm'));
    await answer('How do you reach Executive team'); // email
    await answer('How often does Executive team', 'every blue moon');
    await waitFor(/"every blue moon" is not a cadence Herald can read/, 'the cadence error');
    for (let i = 0; i < 'every blue moon'.length; i += 1) tmux('send-keys', '-t', 'herald', 'BSpace');
    await answer('How often does Executive team', 'monthly on the first tuesday');
    // The plan runs to June: 35 days without a touch, said at the question.
    await waitFor(/would hear nothing for 35 days/, 'the decision-makers warning');
    await answer('Keep "monthly on the first tuesday" anyway', 'n');
    await answer('How often does Executive team', 'weekly on thursday');
    await answer('At what time does Executive team', '08:30');
    await answer('Add another audience', 'y');
    await answer('Name of the audience', 'Sales team');
    await answer('How much does Sales team decide', { keys: ['Up'] }); // from medium up to high
    await answer('How much does Sales team already care'); // high
    await answer('How do you reach Sales team'); // slack
    await answer('How often does Sales team'); // weekly on tuesday
    await answer('At what time does Sales team', 'all day');
    await answer('Add another audience'); // no
    await answer('How can people answer back');
    const screen = await waitFor(/HERALD-EXIT:\d+/, 'herald to exit');
    expect(screen).toContain('HERALD-EXIT:0');
    expect(screen).toContain('Wrote plan.yaml');

    const text = await readFile(join(folder, 'plan.yaml'), 'utf8');
    expect(text).toContain('name: "Platform team: visibility #1"');
    expect(text).toContain('cadence: weekly on thursday\n    time: "08:30"');
    expect(text).toContain('- id: senior-leaders-name');
    expect(text).toContain('    why: Budgets follow what leadership sees.\n');
    expect(text).toContain('timezone: Europe/Berlin');
    expect(text).toMatch(/name: Sales team\n {4}influence: high\n {4}interest: high\n {4}channels: \[sales-team-slack\]/);
    const { code, report } = await validateFile(folder, 'plan.yaml');
    expect(report).toEqual({ file: 'plan.yaml', valid: true, diagnostics: [] });
    expect(code).toBe(0);
  }, 90_000);

  it('stops quietly with exit 130 at Ctrl-C and writes nothing', async () => {
    const folder = await tempFolder();
    const { tmux, waitFor, answer } = startSession(folder, 'plan.yaml');
    await answer('Name of the plan', 'Half done');
    await waitFor(/^\? What is the plan for/m, 'the second question');
    tmux('send-keys', '-t', 'herald', 'C-c');
    const screen = await waitFor(/HERALD-EXIT:\d+/, 'herald to exit');
    expect(screen).toContain('HERALD-EXIT:130');
    expect(screen).toContain('Stopped: nothing was written to plan.yaml.');
    expect(screen).not.toMatch(/error|bug|\n\s+at /i);
    expect(spawnSync('ls', [folder]).stdout.toString().trim()).toBe('tmux.sock');
  }, 60_000);
});
