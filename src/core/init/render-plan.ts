/**
 * The text of a new plan, from the answers of `herald init`: every section with a comment
 * that says what it is for, so that a newcomer can read and extend the file without the
 * README. Written as text (not by serialising an object) because the comments are half the
 * point; every value goes through yamlString/yamlNumber so that names holding ": " or " #"
 * stay what was typed.
 */
import { channelNoun } from '../plan/channel-name.js';
import { MEASUREMENTS_COMMENT } from '../track/section-comment.js';
import { yamlNumber, yamlString } from '../yaml/scalar.js';
import { uniqueId, type InitAnswers } from './answers.js';

export interface PlanRenderOptions {
  /** The day the plan is written, for its header. */
  today: string;
}

export function renderPlan(answers: InitAnswers, options: PlanRenderOptions): string {
  const ids = planIds(answers);
  const lines: string[] = [];
  const add = (...more: string[]): void => {
    lines.push(...more);
  };
  const field = (indent: string, key: string, value: string | number | undefined, comment?: string): void => {
    if (value === undefined || value === '') return;
    const text = `${indent}${key}: ${typeof value === 'number' ? yamlNumber(value) : yamlString(value, 'block')}`;
    add(comment === undefined ? text : `${text.padEnd(34)} # ${comment}`);
  };
  /** A sentence or two: folded (`>-`) under its key when one line would pass 80 columns. */
  const prose = (indent: string, key: string, value: string | undefined): void => {
    if (value === undefined || value === '') return;
    const folded = foldedLines(value, `${indent.replace(/-/g, ' ')}  `, 80);
    if (`${indent}${key}: ${yamlString(value, 'block')}`.length <= 80 || folded === undefined) field(indent, key, value);
    else add(`${indent}${key}: >-`, ...folded);
  };

  add(
    '# yaml-language-server: $schema=./plan.schema.json',
    '# (create plan.schema.json with `herald schema > plan.schema.json`: with it your',
    '#  editor completes and checks this file as you type)',
    '#',
    `# A Herald plan, started with \`herald init\` on ${options.today}. Herald reads it`,
    '# to check the plan (`herald validate`), show who hears what and when',
    '# (`herald schedule`), draft every update (`herald generate`) and show',
    '# progress (`herald report`).',
    '#',
    '# Ids are lowercase slugs (a-z, 0-9 and "-"), unique within their section; the',
    '# sections refer to each other by id. Dates are YYYY-MM-DD.',
    '',
    'version: 1                         # the format version of this file',
    '',
    '# plan: what this plan is, who owns it, and the period it covers. Touchpoints,',
    '# highlights and goal due dates fall between start and end.',
    'plan:',
  );
  field('  ', 'name', answers.name);
  field('  ', 'organization', answers.organization);
  field('  ', 'owner', answers.owner);
  field('  ', 'start', answers.start);
  field('  ', 'end', answers.end);
  field('  ', 'timezone', answers.timezone, 'IANA name: times of day are read in it');
  prose('  ', 'summary', answers.summary);
  add('');

  add(
    '# research: what you learned before planning (a survey, interviews, analytics).',
    '# Goals point here (`research:`) so that each rests on evidence, not a hunch.',
    '# type: survey | analytics | interview | focus-group | competitor | other',
  );
  if (answers.research === undefined || ids.research === undefined) {
    add(
      '# Add yours, e.g.:',
      '# research:',
      '#   - id: pulse-survey',
      '#     type: survey',
      '#     title: Employee pulse survey',
      '#     findings:',
      '#       - Only 22% of sales reps can name a campaign from last quarter.',
    );
  } else {
    add('research:');
    field('  - ', 'id', ids.research);
    field('    ', 'type', answers.research.type);
    field('    ', 'title', answers.research.title);
    add('    # findings:                      # what you learned, one line each', '    #   - ...');
  }
  add('');

  const goal = answers.goal;
  add(
    '# goals: clear and measurable. A metric, where it stands today (baseline) and',
    '# where it should be by `due` (target); a target may be lower than the baseline.',
    '# Record progress with `herald track <goal> <value>`.',
    'goals:',
  );
  field('  - ', 'id', ids.goal);
  field('    ', 'title', goal.title);
  prose('    ', 'why', goal.why);
  field('    ', 'metric', goal.metric);
  field('    ', 'unit', goal.unit);
  if (goal.baseline === undefined) add('    # baseline: 0                    # where it stands today: measure it');
  field('    ', 'baseline', goal.baseline);
  if (goal.target === undefined) add('    # target: 100                    # where it should be by the due date');
  field('    ', 'target', goal.target);
  field('    ', 'due', goal.due);
  field('    ', 'owner', answers.owner);
  add(`    audiences: [${ids.audiences.map((id) => yamlString(id)).join(', ')}]`);
  if (ids.research !== undefined) add(`    research: [${yamlString(ids.research)}]   # the evidence behind the goal`);
  add('');

  add(
    '# audiences: who must know. influence = how much they decide, interest = how',
    '# much they already care (high | medium | low). High-influence audiences must',
    '# hear from you at least every 30 days. `channels` lists the channels that',
    '# reach them.',
    'audiences:',
  );
  answers.audiences.forEach((audience, index) => {
    field('  - ', 'id', ids.audiences[index]);
    field('    ', 'name', audience.name);
    field('    ', 'influence', audience.influence);
    field('    ', 'interest', audience.interest);
    add(`    channels: [${yamlString(ids.channels[index] ?? '')}]`);
  });
  add('');

  add(
    '# channels: how and how often. Every occurrence of a cadence is a touchpoint for',
    '# each audience that lists the channel.',
    '# type: email | slack | teams | meeting | one-on-one | hallway | podcast |',
    '#       newsletter | intranet | other',
    '# cadence: daily (Mon-Fri) | weekly | every N weeks | biweekly | monthly |',
    '#   quarterly; optionally "on <weekday>", "on day N" or',
    '#   "on the first|second|third|fourth|last <weekday>";',
    '#   or "once on YYYY-MM-DD"; or an RFC 5545 rule "RRULE:FREQ=..."',
    '# time: "HH:MM" in the plan\'s time zone; without it, an all-day touchpoint.',
    '# feedback: how the audience answers back, so communication is not one way.',
    'channels:',
  );
  answers.audiences.forEach((audience, index) => {
    field('  - ', 'id', ids.channels[index]);
    field('    ', 'type', audience.channel.type);
    // "Leadership team email": a name that reads well in a sentence and a subject line.
    field('    ', 'name', `${audience.name} ${channelNoun(audience.channel.type)}`);
    field('    ', 'owner', answers.owner);
    field('    ', 'cadence', audience.channel.cadence);
    if (audience.channel.time === undefined) add('    # time: "09:00"                  # none: an all-day touchpoint');
    else add(`    time: "${audience.channel.time}"`);
    field('    ', 'duration', audience.channel.duration);
    field('    ', 'feedback', answers.feedback);
  });
  add('');

  add(
    '# highlights: wins worth sharing, with evidence, not hype. Drafts tell each',
    '# audience what was done, why it matters and what comes next. Add them as',
    '# they happen, e.g.:',
    '# highlights:',
    '#   - id: webinar-pipeline',
    `#     date: ${answers.start}`,
    '#     title: Webinar sourced $240k pipeline',
    '#     why: Webinar pipeline costs 40% less than paid search.',
    `#     goals: [${yamlString(ids.goal)}]`,
    '#     evidence: https://crm.example.com/reports/123',
    '#     credit: [Priya Shah]           # people to recognise',
    '',
    '# Each `herald track` adds a line below, e.g. for the goal above:',
    `#   herald track ${ids.goal} <value>`,
    MEASUREMENTS_COMMENT,
  );
  return lines.join('\n') + '\n';
}

/**
 * Words wrapped into lines of a folded block scalar, which reads back as the same text: only
 * for text that a plain scalar could hold and whose words are apart by single spaces (a
 * fold turns each line break back into one space); undefined otherwise.
 */
function foldedLines(text: string, indent: string, width: number): string[] | undefined {
  if (yamlString(text, 'block') !== text || /\s{2}|^\s|\s$|[^\S ]/.test(text)) return undefined;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(indent + line);
  return lines;
}

interface PlanIds {
  research: string | undefined;
  goal: string;
  audiences: string[];
  channels: string[];
}

/** Ids made from the names the user gave: what the sections use to refer to each other. */
export function planIds(answers: InitAnswers): PlanIds {
  const research = answers.research === undefined ? undefined : uniqueId(answers.research.title, 'research', new Set());
  const goal = answers.goal.id ?? uniqueId(answers.goal.title, 'goal', new Set());
  const audienceIds = new Set<string>();
  const audiences = answers.audiences.map((audience, index) =>
    uniqueId(audience.name, index === 0 ? 'leadership' : 'audience', audienceIds),
  );
  const channelIds = new Set<string>();
  const channels = answers.audiences.map((audience, index) =>
    uniqueId(`${audiences[index] ?? 'audience'}-${audience.channel.type}`, 'channel', channelIds),
  );
  return { research, goal, audiences, channels };
}
