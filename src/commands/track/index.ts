import { parseDateOption } from '../shared/date-flag.js';
import { goalProgress } from '../../core/goals/goal-progress.js';
import { suggestionHint } from '../../core/words/suggest.js';
import { show } from '../../core/words/text.js';
import { formatQuantity, plural } from '../../core/words/values.js';
import type { NewMeasurement } from '../../core/track/insert-measurement.js';
import { MEASUREMENTS_SECTION } from '../../core/track/sections.js';
import { formatProgressLine } from '../../core/goals/goal-words.js';
import { readMeasurementValue } from '../../core/goals/measurement-value.js';
import { EXIT, HeraldError } from '../../errors.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import { addToPlan } from '../shared/add-to-plan.js';
import type { CommandContext } from '../shared/context.js';
import { loadPlan } from '../shared/load-plan.js';
import { isFileIn, trackArguments, TRACK_USAGE } from './arguments.js';

export interface TrackOptions {
  /** YYYY-MM-DD; default: today in the plan's time zone. */
  date?: string | undefined;
  note?: string | undefined;
  /** The plan file; default herald.yaml. */
  plan?: string | undefined;
  /** A survey export to compute the value from (track-csv.ts, loaded only then). */
  fromCsv?: string | undefined;
  column?: string | undefined;
  stat?: string | undefined;
  agree?: string[] | undefined;
  where?: string[] | undefined;
  minResponses?: string | undefined;
  /** Not an option of track: -n is --dry-run everywhere, and track explains that. */
  n?: string | undefined;
}

/**
 * Records a measurement in the plan file, in place: the new entry is inserted as text, so
 * everything else in the file stays as the user wrote it. The new text is checked before it
 * is written, and written whole (temp file + rename), so the plan is never left half done.
 */
export async function trackCommand(
  words: ReadonlyArray<string | undefined>,
  given: TrackOptions,
  context: CommandContext,
): Promise<number> {
  if (given.n !== undefined) {
    throw new HeraldError('unknown-option', 'herald track has no -n: write the note as --note', {
      hint: `-n is --dry-run in generate, so it means nothing else. E.g. herald track <goal> <value> --note ${JSON.stringify(given.n)}`,
    });
  }
  const words3 = trackArguments(words, given.plan, (word) => isFileIn(context.cwd, word), given.fromCsv !== undefined);
  const { goalId, valueText } = words3;
  const options: TrackOptions = { ...given, plan: words3.plan };
  if (options.fromCsv !== undefined) {
    if (valueText !== undefined) {
      throw new HeraldError('conflicting-options', `Give a value or --from-csv, not both`, {
        hint: `herald track ${exampleGoal(goalId)} --from-csv ${options.fromCsv} --column <question> computes the value.`,
      });
    }
    const csv = await import('./csv.js');
    csv.checkCsvOptions({ ...options, fromCsv: options.fromCsv });
    return recordMeasurement(goalId, options, context, () =>
      Promise.resolve(csv.measureCsv({ ...options, fromCsv: options.fromCsv ?? '' }, context)),
    );
  }
  if (valueText === undefined) {
    throw new HeraldError('missing-argument', 'track needs a value, or --from-csv with a survey export', {
      hint: `For example: herald track ${exampleGoal(goalId)} 45, or herald track ${exampleGoal(goalId)} --from-csv pulse.csv --column C`,
    });
  }
  // Usage first: a mistyped value should not wait for the plan to be read.
  const value = readMeasurementValue(valueText);
  if (value === undefined) {
    throw new HeraldError('bad-argument', `${show(valueText)} is not a number`, {
      hint: `Write the measured value as a plain number, without its unit, e.g.\n  herald track ${exampleGoal(goalId)} ${exampleValue(valueText)}`,
    });
  }
  return recordMeasurement(goalId, options, context, () => Promise.resolve({ value, note: options.note }));
}

interface Figure {
  value: number;
  responses?: number | undefined;
  note?: string | undefined;
}

/** `figure` runs once the plan and the goal are known good. */
async function recordMeasurement(
  goalId: string,
  options: TrackOptions,
  context: CommandContext,
  figure: () => Promise<Figure>,
): Promise<number> {
  if (options.date !== undefined) {
    const date = parseDateOption('--date', options.date);
    if (!date.ok) throw new HeraldError('bad-date-option', date.message, { hint: date.hint });
  }

  // The planning rules would only cost time: track does not show warnings.
  const loaded = await loadPlan(options.plan, context, { rules: false, usage: TRACK_USAGE, edits: 'track' });
  const { plan, file } = loaded;
  const goal = plan.goals?.find((candidate) => candidate.id === goalId);
  if (goal === undefined) {
    const ids = (plan.goals ?? []).map((candidate) => candidate.id);
    throw new HeraldError('unknown-id', `${file.displayPath} has no goal ${show(goalId)}`, {
      hint: suggestionHint(goalId, ids, 'goals'),
      exitCode: EXIT.problems,
    });
  }

  const { value, responses, note } = await figure();
  const measurement: NewMeasurement = {
    goal: goal.id,
    date: options.date ?? loaded.today,
    value,
    responses,
    note: joinNotes(options.note, note),
  };
  const updated = await addToPlan(
    loaded,
    {
      spec: MEASUREMENTS_SECTION,
      entry: { ...measurement },
      noun: 'measurement',
      byHand: `- { goal: ${goal.id}, date: ${measurement.date}, value: ${value} }`,
    },
    context,
  );

  const progress = goalProgress(goal, updated.measurements);
  if (responses !== undefined) {
    const figureLine = `${note ?? ''}: ${formatQuantity(value, goal.unit)} from ${plural(responses, 'response')}`;
    context.stdout.write(`${safeTerminalText(figureLine)}\n`);
  }
  context.stdout.write(`${safeTerminalText(formatProgressLine(goal, progress))}\n`);
  if (measurement.date < plan.plan.start || measurement.date > plan.plan.end) {
    context.stderr.write(`note: ${measurement.date} is outside the plan (${plan.plan.start} to ${plan.plan.end})\n`);
  }
  if (measurement.date > loaded.today) {
    context.stderr.write(`note: ${measurement.date} is in the future (today is ${loaded.today}); recorded all the same\n`);
  }
  if (progress.latestDate !== null && progress.latestDate > measurement.date) {
    context.stderr.write(`note: the measurement of ${progress.latestDate} stays the latest for ${safeTerminalText(goal.id)}\n`);
  }
  return EXIT.ok;
}

/** The user's note and the one --from-csv writes, both kept. */
function joinNotes(user: string | undefined, computed: string | undefined): string | undefined {
  if (user === undefined || computed === undefined || user === computed) return computed ?? user;
  return `${user} (${computed})`;
}

/** The goal as typed, for a hint to copy; `<goal>` when it is not an id a shell takes as is. */
function exampleGoal(goalId: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(goalId) ? goalId : '<goal>';
}

/** The number the value starts with (`35` of "35%"), else a placeholder. */
function exampleValue(valueText: string): string {
  // "45%" or "45 days" give 45; "1,234" or "lots" give no number worth copying.
  const leading = /^([-+]?(\d+(\.\d+)?|\.\d+))\D*$/.exec(valueText.trim());
  return leading?.[1] ?? '<value>';
}
