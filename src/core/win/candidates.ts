/**
 * Candidate wins read from what engineers already write down: git history (merge commits,
 * squashed pull requests, conventional `feat:`/`perf:` commits), a Keep a Changelog file,
 * or changesets' `.changeset/*.md`. Pure: the caller runs git and reads the files.
 */
import { isIsoDate, type IsoDate } from '../time/dates.js';

export interface Candidate {
  title: string;
  date: IsoDate;
  /** Where it comes from, to show beside it and to find it again: "a1b2c3d #123", "CHANGELOG.md 1.2.0". */
  source: string;
}

/** The `git log --format` that candidatesFromGitLog reads: hash, committer date, parents, subject, body. */
export const GIT_LOG_FORMAT = '%h%x1f%cs%x1f%p%x1f%s%x1f%b%x1e';

const CONVENTIONAL = /^(feat|perf)(\([^)]*\))?!?:\s*(.+)$/i;
const PULL_REQUEST = /\s*\(#(\d+)\)\s*$/;
const GITHUB_MERGE = /^Merge pull request #(\d+) from \S+/;
const GITLAB_MERGE = /^Merge branch '([^']+)'(?: into .+)?$/;
const DEFAULT_BRANCHES = new Set(['main', 'master', 'develop', 'trunk']);

/**
 * The commits of `git log --format=GIT_LOG_FORMAT` that look like shipped work: merge
 * commits (titled by the pull request's title, the body's first line, when there is one),
 * subjects ending in "(#123)" as GitHub writes squashed pull requests, and conventional
 * `feat:` and `perf:` commits. Other commits (fixes, chores, typos) are not wins to share.
 */
export function candidatesFromGitLog(log: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const record of log.split('\x1e')) {
    const [hash = '', date = '', parents = '', subject = '', body = ''] = record.replace(/^\s+/, '').split('\x1f');
    if (hash === '' || !isIsoDate(date)) continue;
    const merge = parents.trim().split(/\s+/).length > 1;
    const firstBodyLine = body
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
    let title = subject.trim();
    let number: string | undefined;
    const github = GITHUB_MERGE.exec(title);
    const gitlab = GITLAB_MERGE.exec(title);
    if (merge && github !== null) {
      number = github[1];
      title = firstBodyLine ?? title;
    } else if (merge && gitlab !== null) {
      title = firstBodyLine ?? gitlab[1] ?? title;
    }
    const pullRequest = PULL_REQUEST.exec(title);
    if (pullRequest !== null) {
      number ??= pullRequest[1];
      title = title.slice(0, pullRequest.index);
    }
    const conventional = CONVENTIONAL.exec(title);
    if (conventional !== null) title = conventional[3] ?? title;
    else if (!merge && pullRequest === null) continue;
    // A conventional commit that is neither feat nor perf (fix:, chore:) is not a win.
    if (conventional === null && /^[a-z]+(\([^)]*\))?!?:\s/.test(title)) continue;
    title = sentence(title);
    // "Merge branch 'main' into x", "Merge remote-tracking branch": bringing a branch up to date, not work done.
    if (title === '' || /^Merge\b/.test(title) || (gitlab !== null && DEFAULT_BRANCHES.has(gitlab[1] ?? ''))) continue;
    candidates.push({ title, date, source: number === undefined ? hash : `${hash} #${number}` });
  }
  return dedupe(candidates);
}

/** Keep a Changelog sections whose entries are shipped work worth telling. */
const WIN_SECTIONS = new Set(['added', 'changed', 'fixed', 'security']);

/**
 * The entries of a Keep a Changelog file (https://keepachangelog.com) under Added, Changed,
 * Fixed and Security of each dated release; `Unreleased` is left out (it has no date yet),
 * as are Deprecated and Removed.
 */
export function candidatesFromChangelog(text: string, fileName: string): Candidate[] {
  const candidates: Candidate[] = [];
  let release: { version: string; date: IsoDate } | undefined;
  let section = '';
  let current: string[] | undefined;
  const flush = (): void => {
    if (current !== undefined && release !== undefined) {
      const title = sentence(stripMarkdown(current.join(' ')));
      if (title !== '') candidates.push({ title, date: release.date, source: `${fileName} ${release.version}` });
    }
    current = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    const heading = /^##\s+\[?([^\]\s]+)\]?(?:\s*[-\u2013\u2014]\s*(\d{4}-\d{2}-\d{2}))?/.exec(line);
    if (/^##\s/.test(line) && !/^###/.test(line)) {
      flush();
      const date = heading?.[2];
      release = heading !== null && date !== undefined && isIsoDate(date) ? { version: heading[1] ?? '', date } : undefined;
      section = '';
      continue;
    }
    const sub = /^###\s+(.+?)\s*$/.exec(line);
    if (sub !== null) {
      flush();
      section = (sub[1] ?? '').toLowerCase();
      continue;
    }
    if (release === undefined || !WIN_SECTIONS.has(section)) continue;
    const item = /^[-*+]\s+(.*)$/.exec(line);
    if (item !== null) {
      flush();
      current = [item[1] ?? ''];
    } else if (current !== undefined && /^\s+\S/.test(line)) {
      current.push(line.trim());
    } else if (line.trim() === '') {
      flush();
    }
  }
  flush();
  return dedupe(candidates);
}

/**
 * One changeset (`.changeset/<name>.md`): front matter naming the packages and their bump,
 * then the summary, whose first line is the candidate's title. A changeset has no date: it
 * is work merged but not released yet, so it is dated `today`.
 */
export function candidateFromChangeset(text: string, fileName: string, today: IsoDate): Candidate | undefined {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (match === null) return undefined;
  const firstLine = (match[1] ?? '').split(/\r?\n/).find((line) => line.trim() !== '');
  const title = firstLine === undefined ? '' : sentence(stripMarkdown(firstLine.replace(/^[-*+]\s+/, '')));
  return title === '' ? undefined : { title, date: today, source: fileName };
}

/** Is this the text of a changeset (front matter first), rather than a changelog? */
export function isChangeset(text: string): boolean {
  return /^\uFEFF?---\r?\n/.test(text);
}

/** Links to their text, code spans and emphasis to plain words, a trailing "(#12)" or "by @x" gone. */
function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/\s*\((?:#\d+(?:,\s*)?)+\)\s*$/, '')
    .replace(/\s+by @\S+$/, '')
    .trim();
}

/** One line, trimmed, its first letter capitalised, no full stop at the end. */
function sentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** The same title twice (a PR merged, then released) is one candidate: the first, newest in a log. */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = candidate.title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
