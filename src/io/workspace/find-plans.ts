import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { HeraldError } from '../../errors.js';
import { displayPathOf, MAX_PLAN_BYTES, readPlanFile, type PlanFile } from '../read-plan-file.js';
import { ORG_FILE } from './find-org-file.js';

/** Far above any organisation's plans; a folder with more is the wrong folder (a home, a disk). */
export const MAX_WORKSPACE_PLANS = 10_000;
/** Entries (files and folders) looked at while searching folders, for the same reason. */
export const MAX_ENTRIES_SEEN = 200_000;
/** All plans together: 10,000 plans of 25 KB. */
export const MAX_WORKSPACE_BYTES = 256 * 1024 * 1024;
/** Folders nest no deeper than this below a folder named on the command line. */
export const MAX_FOLDER_DEPTH = 32;

/**
 * Whether a YAML file is a Herald plan: it has the two keys every plan has, `version:` and
 * `plan:`, at the top level (at the start of a line). Others (CI workflows, docker-compose
 * files, the organisation file) are skipped without a word. Looked for in the raw bytes, read
 * as Latin-1: the keys are ASCII, and no YAML parse is spent on files that are not plans.
 */
export function looksLikePlan(bytes: Uint8Array): boolean {
  // Searched in the bytes themselves: no text made of each of 500 files.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return startsALine(buffer, VERSION_KEY, () => true) && startsALine(buffer, PLAN_KEY, (end) => endsTheLine(buffer, end));
}

const VERSION_KEY = Buffer.from('version:');
const PLAN_KEY = Buffer.from('plan:');

/** `key` at the start of a line (after a line feed or a carriage return) where `rest` accepts what follows it. */
function startsALine(buffer: Buffer, key: Buffer, rest: (end: number) => boolean): boolean {
  for (let at = buffer.indexOf(key); at !== -1; at = buffer.indexOf(key, at + 1)) {
    const before = at === 0 ? 0x0a : buffer[at - 1];
    if ((before === 0x0a || before === 0x0d) && rest(at + key.length)) return true;
  }
  return false;
}

/** Nothing but blanks, and perhaps a comment, from `offset` to the end of the line: `plan:` opens a section. */
function endsTheLine(buffer: Buffer, offset: number): boolean {
  let at = offset;
  while (buffer[at] === 0x20 || buffer[at] === 0x09) at += 1;
  const next = buffer[at];
  return next === undefined || next === 0x23 /* # */ || next === 0x0a || next === 0x0d;
}

/**
 * The plan files that command-line arguments name: a file is a plan however it is named; a
 * folder gives every plan in it and its subfolders (see looksLikePlan), in path order.
 * Links are not followed (no loops, nothing outside the named folders); hidden folders and
 * node_modules are not searched. Limits as above: a HeraldError (exit 2) past them.
 */
export function findPlanFiles(
  argumentsGiven: readonly string[],
  cwd: string,
  usage: string,
  /** Told each folder's listing as it is read (the organisation file lookup uses them). */
  onListing: (folder: string, entries: readonly Dirent[]) => void = () => {},
): PlanFile[] {
  const found = new Map<string, PlanFile>();
  const budget = { entries: 0, bytes: 0 };
  const add = (file: PlanFile): void => {
    if (found.has(file.absolutePath)) return;
    budget.bytes += file.bytes.byteLength;
    if (found.size >= MAX_WORKSPACE_PLANS || budget.bytes > MAX_WORKSPACE_BYTES) {
      throw new HeraldError(
        'too-many-plans',
        `More than ${MAX_WORKSPACE_PLANS.toLocaleString('en-US')} plans (or 256 MB of them) here; Herald stopped reading`,
        {
          hint: 'Name the folder that holds your organisation’s plans, not one above it.',
        },
      );
    }
    found.set(file.absolutePath, file);
  };
  for (const argument of argumentsGiven) {
    const absolutePath = resolve(cwd, argument);
    if (isFolder(absolutePath)) searchFolder(absolutePath, 0, cwd, budget, add, onListing);
    else add(readPlanFile(argument, cwd, usage));
  }
  return [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // readPlanFile says what is wrong with the path
  }
}

function searchFolder(
  folder: string,
  depth: number,
  cwd: string,
  budget: { entries: number },
  add: (file: PlanFile) => void,
  onListing: (folder: string, entries: readonly Dirent[]) => void,
): void {
  if (depth > MAX_FOLDER_DEPTH) return;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    // The folder named on the command line must be readable; below it, an unreadable folder is skipped.
    if (depth === 0)
      throw new HeraldError('permission-denied', `Herald may not read the folder ${displayPathOf(folder, cwd)}`, {
        hint: `Check its permissions (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      });
    return;
  }
  onListing(folder, entries);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    budget.entries += 1;
    if (budget.entries > MAX_ENTRIES_SEEN) {
      throw new HeraldError(
        'too-many-plans',
        `More than ${MAX_ENTRIES_SEEN.toLocaleString('en-US')} files and folders under the folders named; Herald stopped searching`,
        {
          hint: 'Name the folder that holds your plans, not one above it.',
        },
      );
    }
    const path = join(folder, entry.name);
    // Dirent types come from lstat: a symbolic link is neither a file nor a folder here, so it is skipped.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') searchFolder(path, depth + 1, cwd, budget, add, onListing);
    } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && entry.name !== ORG_FILE) {
      const bytes = readCandidate(path);
      if (bytes !== undefined && looksLikePlan(bytes)) add({ absolutePath: path, displayPath: displayPathOf(path, cwd), bytes });
    }
  }
}

/**
 * A YAML file's bytes, or undefined for one too large to be a plan or unreadable: those are not
 * plans to report. Opened once, not following a link (one swapped in since the folder was
 * listed is not read), and its size asked of the open file.
 */
function readCandidate(path: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    return fstatSync(fd).size > MAX_PLAN_BYTES ? undefined : readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
