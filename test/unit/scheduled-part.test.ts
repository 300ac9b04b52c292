import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanModel } from '../../src/core/plan/plan-model.js';
import { buildSchedule } from '../../src/core/schedule/build-schedule.js';
import { scheduledPart } from '../../src/core/schedule/scheduled-part.js';
import { validateWorkspace } from '../../src/core/workspace/validate-workspace.js';
import { REPO } from '../helpers/run-cli.js';
import { validateText } from '../helpers/validate-text.js';

const TEAMS = ['finance/herald.yaml', 'people/herald.yaml', 'product/herald.yml'];

describe('scheduledPart', () => {
  it('keeps what a schedule reads and drops the goals, highlights and measurements', async () => {
    const { plan } = await validateText(await readFile(join(REPO, 'examples', 'herald.yaml'), 'utf8'));
    const part = scheduledPart(plan!);
    expect(Object.keys(part).sort()).toEqual(
      ['audiences', 'channels', 'plan', 'rules', 'touches', 'version'].filter((key) => key in plan!),
    );
    expect(plan!.goals?.length).toBeGreaterThan(0);
    expect(part.goals).toBeUndefined();
    expect(part.highlights).toBeUndefined();
    // The whole plan's schedule, row for row.
    const range = { from: plan!.plan.start, to: plan!.plan.end };
    expect(buildSchedule(new PlanModel(part), range).entries).toEqual(buildSchedule(new PlanModel(plan!), range).entries);
  });
});

describe('validateWorkspace keeping part of each plan', () => {
  it('keeps the part `keep` picks as the plan and its model, and still gives each file its text', async () => {
    const folder = join(REPO, 'test', 'fixtures', 'workspace');
    const org = 'herald.org.yaml';
    const texts = await Promise.all(TEAMS.map((team) => readFile(join(folder, 'teams', team), 'utf8')));
    const sources = {
      plans: TEAMS.map((team, index) => ({ file: team, bytes: new TextEncoder().encode(texts[index]), org })),
      orgs: new Map([[org, { file: org, bytes: await readFile(join(folder, org)) }]]),
    };
    const result = await validateWorkspace(sources, { today: '2027-03-01', acrossPlans: false, rules: false, keep: scheduledPart });
    const plans = result.files.filter((file) => file.kind === 'plan');
    expect(plans.map((file) => file.file)).toEqual(TEAMS);
    for (const [index, file] of plans.entries()) {
      expect(file.plan).toBeDefined();
      expect(file.plan!.goals).toBeUndefined();
      expect(file.model!.plan).toBe(file.plan);
      // Read again from the bytes when asked: the plans' texts are not kept.
      expect(file.text).toBe(texts[index]);
    }
  });
});
