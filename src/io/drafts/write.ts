/**
 * The write phase of `herald generate`, under the drafts folder's lock so that two runs into
 * one folder keep each other's manifest entries. Each draft's fate is decided again under the
 * lock (the user may have edited one since the drafts were planned), every temp file, the
 * manifest's included, is written whole before anything is renamed (a full disk leaves the
 * folder as it was), and each rename happens only if the draft is still the file that was
 * read: one edited meanwhile, or a link swapped in for it, is kept, never written through.
 */
import { join } from 'node:path';
import { compareText } from '../../core/words/text.js';
import { HeraldError } from '../../errors.js';
import { MANIFEST_NAME, readManifest, sha256, type DraftWritePlan, type PlannedDraft } from './folder.js';
import { writeProblem } from '../file-errors.js';
import { READ_NO_FOLLOW, nodeFileSystem, quietly, removeQuietly, type FileInfo, type FileSystem } from '../safe-write/file-system.js';
import { readFully } from '../safe-write/full-write.js';
import { acquireLock } from '../safe-write/lock.js';
import {
  commitTemp,
  identityOf,
  isWriteProtected,
  sameIdentity,
  syncFolder,
  writeTempBeside,
  type Identity,
} from '../safe-write/replace.js';
import { removeLeftovers } from '../safe-write/temp-file.js';

export const DRAFTS_LOCK_NAME = '.herald-drafts.lock';
/** A draft larger than this is not one Herald wrote: it is kept, unread. */
const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

/** Why a draft was kept, when it was not simply edited before the run. */
export const KEPT_CHANGED = 'changed while Herald was writing';
export const KEPT_PROTECTED = 'write-protected';

interface Decided {
  draft: PlannedDraft;
  /** The file as found under the lock (null: none), which must still be there at the rename. */
  seen: Identity | null;
  /** Its mode (and owner) go to the new file. */
  info: FileInfo | null;
  temp?: string;
}

/** Writes the drafts that need it and the manifest; returns the plan with each draft's final status. */
export async function writeDrafts(plan: DraftWritePlan, options: { fileSystem?: FileSystem | undefined } = {}): Promise<DraftWritePlan> {
  const fs = options.fileSystem ?? nodeFileSystem;
  try {
    fs.mkdir(plan.folder);
    const folderInfo = fs.lstat(plan.folder);
    if (folderInfo === null || folderInfo.isSymbolicLink() || !folderInfo.isDirectory()) {
      throw new HeraldError('file-changed', `The output folder ${plan.displayFolder} was replaced while Herald was writing`, {
        hint: 'Run the command again.',
      });
    }
    removeLeftovers(fs, plan.folder);
    const lock = await acquireLock(fs, join(plan.folder, DRAFTS_LOCK_NAME), `drafts into ${plan.displayFolder}/`, {
      displayLockPath: join(plan.displayFolder, DRAFTS_LOCK_NAME),
    });
    try {
      return await writeUnderLock(fs, plan);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw writeProblem(error, plan.displayFolder);
  }
}

async function writeUnderLock(fs: FileSystem, plan: DraftWritePlan): Promise<DraftWritePlan> {
  // Read again: another run may have added its entries since this one planned.
  const manifest = await readManifest(plan.folder, plan.displayFolder, []);
  const decided = plan.drafts.map((draft) => decide(fs, draft, manifest, plan.force));
  const pending = decided.filter((entry) => isWrite(entry.draft.status));
  const manifestPath = join(plan.folder, MANIFEST_NAME);
  const temps = new Set<string>();
  const writeTemp = (target: string, data: Uint8Array, info: FileInfo | null): string => {
    const temp = writeTempBeside(fs, target, data, info);
    temps.add(temp);
    return temp;
  };
  try {
    // Everything written before anything is renamed: a full disk fails here and changes nothing.
    for (const entry of pending) entry.temp = writeTemp(entry.draft.path, new TextEncoder().encode(entry.draft.content), entry.info);
    let manifestTemp = writeTemp(manifestPath, manifestBytes(entriesOf(decided, manifest)), null);
    let keptLate = false;
    for (const entry of pending) {
      const temp = entry.temp ?? '';
      temps.delete(temp);
      const renamed = commitTemp(fs, temp, entry.draft.path, () => {
        const now = fs.lstat(entry.draft.path);
        return sameIdentity(now === null ? null : identityOf(now), entry.seen);
      });
      if (!renamed) {
        entry.draft = { ...entry.draft, status: 'kept', note: KEPT_CHANGED };
        keptLate = true;
      }
    }
    if (keptLate) {
      temps.delete(manifestTemp);
      removeQuietly(fs, manifestTemp);
      manifestTemp = writeTemp(manifestPath, manifestBytes(entriesOf(decided, manifest)), null);
    }
    const manifestInfo = fs.lstat(manifestPath);
    if (manifestInfo !== null && (manifestInfo.isSymbolicLink() || !manifestInfo.isFile())) {
      throw new HeraldError('not-a-file', `${join(plan.displayFolder, MANIFEST_NAME)} is in the way: it is not a file`, {
        hint: 'Move it, then run the command again.',
      });
    }
    fs.rename(manifestTemp, manifestPath);
    temps.delete(manifestTemp);
  } finally {
    // Whatever failed, no temp file stays behind.
    for (const temp of temps) removeQuietly(fs, temp);
  }
  syncFolder(fs, plan.folder);
  return { ...plan, drafts: decided.map((entry) => entry.draft) };
}

function isWrite(status: PlannedDraft['status']): boolean {
  return status === 'new' || status === 'updated' || status === 'overwritten';
}

/** The draft's status from the file as it is now and the manifest as it is now. */
function decide(fs: FileSystem, draft: PlannedDraft, manifest: Record<string, string>, force: boolean): Decided {
  const info = fs.lstat(draft.path);
  if (info === null) return { draft: { ...draft, status: 'new' }, seen: null, info: null };
  const seen = identityOf(info);
  const as = (status: PlannedDraft['status'], note?: string): Decided => ({
    draft: { ...draft, status, ...(note === undefined ? {} : { note }) },
    seen,
    info,
  });
  const keep = (note?: string): Decided => as('kept', note);
  // A link or anything but a file appeared since the plan was made: left alone, never followed.
  if (!info.isFile() || info.size > MAX_DRAFT_BYTES) return keep(KEPT_CHANGED);
  const hash = hashOf(fs, draft.path, seen);
  if (hash === null) return keep(KEPT_CHANGED);
  if (hash === sha256(draft.content)) return as('unchanged');
  if (isWriteProtected(info)) return keep(KEPT_PROTECTED);
  if (manifest[draft.fileName] === hash) return as('updated');
  return force ? as('overwritten') : keep();
}

/** The sha256 of the file if it is still the one lstat saw (O_NOFOLLOW: a link swapped in is refused). */
function hashOf(fs: FileSystem, path: string, seen: Identity): string | null {
  let fd: number;
  try {
    fd = fs.open(path, READ_NO_FOLLOW);
  } catch {
    return null;
  }
  try {
    const info = fs.fstat(fd);
    if (info.ino !== seen.ino || info.dev !== seen.dev) return null;
    return sha256(Buffer.from(readFully(fs, fd, info.size)).toString('utf8'));
  } finally {
    quietly(() => fs.close(fd));
  }
}

/** What Herald last wrote to each file: this run's drafts where they were written, the earlier entries otherwise. */
function entriesOf(decided: readonly Decided[], manifest: Record<string, string>): Record<string, string> {
  const entries = { ...manifest };
  for (const { draft } of decided) {
    if (draft.status !== 'kept') entries[draft.fileName] = sha256(draft.content);
  }
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => compareText(a, b)));
}

function manifestBytes(files: Record<string, string>): Uint8Array {
  const note = 'Written by herald generate: what it last wrote to each draft, so edited drafts are kept.';
  return new TextEncoder().encode(`${JSON.stringify({ version: 1, note, files }, null, 2)}\n`);
}
