import { explainSyntaxErrors, validatePlan } from '../../src/core/plan/validate-plan.js';
import { zoneService } from '../../src/io/zone-service.js';

/** Noon UTC on a date: the pinned clock of the tests. */
export function noon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The plan checked as `herald validate` checks it (every syntax error listed), with the clock at noon UTC on `today`. */
export async function validateText(text: string, today = '2026-11-23') {
  const zones = zoneService(noon(today), {});
  return explainSyntaxErrors(
    validatePlan(new TextEncoder().encode(text), { today: (zone) => zones.today(zone), zoneOffset: zones.offset }),
  );
}

export async function rulesOf(text: string, today?: string): Promise<string[]> {
  const result = await validateText(text, today);
  return result.diagnostics.map((d) => d.rule);
}

/** A small plan with no errors and no warnings, to be changed one line at a time by tests. */
export const CLEAN_PLAN = `version: 1
plan:
  name: Test plan
  owner: Dana Lee
  start: 2027-01-04
  end: 2027-03-31
  timezone: Europe/Berlin
research:
  - id: pulse
    type: survey
    title: Pulse survey
goals:
  - id: awareness
    title: Leadership can name our wins
    metric: Executives who can name two wins
    unit: "%"
    baseline: 20
    target: 80
    due: 2027-03-31
    audiences: [leadership]
    research: [pulse]
audiences:
  - id: leadership
    name: Executive team
    influence: high
    channels: [digest, staff-meeting]
channels:
  - id: digest
    type: email
    cadence: weekly on monday
    time: "09:00"
    feedback: Reply to the digest.
  - id: staff-meeting
    type: meeting
    cadence: every 2 weeks on thursday
    time: "10:00"
    duration: 10m
highlights:
  - id: webinar
    date: 2027-01-20
    title: Webinar sourced pipeline
    goals: [awareness]
    evidence: https://crm.example.com/reports/123
measurements:
  - { goal: awareness, date: 2027-02-01, value: 45 }
`;

/** CLEAN_PLAN with one piece of text replaced; fails loudly if the text is not there. */
export function cleanPlanWith(search: string | RegExp, replacement: string): string {
  const changed = CLEAN_PLAN.replace(search, replacement);
  if (changed === CLEAN_PLAN) throw new Error(`test setup: ${String(search)} not found in CLEAN_PLAN`);
  return changed;
}
