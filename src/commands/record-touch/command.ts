import { defineCommand, type CommandSpec, type OptionSpec } from '../shared/command-spec.js';
import type { RecordTouchOptions } from './index.js';

/** `sent` and `skipped`: one module records both, a touchpoint that went out or was skipped. */
function recordTouch(status: 'sent' | 'skipped'): CommandSpec<RecordTouchOptions> {
  const done = status === 'sent';
  const options: OptionSpec[] = [
    { flags: '-d, --date <date>', description: "the touchpoint's day, YYYY-MM-DD (default: today in the plan's time zone)" },
    { flags: '-a, --audience <id>', description: "an audience it reached (repeat, or a,b; default: all of the channel's)", value: 'list' },
    { flags: '-r, --reach <n>', description: 'how many it reached: recipients, attendees, views' },
    {
      flags: '-n, --note <text>',
      description: done ? 'what happened, e.g. "3 questions from the CFO"' : 'why, e.g. "nothing new this week"',
    },
    { flags: '-p, --plan <file>', description: 'the plan file (default: herald.yaml)' },
  ];
  return defineCommand<RecordTouchOptions>({
    name: status,
    description: done
      ? "record that a channel's touchpoint went out, in the plan's touches: (in place)"
      : "record that a channel's touchpoint was deliberately skipped, in the plan's touches: (in place)",
    arguments: [{ name: '<channel>', description: 'the id of the channel' }],
    options,
    examples: done
      ? [
          'herald sent exec-digest                        # today',
          'herald sent exec-digest --date 2027-02-01 --reach 8',
          'herald sent staff-meeting --audience leadership --note "CFO asked for the webinar figures"',
        ]
      : ['herald skipped sales-slack --date 2027-02-09 --note "nothing new"', 'herald skipped staff-meeting --plan plans/h1.yaml'],
    notes: [
      'A day on which the channel has no touchpoint is recorded all the same, with a warning.',
      'Exit codes: 0 recorded, 1 unknown channel or audience, already recorded, or a plan with errors, 2 bad date or reach, or no plan.',
    ],
    ...(done ? { overviewExample: 'herald sent <channel>             # record that an update went out' } : {}),
    warmRun: ({ scratch }) => [
      done ? 'exec-digest' : 'sales-slack',
      '--date',
      done ? '2027-02-01' : '2027-02-09',
      '--plan',
      `${scratch}/plan.yaml`,
    ],
    run: async ([channel], options, context) => (await import('./index.js')).recordTouchCommand(status, channel ?? '', options, context),
  });
}

export const sent = recordTouch('sent');
export const skipped = recordTouch('skipped');
