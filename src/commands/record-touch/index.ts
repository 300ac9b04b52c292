import { parseDateOption } from '../shared/date-flag.js';
import type { Touch } from '../../core/plan/schema.js';
import { suggestionHint } from '../../core/words/suggest.js';
import { show } from '../../core/words/text.js';
import { TOUCHES_SECTION } from '../../core/track/sections.js';
import { EXIT, HeraldError } from '../../errors.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import { addToPlan } from '../shared/add-to-plan.js';
import type { CommandContext } from '../shared/context.js';
import { loadPlan } from '../shared/load-plan.js';
import { nearestTouchpoints } from '../../core/schedule/nearest-dates.js';

export interface RecordTouchOptions {
  /** YYYY-MM-DD; default: today in the plan's time zone. */
  date?: string | undefined;
  /** Ids of the audiences it reached (default: all of the channel's). */
  audience?: string[] | undefined;
  /** How many it reached, as typed. */
  reach?: string | undefined;
  note?: string | undefined;
  /** The plan file; default herald.yaml. */
  plan?: string | undefined;
}

/**
 * `herald sent <channel>` and `herald skipped <channel>`: one line in the plan's `touches:`,
 * added in place as `track` adds a measurement. A day on which the channel has no touchpoint
 * is recorded all the same (a send moved by a day is still a send), with a warning.
 */
export async function recordTouchCommand(
  status: Touch['status'],
  channelId: string,
  options: RecordTouchOptions,
  context: CommandContext,
): Promise<number> {
  // Usage first: a mistyped flag should not wait for the plan to be read.
  const reach = readReach(options.reach);
  if (options.date !== undefined) {
    const date = parseDateOption('--date', options.date);
    if (!date.ok) throw new HeraldError('bad-date-option', date.message, { hint: date.hint });
  }
  const loaded = await loadPlan(options.plan, context, { rules: false, edits: status });
  const { plan, file } = loaded;
  const channel = plan.channels?.find((candidate) => candidate.id === channelId);
  if (channel === undefined) {
    throw new HeraldError('unknown-id', `${file.displayPath} has no channel ${show(channelId)}`, {
      hint: suggestionHint(
        channelId,
        (plan.channels ?? []).map((candidate) => candidate.id),
        'channels',
      ),
      exitCode: EXIT.problems,
    });
  }
  const audienceIds = (plan.audiences ?? []).map((audience) => audience.id);
  const audiences = [...new Set((options.audience ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()))];
  for (const audience of audiences) {
    if (!audienceIds.includes(audience)) {
      throw new HeraldError('unknown-id', `${file.displayPath} has no audience ${show(audience)}`, {
        hint: suggestionHint(audience, audienceIds, 'audiences'),
        exitCode: EXIT.problems,
      });
    }
  }
  const date = options.date ?? loaded.today;
  const already = (plan.touches ?? []).find((touch) => touch.channel === channel.id && touch.date === date);
  if (already !== undefined) {
    throw new HeraldError('touch-already-recorded', `${file.displayPath} already records ${channel.id} on ${date} as ${already.status}`, {
      hint: 'One line per touchpoint: edit that line under `touches:` if it changed.',
      exitCode: EXIT.problems,
    });
  }

  const entry = {
    channel: channel.id,
    date,
    status,
    audiences: audiences.length === 0 ? undefined : audiences,
    reach,
    note: options.note,
  };
  await addToPlan(
    loaded,
    { spec: TOUCHES_SECTION, entry, noun: 'touch', byHand: `- { channel: ${channel.id}, date: ${date}, status: ${status} }` },
    context,
  );

  const reachText = reach === undefined ? '' : `, reach ${reach}`;
  context.stdout.write(
    `${safeTerminalText(channel.id)} ${status} on ${date}${reachText}: recorded in ${safeTerminalText(file.displayPath)}\n`,
  );
  const scheduled = loaded.model.touchpoints().filter((touchpoint) => touchpoint.channel === channel.id);
  if (!scheduled.some((touchpoint) => touchpoint.date === date)) {
    const nearest = nearestTouchpoints(
      scheduled.map((touchpoint) => touchpoint.date),
      date,
    );
    const near = nearest.length === 0 ? 'it has no touchpoints at all' : `nearest: ${nearest.join(' or ')}`;
    context.stderr.write(
      `warning: ${safeTerminalText(channel.id)} has no touchpoint scheduled on ${date} (${near}); recorded all the same\n`,
    );
  }
  if (date > loaded.today) {
    context.stderr.write(`note: ${date} is in the future (today is ${loaded.today}); recorded all the same\n`);
  }
  return EXIT.ok;
}

function readReach(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text.trim()))) {
    throw new HeraldError('bad-option-value', `--reach ${show(text)} is not a whole number`, {
      hint: 'Give how many it reached (recipients, attendees, views), e.g. --reach 120.',
    });
  }
  return Number(text.trim());
}
