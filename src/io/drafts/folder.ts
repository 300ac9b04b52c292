/**
 * The output folder of `herald generate`: what happens to each draft (drafts-write.ts writes
 * them, whole and only inside the folder); a draft the user has edited since Herald wrote it is kept, which is
 * what the manifest is for: the sha256 of what Herald last wrote to each file.
 */
import { createHash } from 'node:crypto';
import { lstat, readlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { HeraldError } from '../../errors.js';
import { displayPathOf } from '../read-plan-file.js';
import { readBounded } from '../read-bounded.js';

/** Far above any draft Herald writes (a few KB), so a huge file in the way is an error, not a hash. */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

export const MANIFEST_NAME = '.herald-drafts.json';

/** new: no such file; updated: Herald's own earlier draft replaced; kept: edited by the user, left alone. */
export type DraftStatus = 'new' | 'updated' | 'unchanged' | 'kept' | 'overwritten';

export interface DraftFile {
  fileName: string;
  content: string;
}

export interface PlannedDraft {
  fileName: string;
  path: string;
  displayPath: string;
  content: string;
  status: DraftStatus;
  /** Why a draft is kept when it is not simply edited (write-protected, changed during the run). */
  note?: string;
  /**
   * For a kept draft: the text on disk (the user's), and whether what Herald would write now
   * differs from what it last wrote there, i.e. the plan has changed since (false when there
   * is no record of what it wrote).
   */
  kept?: { text: string; planChanged: boolean };
}

export interface DraftWritePlan {
  folder: string;
  displayFolder: string;
  drafts: PlannedDraft[];
  manifest: Record<string, string>;
  /** --force: replace drafts edited by the user too. */
  force: boolean;
  /** Problems worth a line on stderr, e.g. an unreadable manifest. */
  warnings: string[];
}

export function sha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Decides what happens to each draft, touching nothing. Refuses links and non-files in the way. */
export async function planDraftWrites(
  outFolder: string,
  drafts: readonly DraftFile[],
  options: { cwd: string; force: boolean },
): Promise<DraftWritePlan> {
  const folder = resolve(options.cwd, outFolder);
  const displayFolder = displayPathOf(folder, options.cwd);
  const folderInfo = await lstatOrNull(folder);
  if (folderInfo?.isSymbolicLink() === true) {
    throw new HeraldError('symbolic-link', `The output folder ${displayFolder} is a symbolic link (to ${await readlink(folder)})`, {
      hint: 'Herald writes drafts only into a real folder: pass the folder the link points to with --out.',
    });
  }
  if (folderInfo !== null && !folderInfo.isDirectory()) {
    throw new HeraldError('not-a-folder', `The output path ${displayFolder} is not a folder`, {
      hint: 'Pass a folder with --out, e.g. --out drafts.',
    });
  }

  const warnings: string[] = [];
  const manifest = folderInfo === null ? {} : await readManifest(folder, displayFolder, warnings);
  const planned: PlannedDraft[] = [];
  for (const draft of drafts) {
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(draft.fileName) || draft.fileName.includes('..')) {
      throw new Error(`Not a safe draft file name: ${JSON.stringify(draft.fileName)}`);
    }
    const path = join(folder, draft.fileName);
    const displayPath = displayPathOf(path, options.cwd);
    planned.push({ ...draft, path, displayPath, ...(await statusOf(path, displayPath, draft, manifest, options.force)) });
  }
  return { folder, displayFolder, drafts: planned, manifest, force: options.force, warnings };
}

async function statusOf(
  path: string,
  displayPath: string,
  draft: DraftFile,
  manifest: Record<string, string>,
  force: boolean,
): Promise<Pick<PlannedDraft, 'status' | 'kept'>> {
  const info = await lstatOrNull(path);
  if (info === null) return { status: 'new' };
  await refuseIfNotAFile(path, displayPath, info);
  const text = (await readBounded(path, { displayPath, maxBytes: MAX_DRAFT_BYTES, what: 'a draft' })).toString('utf8');
  const existing = sha256(text);
  if (existing === sha256(draft.content)) return { status: 'unchanged' };
  if (manifest[draft.fileName] === existing) return { status: 'updated' };
  if (force) return { status: 'overwritten' };
  // Without a record of what Herald last wrote there, nobody can say whether the plan changed it.
  const wrote = manifest[draft.fileName];
  return { status: 'kept', kept: { text, planChanged: wrote !== undefined && wrote !== sha256(draft.content) } };
}

/** The manifest as it is on disk; an unreadable one counts as empty, with a warning. */
export async function readManifest(folder: string, displayFolder: string, warnings: string[]): Promise<Record<string, string>> {
  const path = join(folder, MANIFEST_NAME);
  const info = await lstatOrNull(path);
  if (info === null) return {};
  await refuseIfNotAFile(path, join(displayFolder, MANIFEST_NAME), info);
  const bytes = await readBounded(path, {
    displayPath: join(displayFolder, MANIFEST_NAME),
    maxBytes: MAX_DRAFT_BYTES,
    what: "Herald's manifest",
  });
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { files?: unknown };
    const files = parsed.files;
    if (files === null || typeof files !== 'object' || Array.isArray(files)) throw new Error('no files map');
    return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // Without it every existing draft counts as edited and is kept: safe, never lossy.
    warnings.push(`${join(displayFolder, MANIFEST_NAME)} is unreadable; existing drafts are treated as edited and kept`);
    return {};
  }
}

async function refuseIfNotAFile(path: string, displayPath: string, info: Awaited<ReturnType<typeof lstat>>): Promise<void> {
  if (info.isSymbolicLink()) {
    throw new HeraldError(
      'symbolic-link',
      `${displayPath} is a symbolic link (to ${await readlink(path)}); Herald does not write through links`,
      { hint: 'Remove the link, or choose another output folder with --out.' },
    );
  }
  if (!info.isFile()) {
    throw new HeraldError('not-a-file', `${displayPath} is in the way: it is not a file`, {
      hint: 'Move it, or choose another output folder with --out.',
    });
  }
}

async function lstatOrNull(path: string): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new HeraldError('read-failed', `Cannot read ${path}: ${(error as Error).message}`);
  }
}
