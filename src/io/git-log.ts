import { execFile } from 'node:child_process';
import { HeraldError } from '../errors.js';

/**
 * `git log` of a range in a local repository, in the given format. Runs git directly (no
 * shell, so a range cannot run anything else) and never touches the network: only commits
 * already in the repository are read.
 */
export function gitLog(range: string, format: string, cwd: string, env: Record<string, string | undefined>): Promise<string> {
  if (range.startsWith('-')) {
    return Promise.reject(
      new HeraldError('bad-git-range', `--from-git ${range} is not a range`, {
        hint: 'Give a range such as v1.2.0..HEAD or main~20..main.',
      }),
    );
  }
  // --end-of-options: whatever the range says, git reads it as a revision, never as an option.
  const args = ['log', '--no-color', `--format=${format}`, '--end-of-options', range];
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new HeraldError('git-missing', 'git is not installed (or not on the PATH)', {
            hint: 'Install git, or use --from-changelog instead.',
          }),
        );
      }
      const said = stderr.trim().split('\n')[0] ?? '';
      reject(
        new HeraldError('git-failed', `git could not read the range ${JSON.stringify(range)}${said === '' ? '' : `: ${said}`}`, {
          hint: 'Run herald in the repository, with a range git knows, e.g. --from-git v1.2.0..HEAD or --from-git HEAD~30..HEAD.',
        }),
      );
    });
  });
}
