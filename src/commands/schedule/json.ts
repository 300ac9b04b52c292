import type { Schedule, ScheduleEntry } from '../../core/schedule/build-schedule.js';
import type { WorkspaceSchedule } from '../../core/workspace/workspace-schedule.js';
import { batched, joinedTexts, type TextPieces } from '../../format/text-pieces.js';

/** One touchpoint of `schedule --format json`; the shape is documented in docs/json-output.md and kept stable. */
export interface ScheduleJsonEntry {
  date: string;
  /** HH:MM in the plan's time zone, or null for an all-day touchpoint. */
  time: string | null;
  /** The channel's `duration` in minutes, or null when it has none. */
  duration: number | null;
  channel: string;
  /** The channel's name, or its id made readable when it has none (channelDisplayName). */
  name: string;
  type: string;
  audiences: string[];
  owner: string | null;
  /** What became of it by the plan's `touches:`: sent, skipped, or open (neither recorded). */
  status: 'sent' | 'skipped' | 'open';
}

/** The touchpoints in date order, as a JSON array (PRODUCT.md section 5). Warnings go to stderr. */
export function formatScheduleJson(schedule: Schedule): string {
  return `${JSON.stringify(schedule.entries.map(jsonEntry), null, 2)}\n`;
}

function jsonEntry(entry: ScheduleEntry): ScheduleJsonEntry {
  return {
    date: entry.date,
    time: entry.time,
    duration: entry.minutes,
    channel: entry.channel,
    name: entry.name,
    type: entry.type,
    audiences: [...entry.audiences],
    owner: entry.owner,
    status: entry.status ?? 'open',
  };
}

/**
 * `schedule <folder> --format json`: an object, not an array, since a workspace has more to
 * say than its rows (docs/json-output.md): the plans, every row with its plan, and the load
 * of each shared audience per week.
 */
export function formatWorkspaceScheduleJson(workspace: WorkspaceSchedule): TextPieces {
  const { schedule } = workspace;
  const head = {
    name: schedule.planName,
    window: schedule.window,
    plans: workspace.plans.map(({ key, name, file, touchpoints }) => ({ id: key, name, file, touchpoints })),
  };
  const load = workspace.load.map(({ org, audience, name, limit, weeks }) => ({
    org,
    audience,
    name,
    limit,
    weeks: weeks.map(({ week, touches, plans, over }) => ({ week, touches, over, plans })),
  }));
  // A year across 500 plans is some 100,000 rows: one row a line keeps the file small and
  // greppable (and quick to write); the rest is indented as elsewhere. Given in pieces
  // (TextPieces): the rows are never one string.
  return { pieces: () => batched(workspaceJsonTexts(schedule, head, load)) };
}

function* workspaceJsonTexts(schedule: Schedule, head: object, load: readonly object[]): Generator<string> {
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "entries": `;
  if (schedule.entries.length === 0) yield '[]';
  else {
    yield '[\n    ';
    yield* joinedTexts(schedule.entries, workspaceRowWriter(schedule.timeZone), ',\n    ');
    yield '\n  ]';
  }
  yield `,\n  "load": `;
  if (load.length === 0) yield '[]';
  else {
    // An audience at a time: the load across a year of 500 plans is a few MB.
    yield '[\n    ';
    yield* joinedTexts(load, (audience) => JSON.stringify(audience, null, 2).replace(/\n/g, '\n    '), ',\n    ');
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** The parts of a workspace row that are the same for every row of one channel of one plan. */
interface ChannelParts {
  entry: ScheduleEntry;
  /** `{"plan":…,"date":` */
  head: string;
  /** `,"duration":…,"status":` */
  middle: string;
  /** `,"timezone":…}` */
  tail: string;
}

/**
 * Writes each row of `schedule <folder> --format json` as JSON.stringify would write
 * `{ plan, ...jsonEntry(entry), timezone }`, without building that object: the text of what a
 * channel's rows share (its plan, name, type, audiences, owner, zone) is made once per
 * channel, and each row adds its date, time and status.
 */
function workspaceRowWriter(defaultZone: string): (entry: ScheduleEntry) => string {
  // By the channel's audiences list, which its touchpoints share (one list per channel of a plan).
  const byChannel = new Map<readonly string[], ChannelParts>();
  return (entry) => {
    let parts = byChannel.get(entry.audiences);
    if (parts === undefined || !sameChannel(parts.entry, entry)) {
      parts = channelParts(entry, defaultZone);
      byChannel.set(entry.audiences, parts);
    }
    const time = entry.time === null ? 'null' : JSON.stringify(entry.time);
    return `${parts.head}${JSON.stringify(entry.date)},"time":${time}${parts.middle}${JSON.stringify(entry.status ?? 'open')}${parts.tail}`;
  };
}

function sameChannel(a: ScheduleEntry, b: ScheduleEntry): boolean {
  return (
    a.plan === b.plan &&
    a.channel === b.channel &&
    a.name === b.name &&
    a.type === b.type &&
    a.owner === b.owner &&
    a.minutes === b.minutes &&
    a.audiences === b.audiences
  );
}

function channelParts(entry: ScheduleEntry, defaultZone: string): ChannelParts {
  const row = jsonEntry(entry);
  // The keys between `time` and `status`, in the order jsonEntry gives them.
  const shared = {
    duration: row.duration,
    channel: row.channel,
    name: row.name,
    type: row.type,
    audiences: row.audiences,
    owner: row.owner,
  };
  const middle = JSON.stringify(shared).slice(1, -1);
  return {
    entry,
    head: `{"plan":${JSON.stringify(entry.plan?.key ?? '')},"date":`,
    middle: `,${middle},"status":`,
    tail: `,"timezone":${JSON.stringify(entry.plan?.timeZone ?? defaultZone)}}`,
  };
}
