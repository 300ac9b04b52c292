import { parseCadence } from '../cadence/cadence.js';
import { compareDates, isClockTime, isIsoDate } from '../time/dates.js';
import type { DataPath, Finding } from './diagnostics.js';
import type { PlanCheckId } from '../rules/catalog.js';
import { capitalise } from '../words/text.js';
import { resolveTimeZone } from '../time/zone-resolver.js';
import { describeOwner, entriesOf, isRecord, listAt, stringAt } from './data-access.js';
import { DATE_PATTERN, TIME_PATTERN } from './formats.js';

/** The date fields of each section, to be checked as real calendar dates. */
const DATE_FIELDS: ReadonlyArray<[section: string, field: string]> = [
  ['research', 'date'],
  ['goals', 'due'],
  ['channels', 'start'],
  ['channels', 'end'],
  ['highlights', 'date'],
  ['measurements', 'date'],
  ['touches', 'date'],
];
const DATE_SHAPE = new RegExp(DATE_PATTERN);
const TIME_SHAPE = new RegExp(TIME_PATTERN);

/**
 * Values the schema's shapes let through but that cannot be: 2027-02-30, 24:61, an end
 * before its start, an unknown time zone, a cadence Herald cannot read. Works on unchecked data.
 */
export function checkValues(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const plan = isRecord(data) && isRecord(data.plan) ? data.plan : undefined;
  const start = plan !== undefined ? realDate(findings, data, ['plan', 'start'], stringAt(plan, 'start')) : undefined;
  const end = plan !== undefined ? realDate(findings, data, ['plan', 'end'], stringAt(plan, 'end')) : undefined;
  if (start !== undefined && end !== undefined && compareDates(end, start) < 0) {
    findings.push(
      error(
        'date-order',
        ['plan', 'end'],
        `The plan ends (${end}) before it starts (${start})`,
        'Swap `start` and `end`, or correct one of them.',
      ),
    );
  }
  const timeZone = plan !== undefined ? stringAt(plan, 'timezone') : undefined;
  const zone = timeZone === undefined ? undefined : resolveTimeZone(timeZone);
  if (zone !== undefined && !zone.ok) findings.push(error('timezone', ['plan', 'timezone'], zone.message, zone.hint));

  // The real dates of each section's field, by entry index (`goals/due` → [index] → date).
  const dates = new Map<string, Array<string | undefined>>();
  for (const [section, field] of DATE_FIELDS) {
    const real: Array<string | undefined> = [];
    dates.set(`${section}/${field}`, real);
    const entries = listAt(data, section);
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index];
      if (!isRecord(entry)) continue;
      const value = stringAt(entry, field);
      // Most dates are real: a path is made only for one that is not.
      if (value !== undefined && isIsoDate(value)) real[index] = value;
      else realDate(findings, data, [section, index, field], value);
    }
  }

  const highlights = listAt(data, 'highlights');
  for (let index = 0; index < highlights.length; index += 1) {
    const entry = highlights[index];
    if (!isRecord(entry)) continue;
    const next = entry.next;
    if (isRecord(next)) realDate(findings, data, ['highlights', index, 'next', 'by'], stringAt(next, 'by'));
  }

  for (const { index } of entriesOf(data, 'goals')) {
    const due = dates.get('goals/due')?.[index];
    if (due !== undefined && start !== undefined && end !== undefined && (compareDates(due, start) < 0 || compareDates(due, end) > 0)) {
      findings.push(
        error(
          'goal-due-outside-plan',
          ['goals', index, 'due'],
          `${capitalise(describeOwner(data, ['goals', index]))} is due ${due}, outside the plan (${start} to ${end})`,
          'Move the due date inside the plan, or widen the plan.',
        ),
      );
    }
  }

  // Indexed, and each channel named only for a finding: 500 plans' channels are ten thousand.
  const channels = listAt(data, 'channels');
  for (let index = 0; index < channels.length; index += 1) {
    const entry = channels[index];
    if (!isRecord(entry)) continue;
    const owner = (): string => capitalise(describeOwner(data, ['channels', index]));
    const channelStart = dates.get('channels/start')?.[index];
    const channelEnd = dates.get('channels/end')?.[index];
    if (channelStart !== undefined && channelEnd !== undefined && compareDates(channelEnd, channelStart) < 0) {
      findings.push(
        error(
          'date-order',
          ['channels', index, 'end'],
          `${owner()} ends (${channelEnd}) before it starts (${channelStart})`,
          'Swap `start` and `end`, or correct one of them.',
        ),
      );
    } else if (
      (channelStart !== undefined && end !== undefined && compareDates(channelStart, end) > 0) ||
      (channelEnd !== undefined && start !== undefined && compareDates(channelEnd, start) < 0)
    ) {
      findings.push(
        error(
          'date-order',
          ['channels', index, channelStart !== undefined ? 'start' : 'end'],
          `${owner()} runs entirely outside the plan (${start ?? '?'} to ${end ?? '?'})`,
          "A channel's own start and end narrow the plan's; move them inside it.",
        ),
      );
    }
    const time = stringAt(entry, 'time');
    if (time !== undefined && TIME_SHAPE.test(time) && !isClockTime(time)) {
      findings.push(
        error(
          'invalid-time',
          ['channels', index, 'time'],
          `${owner()} has time "${time}", which is not a time of day`,
          'Use a 24-hour time from "00:00" to "23:59".',
        ),
      );
    }
    const template = stringAt(entry, 'template');
    if (template !== undefined && !template.endsWith('.hbs')) {
      // Checked here too, at its line; generate also fences templates in the plan's folder.
      findings.push(
        error(
          'template-path',
          ['channels', index, 'template'],
          `${owner()} has a template that is not a .hbs file`,
          "A template is a Handlebars file ending in .hbs, in the plan's folder or the --templates folder.",
        ),
      );
    }
    const cadence = stringAt(entry, 'cadence');
    if (cadence !== undefined) {
      const parsed = parseCadence(cadence);
      if (!parsed.ok) findings.push(error('cadence', ['channels', index, 'cadence'], `${owner()}: ${parsed.message}`, parsed.hint));
    }
  }
  return findings;
}

/** The date if it is a real one; a finding if it has the shape of a date but is not real. */
function realDate(findings: Finding[], data: unknown, path: DataPath, value: string | undefined): string | undefined {
  if (value === undefined || !DATE_SHAPE.test(value)) return undefined;
  if (isIsoDate(value)) return value;
  const field = String(path[path.length - 1]);
  findings.push(
    error(
      'invalid-date',
      path,
      `\`${field}\` in ${describeOwner(data, path)} is ${value}, which is not a real date`,
      'Check the month and the day: YYYY-MM-DD, e.g. 2027-02-28.',
    ),
  );
  return undefined;
}

function error(rule: PlanCheckId, path: DataPath, message: string, hint: string): Finding {
  return { rule, severity: 'error', message, hint, path };
}
