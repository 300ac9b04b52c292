/**
 * An email draft as a .eml file that mail clients open (composed by eml.ts): sender and
 * audience by name, the subject from the template, the touchpoint's date, a UTF-8 plain-text
 * body, and `X-Unsent: 1` so Outlook opens it as a draft to send.
 */
import { formatDateWords } from '../../words/values.js';
import type { DraftData } from '../draft-data.js';
import { zonedDateTimeToInstant, type ZoneOffsetSource } from '../../time/zoned-time.js';
import { composeEml, type EmlMessage } from './eml.js';
import { displayWidth } from '../../../format/text/width.js';
import { wrapText } from '../../../format/text/wrap.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** When an all-day touchpoint's email is dated. */
const ALL_DAY_TIME = '09:00';

/**
 * Splits a rendered email template into subject and body: a first line `Subject: …` is the
 * subject; without one, the channel's name and the date are.
 */
export function splitSubject(rendered: string, data: DraftData): { subject: string; body: string } {
  const match = /^Subject:[ \t]*(.*)\n+/i.exec(rendered);
  const fallback = `${data.touchpoint.channel.name}, ${formatDateWords(data.touchpoint.date, 'medium')}`;
  if (match === null) return { subject: fallback, body: rendered };
  const subject = (match[1] ?? '').replace(/\s+/g, ' ').trim();
  return { subject: subject === '' ? fallback : subject, body: rendered.slice(match[0].length) };
}

export function buildEml(rendered: string, data: DraftData, messageId: string, zoneOffset: ZoneOffsetSource): string {
  return composeEml(emailMessage(rendered, data, messageId, zoneOffset));
}

/** The headers and body of an email draft, before they are written as a file. */
export function emailMessage(rendered: string, data: DraftData, messageId: string, zoneOffset: ZoneOffsetSource): EmlMessage {
  const { subject, body } = splitSubject(rendered, data);
  const sender = data.sender ?? data.plan.organization ?? data.plan.name;
  const readers = data.audience === null ? data.readers.map((reader) => reader.name).join(', ') : data.audience.name;
  return {
    headers: [
      ['X-Unsent', '1'],
      // No addresses are in the plan: RFC 6854 group syntax names sender and audience without
      // inventing any; the mail client fills in the real ones when the draft is sent.
      ['From', { group: sender }],
      ['To', { group: readers }],
      ['Subject', subject],
      ['Message-ID', `<${messageId}.${data.plan.id}@herald.invalid>`],
      ['Date', rfc5322Date(data.touchpoint.date, data.touchpoint.time ?? ALL_DAY_TIME, data.plan.timezone, zoneOffset)],
    ],
    text: wrapBody(body),
  };
}

/** Mail bodies are read in 80-column windows and quoted with "> ": lines wrap at 72 (RFC 3676's advice). */
const BODY_WIDTH = 72;

/**
 * Wraps each long line at spaces within 72 columns, continuing a list item under its text.
 * A word longer than a line (a URL) is never cut: mail allows lines of up to 998 characters.
 */
export function wrapBody(body: string): string {
  return body
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= BODY_WIDTH) return [line];
      const marker = /^(\s*(?:[-*\u2022]|\d+[.)])?\s*)/.exec(line)?.[1] ?? '';
      return wrapText(line.slice(marker.length), BODY_WIDTH, marker, ' '.repeat(displayWidth(marker)), { breakLongWords: false });
    })
    .join('\n');
}

/** "Mon, 04 Jan 2027 09:00:00 +0100": the touchpoint's wall-clock time with its zone's offset. */
export function rfc5322Date(date: string, time: string, timeZone: string, zoneOffset: ZoneOffsetSource): string {
  const instant = zonedDateTimeToInstant(date, time, timeZone, zoneOffset);
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  const offset = Math.round((wall - instant.getTime()) / 60_000);
  const local = new Date(wall);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  const day = String(local.getUTCDate()).padStart(2, '0');
  return `${WEEKDAYS[local.getUTCDay()] ?? ''}, ${day} ${MONTHS[local.getUTCMonth()] ?? ''} ${local.getUTCFullYear()} ${time}:00 ${sign}${hours}${minutes}`;
}
