/**
 * A win as `herald win` records it: the answers (from prompts or flags) turned into a
 * highlight entry of the plan, with an id made from its title.
 */
import type { IsoDate } from '../time/dates.js';
import type { LEVELS } from '../plan/formats.js';
import type { Highlight } from '../plan/schema.js';
import { slugify } from '../words/suggest.js';
import type { NewEntry } from '../track/insert-entry.js';
import { readMeasurementValue } from '../goals/measurement-value.js';

export interface WinAnswers {
  title: string;
  date: IsoDate;
  what?: string | undefined;
  why?: string | undefined;
  next?: string | undefined;
  nextBy?: IsoDate | undefined;
  impact?: (typeof LEVELS)[number] | undefined;
  goals: readonly string[];
  /** Empty: the audiences of its goals (the plan format's default). */
  audiences: readonly string[];
  metric?: Highlight['metric'];
  evidence?: string | undefined;
  credit: readonly string[];
}

/** Ids stay short enough to read in a file name or a message. */
const MAX_ID = 48;

/** The title as a slug, cut at a word, made unique among `taken` with -2, -3, …. */
export function winId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = slugify(title);
  if (base.length > MAX_ID) base = base.slice(0, MAX_ID + 1).replace(/-[^-]*$/, '') || base.slice(0, MAX_ID);
  if (base === '') base = 'win';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The highlight as inserted into the plan: fields left out are not written. */
export function highlightEntry(id: string, answers: WinAnswers): NewEntry {
  const next =
    answers.next === undefined ? undefined : answers.nextBy === undefined ? answers.next : { text: answers.next, by: answers.nextBy };
  return {
    id,
    date: answers.date,
    title: answers.title,
    what: answers.what,
    why: answers.why,
    next,
    impact: answers.impact,
    goals: listOrNothing(answers.goals),
    audiences: listOrNothing(answers.audiences),
    metric: answers.metric === undefined ? undefined : { ...answers.metric },
    evidence: answers.evidence,
    credit: listOrNothing(answers.credit),
  };
}

function listOrNothing(list: readonly string[]): readonly string[] | undefined {
  return list.length === 0 ? undefined : list;
}

export type MetricRead = { ok: true; metric: NonNullable<Highlight['metric']> } | { ok: false; message: string };

/**
 * A metric as typed: `name=value unit`, e.g. `pipeline=240000 USD`, `adoption=45%`,
 * `deploy time = 12 minutes`. The value is a plain number (no thousands separators: 1,5
 * means different things in different countries).
 */
export function readMetric(text: string): MetricRead {
  const match = /^(.+?)\s*=\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*)$/.exec(text.trim());
  const value = match === null ? undefined : readMeasurementValue(match[2] ?? '');
  if (match === null || value === undefined) {
    return { ok: false, message: 'Write it as name=value unit, e.g. pipeline=240000 USD or adoption=45%.' };
  }
  const unit = (match[3] ?? '').trim();
  return { ok: true, metric: { name: (match[1] ?? '').trim(), value, ...(unit === '' ? {} : { unit }) } };
}

/** Names typed in one answer, apart by commas: "Priya Shah, Tom Lee". */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
