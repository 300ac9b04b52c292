/**
 * What `herald init` asks, as data: the answers, the default period, and the ids made from them
 * (the questions and their defaults are src/commands/init/questions.ts).
 * The prompt flow (src/commands/init/) fills an InitAnswers; render-plan.ts turns it into the file.
 */
import { addDays, dateParts, daysBetween, formatDate, type IsoDate } from '../time/dates.js';
import type { ChannelType, Level } from '../plan/formats.js';
import { slugify } from '../words/suggest.js';

export type ResearchType = 'survey' | 'analytics' | 'interview' | 'focus-group' | 'competitor' | 'other';

export interface ChannelAnswer {
  type: ChannelType;
  cadence: string;
  /** HH:MM; undefined for an all-day touchpoint. */
  time?: string | undefined;
  /** For meetings and one-on-ones, e.g. 30m. */
  duration?: string | undefined;
}

export interface AudienceAnswer {
  name: string;
  influence: Level;
  interest: Level;
  /** The channel that reaches this audience. */
  channel: ChannelAnswer;
}

export interface InitAnswers {
  name: string;
  /** The plan's purpose in a sentence: the first line of `herald brief`. */
  summary?: string | undefined;
  organization?: string | undefined;
  owner?: string | undefined;
  start: IsoDate;
  end: IsoDate;
  timezone: string;
  research?: { title: string; type: ResearchType } | undefined;
  goal: {
    /** The id `herald track` takes: asked, with a few words of the title suggested. */
    id?: string | undefined;
    title: string;
    /** Why it matters: `herald brief` and the drafts say it. */
    why?: string | undefined;
    metric?: string | undefined;
    unit?: string | undefined;
    baseline?: number | undefined;
    target?: number | undefined;
    due: IsoDate;
  };
  /** The first audience is always the decision-makers (influence high). */
  audiences: AudienceAnswer[];
  /** How people answer back; written on every channel. */
  feedback?: string | undefined;
}

/**
 * The default period of a new plan: the quarter that holds `today`, or the next one once more
 * than half of it is past (on 2 December a plan for Q4 would start two months ago and end in
 * four weeks).
 */
export function defaultPeriod(today: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const current = quarterOf(today);
  const length = daysBetween(current.start, current.end) + 1;
  return daysBetween(current.start, today) * 2 > length ? quarterOf(addDays(current.end, 1)) : current;
}

/** The channel types that take place at a time for a while, so init asks for their length. */
export const TIMED_TYPES: readonly ChannelType[] = ['meeting', 'one-on-one'];

/** The calendar quarter that holds `today`. */
export function quarterOf(today: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const { year, month } = dateParts(today);
  const first = month - ((month - 1) % 3);
  const start = formatDate(year, first, 1);
  const nextStart = first === 10 ? formatDate(year + 1, 1, 1) : formatDate(year, first + 3, 1);
  return { start, end: addDays(nextStart, -1), label: `Q${(first + 2) / 3} ${year}` };
}

export function defaultPlanName(quarterLabel: string): string {
  return `Team visibility, ${quarterLabel}`;
}

/** The longest id made from a name: whole words up to this many characters. */
const MAX_ID_LENGTH = 32;

/** An id made from a name, unique among `taken` (which it joins), never empty. */
export function uniqueId(name: string, fallback: string, taken: Set<string>): string {
  // Words are what the name separates with spaces: "platform-team" or "marketing's" is one
  // word, so an id never ends with half of one ("…-platform", "…-marketing-s").
  const words = name
    .replace(/['\u2019\u02bc]/g, '')
    .split(/\s+/)
    .map((word) => slugify(word))
    .filter((word) => word !== '');
  // Long titles make long ids: the first few words say enough.
  let base = '';
  for (const word of words) {
    const next = base === '' ? word : `${base}-${word}`;
    if (next.length > MAX_ID_LENGTH) break;
    base = next;
  }
  // A first word longer than the limit: cut it at one of its own hyphens if it has one.
  if (base === '' && words[0] !== undefined) base = cutAtHyphen(words[0], MAX_ID_LENGTH);
  if (base === '') base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function cutAtHyphen(slug: string, max: number): string {
  const head = slug.slice(0, max + 1);
  const hyphen = head.lastIndexOf('-');
  return hyphen > 0 ? head.slice(0, hyphen) : slug.slice(0, max).replace(/-+$/, '');
}

/** Words that say little in an id: a suggested goal id leaves them out. */
const FILLER = new Set(
  'a an the our their its his her my your we they can could will would should must may might be is are was were been has have had do does did to of for and or'.split(
    ' ',
  ),
);
/** Words that start a clause or a phrase: the id stops before them, so it never ends mid-phrase. */
const BREAKS = new Set(
  'what which that who whom whose when where why how by in on at from with about after before because so than'.split(' '),
);
const GOAL_ID_WORDS = 4;

/**
 * A short id for a goal: its first few significant words, stopping where a clause or a
 * phrase begins ("Senior leaders can name what the platform team shipped" ->
 * senior-leaders-name), never cut inside a word. The user is asked and can change it.
 */
export function suggestGoalId(title: string): string {
  const words = title
    .replace(/['\u2019\u02bc]/g, '')
    .split(/\s+/)
    .map((word) => slugify(word))
    .filter((word) => word !== '');
  const kept: string[] = [];
  for (const word of words) {
    if (BREAKS.has(word) && kept.length >= 2) break;
    if (FILLER.has(word) || BREAKS.has(word)) continue;
    if (kept.length === GOAL_ID_WORDS || [...kept, word].join('-').length > MAX_ID_LENGTH) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join('-') : uniqueId(title, 'goal', new Set());
}
