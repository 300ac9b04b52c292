import type { Plan } from '../../core/plan/schema.js';
import { checkEntryInsertion } from '../../core/track/check-insertion.js';
import { insertEntry, type NewEntry } from '../../core/track/insert-entry.js';
import type { ListSectionSpec } from '../../core/track/sections.js';
import { placeSyntaxErrors, validatePlan } from '../../core/plan/validate-plan.js';
import type { SourcePositions } from '../../core/yaml/positions.js';
import { EXIT, HeraldError } from '../../errors.js';
import { formatDiagnosticsText } from '../../format/diagnostics-text.js';
import { colorLevel, paletteFor, widthOf } from '../../io/terminal.js';
import type { CommandContext } from './context.js';
import type { LoadedPlan } from './load-plan.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface Addition {
  spec: ListSectionSpec;
  /** The entry as written, fields in any order (the section's order decides). */
  entry: NewEntry;
  /** What the entry is, for messages: "measurement", "win", "touch". */
  noun: string;
  /** A line the user could add by hand, for the hint when Herald cannot. */
  byHand: string;
}

/**
 * The in-place edit of `track`, `win`, `sent` and `skipped`: the entry inserted as text
 * (insert-entry.ts), the new text checked to say the plan plus exactly that entry, then
 * written through the one write path for edits (io/safe-write/edit-file.ts: under the plan's
 * lock, whole or not at all). If someone changed the plan since it was read, the entry is
 * added to theirs. A byte-order mark is kept. Returns the plan as written.
 */
export async function addToPlan(loaded: LoadedPlan, addition: Addition, context: CommandContext): Promise<Plan> {
  const { file } = loaded;
  // Made once before taking the lock, so a plan that cannot take the entry fails at once.
  const first = await addEntry(loaded.text, loaded.plan, loaded.positions, file.bytes, addition, loaded, context);
  let updated = first.plan;

  // Loaded only now: the lock, the temp file and the re-check cost start-up time that a failed run need not pay.
  const { editFileInPlace } = await import('../../io/safe-write/edit-file.js');
  await editFileInPlace(file.absolutePath, {
    displayPath: file.displayPath,
    cwd: context.cwd,
    fileSystem: context.fileSystem,
    edit: async (current) => {
      if (Buffer.from(current).equals(file.bytes)) return first.text;
      // Someone changed the plan since it was read (another command, an editor): add to theirs.
      const again = reloadPlan(current, loaded, addition.noun, context);
      const next = await addEntry(again.text, again.plan, again.positions, current, addition, loaded, context);
      updated = next.plan;
      return next.text;
    },
  });
  return updated;
}

/** The plan's new text (with its BOM, if it had one) and the plan it now says. */
async function addEntry(
  text: string,
  plan: Plan,
  positions: SourcePositions,
  bytes: Uint8Array,
  addition: Addition,
  loaded: Pick<LoadedPlan, 'file' | 'org'>,
  context: CommandContext,
): Promise<{ text: string; plan: Plan }> {
  const { spec, noun } = addition;
  const { displayPath } = loaded.file;
  const inserted = insertEntry(text, spec, addition.entry, { data: plan, positions });
  if (!inserted.ok) {
    throw new HeraldError('cannot-add-to-plan', `Herald cannot add a ${noun} to ${displayPath}: ${inserted.reason}`, {
      hint: `Add it by hand under \`${spec.name}:\`, e.g. ${addition.byHand}`,
    });
  }
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? '\uFEFF' : '';
  const check = checkEntryInsertion(inserted.text, plan, spec.name, readBack(addition.entry), loaded.org);
  if (check.ok) return { text: bom + inserted.text, plan: check.plan };
  if (check.errors.length === 0) {
    throw new HeraldError('plan-edit-unsafe', `Herald could not add the ${noun} to ${displayPath} safely, so it was left as it was`, {
      hint: `Please report this with your plan file; meanwhile add it by hand under \`${spec.name}:\`.`,
    });
  }
  const palette = paletteFor(colorLevel(context.stderr, context.env, context.color));
  context.stderr.write(
    formatDiagnosticsText(
      {
        file: displayPath,
        text: inserted.text,
        diagnostics: check.syntaxError === undefined ? check.errors : await placeSyntaxErrors(inserted.text, check.syntaxError),
        rulesRan: false,
      },
      palette,
      widthOf(context.stderr, context.env),
    ),
  );
  throw new HeraldError('would-have-errors', `With this ${noun} ${displayPath} would have errors, so it was left as it was`, {
    hint: `Check the ${noun}'s fields above.`,
    exitCode: EXIT.problems,
  });
}

/** The plan as it is now on disk, when it changed during the run. */
function reloadPlan(
  bytes: Uint8Array,
  loaded: Pick<LoadedPlan, 'file' | 'org'>,
  noun: string,
  context: CommandContext,
): { text: string; plan: Plan; positions: SourcePositions } {
  const { displayPath } = loaded.file;
  const result = validatePlan(bytes, { today: (zone) => context.zones.today(zone), rules: false, org: loaded.org });
  if (result.plan === undefined) {
    throw new HeraldError(
      'file-changed',
      `${displayPath} changed while Herald was writing it and now has errors, so Herald left it as it was`,
      {
        hint: `Run \`herald validate ${displayPath}\`, fix it, and add the ${noun} again.`,
        exitCode: EXIT.problems,
      },
    );
  }
  return { text: result.text, plan: result.plan, positions: result.positions };
}

/** The entry as YAML reads it back: fields left undefined are not written, nor are they read. */
function readBack(entry: NewEntry): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      result[key] = Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
    } else {
      result[key] = Array.isArray(value) ? [...(value as readonly string[])] : value;
    }
  }
  return result;
}
