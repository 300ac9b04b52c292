import { defineCommand } from '../shared/command-spec.js';
import type { ScheduleCommandOptions } from './options.js';

export const schedule = defineCommand<ScheduleCommandOptions>({
  name: 'schedule',
  description: 'every touchpoint in a window, with date, time, channel, audiences and owner; also as JSON, Markdown or iCalendar',
  arguments: [{ name: '[plans...]', description: 'the plan file (default: herald.yaml), or a folder of plans, or several files' }],
  options: [
    { flags: '--from <date>', description: 'first day, YYYY-MM-DD (default: today)' },
    { flags: '--to <date>', description: 'last day, YYYY-MM-DD (default: 4 weeks from --from)' },
    { flags: '-w, --weeks <n>', description: 'how many weeks from --from (or up to --to); default 4' },
    // Repeatable filters: --audience a --audience b (or --audience a,b) collect into a list.
    { flags: '-a, --audience <id>', description: 'only touchpoints for this audience (repeat, or a,b)', value: 'list' },
    { flags: '-c, --channel <id>', description: 'only this channel (repeat, or a,b)', value: 'list' },
    { flags: '--owner <name>', description: 'only channels this person owns (any case; repeat for several)', value: 'list' },
    { flags: '--plan-id <id>', description: 'across plans: only the plan with this plan.id (repeat, or a,b)', value: 'list' },
    {
      flags: '--view <view>',
      description: 'terminal view (load: touches per shared audience per week, against its limit)',
      choices: ['agenda', 'month', 'load'],
      default: 'agenda',
    },
    { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'json', 'md', 'ics'], default: 'text' },
    { flags: '-o, --out <file>', description: 'write to this file instead of stdout', value: 'path' },
    { flags: '--force', description: 'replace --out if it exists', default: false },
  ],
  examples: [
    'herald schedule                                   # the next 4 weeks, by week',
    'herald schedule examples/herald.yaml --from 2027-01-04 --weeks 6',
    'herald schedule --view month --from 2027-03-01 --to 2027-04-30',
    'herald schedule --audience leadership --owner "dana lee"',
    'herald schedule --weeks 26 --format ics --out plan.ics   # for calendar apps',
    'herald schedule --format json | jq ".[] | select(.type == \\"meeting\\")"',
    'herald schedule teams/ --from 2027-03-01 --weeks 13   # every plan in a folder, each row naming its plan',
    'herald schedule teams/ --view load                     # the load on each shared audience, week by week',
  ],
  notes: [
    'Warnings (quiet decision-makers, overloaded weeks) follow the agenda, month and md views; with json and ics they go to stderr.',
    'Exit codes: 0 done, 1 the plan has errors, 2 could not run (a bad date or window, an unknown filter, no plan, --out exists).',
  ],
  overviewExample: 'herald schedule                   # what is due in the next 4 weeks',
  warmRun: ({ example }) => [example],
  // A variadic argument reaches the action as one list (commander), whatever the registry's type says.
  run: async (args, options, context) =>
    (await import('./index.js')).scheduleCommand((args as unknown as [string | string[] | undefined])[0], options, context),
});
