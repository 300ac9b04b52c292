import type { IsoDate } from '../../core/time/dates.js';
import {
  candidateFromChangeset,
  candidatesFromChangelog,
  candidatesFromGitLog,
  GIT_LOG_FORMAT,
  isChangeset,
  type Candidate,
} from '../../core/win/candidates.js';
import { gitLog } from '../../io/git-log.js';
import { readChangelog } from '../../io/read-changelog.js';
import type { CommandContext } from '../shared/context.js';

/** The candidate wins of `--from-git` or `--from-changelog`, and where they were read, for messages. */
export async function readCandidates(
  options: { fromGit?: string | undefined; fromChangelog?: string | undefined },
  today: IsoDate,
  context: CommandContext,
): Promise<{ candidates: Candidate[]; from: string }> {
  if (options.fromGit !== undefined) {
    const log = await gitLog(options.fromGit, GIT_LOG_FORMAT, context.cwd, context.env);
    return { candidates: candidatesFromGitLog(log), from: `git ${options.fromGit}` };
  }
  const path = options.fromChangelog ?? 'CHANGELOG.md';
  const files = await readChangelog(path, context.cwd);
  const candidates = files.flatMap((file) => {
    if (!isChangeset(file.text)) return candidatesFromChangelog(file.text, file.displayPath);
    const candidate = candidateFromChangeset(file.text, file.displayPath, today);
    return candidate === undefined ? [] : [candidate];
  });
  return { candidates, from: path };
}
