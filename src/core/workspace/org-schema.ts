import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PLANNING_RULES, RULE_SETTINGS } from '../rules/catalog.js';
import { EXACT_DATE_PATTERN, LEVELS, SLUG_PATTERN } from '../plan/formats.js';
import { WORKSPACE_RULES } from './workspace-rules-catalog.js';

/**
 * The organisation file, `herald.org.yaml`, version 1: what several plans share. The one
 * definition behind `herald schema --org` (built into generated/org-schema.json like the
 * plan's schema) and the TypeScript types of the organisation model. At run time the file is
 * checked by check-org.ts (a small file: hand-written checks, no compiled validator).
 */

const strict = { additionalProperties: false } as const;
const Text = (description: string) => Type.String({ description });
const IsoDate = (description: string) => Type.String({ pattern: EXACT_DATE_PATTERN, description: `${description} (YYYY-MM-DD).` });
const OneOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

const SharedAudience = Type.Object(
  {
    id: Type.String({ pattern: SLUG_PATTERN, description: 'The id plans use to name this audience in their own `audiences:`.' }),
    name: Text('Who they are.'),
    size: Type.Optional(Type.Integer({ minimum: 0, description: 'How many people.' })),
    influence: Type.Optional(OneOf(LEVELS, 'How much they decide: high for decision-makers.')),
    interest: Type.Optional(OneOf(LEVELS, 'How much they care today.')),
    weekly_limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'The most touches this audience should get in one week (Monday to Sunday), from all plans together.',
      }),
    ),
  },
  { ...strict, description: 'An audience several plans reach; a plan that lists it by id inherits what it does not state.' },
);

const Blackout = Type.Object(
  {
    start: IsoDate('First day of the blackout'),
    end: Type.Optional(IsoDate('Last day of the blackout (default: the start day)')),
    reason: Text('Why nothing goes out, e.g. "Results week".'),
  },
  { ...strict, description: 'Days on which no plan should send anything.' },
);

const ruleSetting = (threshold: boolean, description: string): TSchema =>
  threshold
    ? Type.Union([Type.Unsafe({ type: 'string', enum: [...RULE_SETTINGS] }), Type.Integer({ minimum: 1 })], { description })
    : Type.Unsafe({ type: 'string', enum: [...RULE_SETTINGS], description });

const OrgRules = Type.Object(
  Object.fromEntries(
    [...PLANNING_RULES, ...WORKSPACE_RULES].map((rule) => [rule.id, Type.Optional(ruleSetting('threshold' in rule, rule.description))]),
  ),
  {
    ...strict,
    description: "Rule settings for every plan: a plan's own `rules:` entry overrides the organisation's for that plan.",
  },
);

export const OrgSchema = Type.Object(
  {
    version: Type.Literal(1, { description: 'The organisation file format version: 1.' }),
    organization: Type.Optional(Text("The organisation's name.")),
    audiences: Type.Optional(Type.Array(SharedAudience, { description: 'Audiences that several plans reach.' })),
    blackouts: Type.Optional(Type.Array(Blackout, { description: 'Periods in which no plan sends anything.' })),
    rules: Type.Optional(OrgRules),
  },
  {
    ...strict,
    title: 'Herald organisation file',
    description: 'What the plans of one organisation share (herald.org.yaml, format version 1).',
  },
);

export type Org = Static<typeof OrgSchema>;
export type SharedAudience = Static<typeof SharedAudience>;
export type Blackout = Static<typeof Blackout>;
