/**
 * `schedule --format ics`: an iCalendar file (RFC 5545) built with ical-generator, which does
 * the escaping, the CRLF line endings and the folding at 75 octets. Loaded only for this format:
 * the command imports this module lazily, and the library with it (a static import here, so the
 * bundler defers it with this module; an `import()` of the library itself would not survive the
 * CommonJS bundle the launcher runs in a vm.Script).
 *
 * Choices, for calendar apps to import it the same way everywhere:
 * - One VEVENT per touchpoint, not an RRULE per channel: Herald's cadences (working days,
 *   skipped months, a channel's own start and end) then arrive exactly as Herald counts them.
 * - Timed touchpoints in UTC (`DTSTART:20270104T080000Z`), converted from the plan's wall
 *   clock with its time zone's rules, so no VTIMEZONE is needed and DST is already applied.
 * - All-day touchpoints as dates (`DTSTART;VALUE=DATE`, DTEND the next day) and transparent
 *   (`TRANSP:TRANSPARENT`): a newsletter day must not show its owner busy all day.
 * - The end from the channel's `duration`, else DEFAULT_MINUTES.
 * - A UID from the channel, the date and the plan (its `id`, else its name as a slug): importing
 *   a newer export again updates the events instead of duplicating them, and two plans' events
 *   never replace each other.
 */
// The named class, not the default export: the CommonJS bundle's interop hands a default import
// the whole module object.
import { escape as escapeIcsText, ICalCalendar, ICalEvent, ICalEventTransparency } from 'ical-generator';
import { addDays } from '../../core/time/dates.js';
import type { Schedule, ScheduleEntry } from '../../core/schedule/build-schedule.js';
import { intlZoneOffset, zonedDateTimeToInstant, type ZoneOffsetSource } from '../../core/time/zoned-time.js';
import { typeLabel } from '../../format/schedule-text-parts.js';
import { stripControls } from '../../format/text/sanitise.js';
import { batched, wholeText, type TextPieces } from '../../format/text-pieces.js';
import { foldIcsLines } from './ics-fold.js';

/** How long a timed touchpoint lasts in calendars when its channel gives no `duration`. */
export const DEFAULT_MINUTES = 30;

export interface IcsOptions {
  /** DTSTAMP: when the file was made (the injected clock). */
  now: Date;
  /** Where UTC offsets come from (default Intl; commands pass a cheaper source of the same data). */
  zoneOffset?: ZoneOffsetSource;
}

export function formatScheduleIcs(schedule: Schedule, options: IcsOptions): string {
  return wholeText(scheduleIcsPieces(schedule, options));
}

/**
 * formatScheduleIcs's calendar in pieces (see TextPieces): the calendar's head and end as the
 * library writes them, and between them each event as it writes it, folded here (foldIcsLines:
 * the library's own folding of the whole text took over a minute for a year across 500 plans).
 */
export function scheduleIcsPieces(schedule: Schedule, options: IcsOptions): TextPieces {
  return { pieces: () => batched(calendarTexts(schedule, options)) };
}

function* calendarTexts(schedule: Schedule, options: IcsOptions): Generator<string> {
  const calendar = new ICalCalendar({
    prodId: { company: 'Herald', product: 'herald schedule', language: 'EN' },
    // The library writes the calendar's name (NAME, X-WR-CALNAME) as given, unlike event text:
    // escaped here, so a comma or a line break in the plan's name cannot break the file.
    name: escapeIcsText(clean(schedule.planName), false),
  });
  // The calendar without its events: its head, then END:VCALENDAR (the library leaves the
  // last CRLF off; RFC 5545 ends every line with one).
  const shell = calendar.toString();
  yield shell.slice(0, shell.lastIndexOf(CALENDAR_END));
  for (const entry of schedule.entries) {
    const timing =
      entry.time === null
        ? {
            allDay: true,
            start: utcMidnight(entry.date),
            end: utcMidnight(addDays(entry.date, 1)),
            transparency: ICalEventTransparency.TRANSPARENT,
          }
        : timedSpan(entry, entry.time, entry.plan?.timeZone ?? schedule.timeZone, options.zoneOffset ?? intlZoneOffset);
    const event = new ICalEvent(
      {
        // Across plans, each event's UID carries its own plan's key: unique over the workspace.
        id: eventUid(entry, entry.plan?.key ?? schedule.planKey),
        stamp: options.now,
        ...timing,
        summary: clean(entry.name),
        description: clean(describe(entry, schedule)),
        categories: [{ name: typeLabel(entry.type) }],
      },
      calendar,
    );
    yield foldIcsLines(event.toString());
  }
  yield `${CALENDAR_END}\r\n`;
}

const CALENDAR_END = 'END:VCALENDAR';

/**
 * `exec-digest.2027-01-04.marketing-h1-2027@herald`: stable across exports of the same plan.
 * Dots part the three, since slugs hold dashes but never dots.
 */
export function eventUid(entry: Pick<ScheduleEntry, 'channel' | 'date'>, planKey: string): string {
  return `${entry.channel}.${entry.date}.${planKey}@herald`;
}

function timedSpan(
  entry: ScheduleEntry,
  time: string,
  timeZone: string,
  zoneOffset: ZoneOffsetSource,
): { allDay: false; start: Date; end: Date } {
  const start = zonedDateTimeToInstant(entry.date, time, timeZone, zoneOffset);
  return { allDay: false, start, end: new Date(start.getTime() + (entry.minutes ?? DEFAULT_MINUTES) * 60_000) };
}

/** ical-generator writes an all-day date from a Date's UTC parts when no zone is set. */
function utcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function describe(entry: ScheduleEntry, schedule: Schedule): string {
  const audiences = entry.audiences.map((id) => schedule.audienceNames.get(id) ?? id);
  const lines = [
    `${typeLabel(entry.type)} for ${audiences.length === 0 ? 'no audience yet' : audiences.join(', ')}`,
    `Owner: ${entry.owner ?? 'none'}`,
  ];
  if (entry.time !== null) lines.push(`Time: ${entry.time} ${entry.plan?.timeZone ?? schedule.timeZone}`);
  if (entry.feedback !== null) lines.push(`Feedback: ${entry.feedback}`);
  lines.push(`Plan: ${entry.plan?.name ?? schedule.planName}`);
  return lines.join('\n');
}

/** Control characters are not allowed in iCalendar text; line breaks are (the library escapes them). */
function clean(text: string): string {
  return stripControls(text);
}
