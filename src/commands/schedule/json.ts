import type { Schedule, ScheduleEntry } from '../../core/schedule/build-schedule.js';
import type { WorkspaceSchedule } from '../../core/workspace/workspace-schedule.js';

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
export function formatWorkspaceScheduleJson(workspace: WorkspaceSchedule): string {
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
  // greppable (and quick to write); the rest is indented as elsewhere.
  const rows = schedule.entries.map((entry) =>
    JSON.stringify({ plan: entry.plan?.key ?? '', ...jsonEntry(entry), timezone: entry.plan?.timeZone ?? schedule.timeZone }),
  );
  const headText = JSON.stringify(head, null, 2).slice(0, -2);
  const entriesText = rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`;
  return `${headText},\n  "entries": ${entriesText},\n  "load": ${JSON.stringify(load, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}
