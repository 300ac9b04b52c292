import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CADENCE_PATTERN } from '../cadence/schema-pattern.js';
import { PLANNING_RULES, RULE_SETTINGS } from '../rules/catalog.js';
import {
  CHANNEL_TYPES,
  DURATION_PATTERN,
  EXACT_DATE_PATTERN,
  EXACT_TIME_PATTERN,
  GOAL_LEVELS,
  LEVELS,
  RESEARCH_TYPES,
  SLUG_PATTERN,
  TOUCH_STATUSES,
} from './formats.js';

/**
 * The plan file format, version 1: the one definition behind the JSON Schema that
 * `herald schema` prints, the structural checks of `validate` (compiled from it at build
 * time) and the TypeScript types of the plan model.
 *
 * Values are as exact as a schema can make them, so that an editor flags what `validate`
 * rejects: real dates, times from 00:00 to 23:59, cadences Herald reads and (added by the build,
 * from this Node's list) IANA zone names. For validate's own compiled copy the build loosens
 * those to their shapes (schema-artifacts.ts), and check-values then says exactly what is
 * wrong, with a did-you-mean where there is one.
 */

const strict = { additionalProperties: false } as const;
const Id = (what: string, plural = `${what}s`) =>
  Type.String({ pattern: SLUG_PATTERN, description: `The ${what}'s id: a lowercase slug, unique among ${plural}.` });
const IsoDate = (description: string) => Type.String({ pattern: EXACT_DATE_PATTERN, description: `${description} (YYYY-MM-DD).` });
const Text = (description: string) => Type.String({ description });
const Refs = (what: string) => Type.Array(Type.String({ pattern: SLUG_PATTERN }), { description: `Ids of ${what}.` });
const OneOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

const Metric = Type.Object(
  {
    name: Text('What is measured.'),
    value: Type.Number({ description: 'The measured value.' }),
    unit: Type.Optional(Text('Unit of the value, e.g. %, USD.')),
  },
  { ...strict, description: 'A measured figure.' },
);

const Research = Type.Object(
  {
    id: Id('research entry', 'research entries'),
    type: Type.Optional(OneOf(RESEARCH_TYPES, 'How it was learned.')),
    date: Type.Optional(IsoDate('When it was done')),
    title: Type.Optional(Text('A short name.')),
    findings: Type.Optional(Type.Array(Type.String(), { description: 'What was learned, one finding each.' })),
    metrics: Type.Optional(Type.Array(Metric, { description: 'Figures it found, e.g. { name: engagement, value: 62, unit: "%" }.' })),
  },
  { ...strict, description: 'Research done before planning: a survey, interviews, analytics.' },
);

const Goal = Type.Object(
  {
    id: Id('goal'),
    title: Text('What success looks like, in a sentence.'),
    why: Type.Optional(Text('Why it matters to the organisation.')),
    metric: Type.Optional(Text('How it is measured.')),
    unit: Type.Optional(Text('Unit of baseline, target and measurements.')),
    baseline: Type.Optional(Type.Number({ description: 'Where it stands at the start.' })),
    target: Type.Optional(Type.Number({ description: 'Where it should be by the due date.' })),
    due: Type.Optional(IsoDate('When the target is due, inside the plan')),
    owner: Type.Optional(Text('Who answers for it.')),
    level: Type.Optional(
      OneOf(
        GOAL_LEVELS,
        'What it measures (AMEC): output (we did the activity), outtake (people heard and understood) or outcome (people think or act differently; the default).',
      ),
    ),
    audiences: Type.Optional(Refs('the audiences this goal is about')),
    research: Type.Optional(Refs('the research behind this goal')),
  },
  { ...strict, description: 'A clear, measurable goal.' },
);

const Audience = Type.Object(
  {
    id: Id('audience'),
    name: Text('Who they are.'),
    size: Type.Optional(Type.Integer({ minimum: 0, description: 'How many people.' })),
    influence: Type.Optional(OneOf(LEVELS, 'How much they decide: high for decision-makers.')),
    interest: Type.Optional(OneOf(LEVELS, 'How much they care today.')),
    cares_about: Type.Optional(Type.Array(Type.String(), { description: 'Topics that matter to them.' })),
    message: Type.Optional(
      Text('The one thing this audience should know, think or do about the work: every first draft to it carries it.'),
    ),
    ask: Type.Optional(Text('What we want from them now (a decision, a signature, an answer): drafts to this audience end with it.')),
    channels: Type.Optional(Refs('the channels that reach this audience')),
  },
  { ...strict, description: 'People who must know, and the channels that reach them.' },
);

const Channel = Type.Object(
  {
    id: Id('channel'),
    type: OneOf(CHANNEL_TYPES, 'The kind of channel; it decides the draft template.'),
    name: Type.Optional(Text('Its name, e.g. Monthly executive digest.')),
    owner: Type.Optional(Text('Who sends or runs it.')),
    cadence: Type.String({
      pattern: CADENCE_PATTERN,
      description:
        'How often: e.g. "weekly on tuesday", "every 2 weeks on thursday", "monthly on the first monday", "quarterly on day 15", "daily" (Monday to Friday), "once on 2027-02-03", or "RRULE:...".',
    }),
    time: Type.Optional(
      Type.String({
        pattern: EXACT_TIME_PATTERN,
        description: 'Time of day, "HH:MM" from 00:00 to 23:59 in the plan time zone; none = all day.',
      }),
    ),
    duration: Type.Optional(Type.String({ pattern: DURATION_PATTERN, description: 'How long, e.g. 10m, 1h, 1h30m.' })),
    start: Type.Optional(IsoDate('First day of this channel, inside the plan')),
    end: Type.Optional(IsoDate('Last day of this channel, inside the plan')),
    feedback: Type.Optional(Text('How the audience answers back.')),
    template: Type.Optional(Text('Path of a Handlebars template of your own for its drafts.')),
  },
  { ...strict, description: 'A way of reaching audiences, and how often.' },
);

const Highlight = Type.Object(
  {
    id: Id('highlight'),
    date: IsoDate('When it happened'),
    title: Text('The win, in one line.'),
    what: Type.Optional(Text('What was done.')),
    why: Type.Optional(Text('Why it matters.')),
    next: Type.Optional(
      Type.Union(
        [
          Text('What comes next.'),
          Type.Object(
            { text: Text('What comes next.'), by: Type.Optional(IsoDate('When it is due')) },
            { ...strict, description: 'What comes next, and by when.' },
          ),
        ],
        { description: 'What comes next: text, or { text, by: YYYY-MM-DD } when the step has a date.' },
      ),
    ),
    impact: Type.Optional(OneOf(LEVELS, 'How much the win matters (default medium): it decides what leads a draft.')),
    goals: Type.Optional(Refs('the goals it advances')),
    audiences: Type.Optional(Refs('the audiences to tell (default: those of its goals)')),
    metric: Type.Optional(Metric),
    evidence: Type.Optional(Text('Where to check it, e.g. a report URL.')),
    credit: Type.Optional(Type.Array(Type.String(), { description: 'People to recognise.' })),
  },
  { ...strict, description: 'A win worth sharing, with its evidence.' },
);

const Measurement = Type.Object(
  {
    goal: Type.String({ pattern: SLUG_PATTERN, description: 'Id of the goal measured.' }),
    date: IsoDate('When it was measured'),
    value: Type.Number({ description: 'The measured value.' }),
    note: Type.Optional(Text('Context for the figure.')),
    responses: Type.Optional(Type.Integer({ minimum: 0, description: 'How many answers a survey figure rests on.' })),
  },
  { ...strict, description: 'Where a goal stood on a day.' },
);

const Touch = Type.Object(
  {
    channel: Type.String({ pattern: SLUG_PATTERN, description: 'Id of the channel.' }),
    date: IsoDate('The day of the touchpoint'),
    status: OneOf(TOUCH_STATUSES, 'sent: it happened; skipped: it was deliberately left out.'),
    audiences: Type.Optional(Refs("the audiences it reached (default: all of the channel's)")),
    reach: Type.Optional(Type.Integer({ minimum: 0, description: 'How many it reached: recipients, attendees, views.' })),
    note: Type.Optional(Text('What happened.')),
  },
  { ...strict, description: 'A touchpoint that happened, or was deliberately skipped.' },
);

const ruleSetting = (threshold: boolean, description: string): TSchema =>
  threshold
    ? Type.Union([Type.Unsafe({ type: 'string', enum: [...RULE_SETTINGS] }), Type.Integer({ minimum: 1 })], { description })
    : Type.Unsafe({ type: 'string', enum: [...RULE_SETTINGS], description });

const Rules = Type.Object(
  Object.fromEntries(PLANNING_RULES.map((rule) => [rule.id, Type.Optional(ruleSetting('threshold' in rule, rule.description))])),
  { ...strict, description: 'Planning rules switched off, to a severity, or to a threshold.' },
);

export const PlanSchema = Type.Object(
  {
    version: Type.Literal(1, { description: 'The plan format version: 1.' }),
    requires: Type.Optional(Text('The oldest Herald that reads this plan, e.g. ">=0.3".')),
    plan: Type.Object(
      {
        name: Text("The plan's name."),
        organization: Type.Optional(Text('The organisation.')),
        owner: Type.Optional(Text('Who owns the plan.')),
        start: IsoDate('First day of the plan'),
        end: IsoDate('Last day of the plan'),
        // The build adds the zone names as an enum (schema-artifacts.ts): editors complete them.
        timezone: Type.Optional(Text('IANA time zone, e.g. Europe/Berlin; default UTC.')),
        summary: Type.Optional(Text('The purpose of the plan in a sentence or two.')),
        id: Type.Optional(
          Type.String({ pattern: SLUG_PATTERN, description: "The plan's id: names it in mail ids, calendar UIDs and workspaces." }),
        ),
      },
      { ...strict, description: 'What the plan is, whose, and when.' },
    ),
    research: Type.Optional(Type.Array(Research, { description: 'What was learned before planning.' })),
    goals: Type.Optional(Type.Array(Goal, { description: 'Clear, measurable goals.' })),
    audiences: Type.Optional(Type.Array(Audience, { description: 'Who must know.' })),
    channels: Type.Optional(Type.Array(Channel, { description: 'How and how often.' })),
    highlights: Type.Optional(Type.Array(Highlight, { description: 'Wins worth sharing: evidence, not hype.' })),
    measurements: Type.Optional(Type.Array(Measurement, { description: 'Written by `herald track`.' })),
    touches: Type.Optional(
      Type.Array(Touch, { description: 'What went out, or was skipped: written by `herald sent` and `herald skipped`.' }),
    ),
    rules: Type.Optional(Rules),
  },
  {
    ...strict,
    title: 'Herald plan',
    description: 'An internal marketing and communications plan (format version 1).',
  },
);

export type Plan = Static<typeof PlanSchema>;
export type Goal = Static<typeof Goal>;
export type Audience = Static<typeof Audience>;
export type Channel = Static<typeof Channel>;
export type Highlight = Static<typeof Highlight>;
export type Research = Static<typeof Research>;
export type Measurement = Static<typeof Measurement>;
export type Touch = Static<typeof Touch>;
