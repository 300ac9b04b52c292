/**
 * Herald's .eml drafts read by an independent parser: Python's `email` package with its
 * default policy, which reports every defect it finds in a header or the body (an encoded
 * word glued to ":;", a bad fold, a line too long). Needs python3, hence the external suite.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDrafts } from '../../src/core/drafts/build-drafts.js';
import { intlZoneOffset } from '../../src/core/time/zoned-time.js';
import { loadTemplates } from '../../src/io/templates/load-templates.js';
import { renderDrafts } from '../../src/core/drafts/render/render-drafts.js';
import { ALL_CHANNELS, hostilePlanText, onlyChannel, planFrom, readFixture } from '../fixtures/generate/load-fixture.js';
import { tempFolder } from '../helpers/run-cli.js';

const PYTHON_CHECK = `
import email, email.policy, json, sys
report = {}
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    problems = [type(d).__name__ for d in msg.defects]
    for name, value in msg.items():
        problems += [f"{name}: {type(d).__name__}" for d in getattr(value, 'defects', ())]
    body = msg.get_body(preferencelist=('plain',))
    report[path] = {'problems': problems, 'subject': str(msg['subject']), 'from': str(msg['from']), 'to': str(msg['to']), 'body': body.get_content() if body else ''}
print(json.dumps(report))
`;
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function emails(planText: string, mutate: (text: string) => string = (t) => t): Promise<Array<{ name: string; content: string }>> {
  const plan = onlyChannel(planFrom(mutate(planText)), 'digest');
  const jobs = planDrafts(new PlanModel(plan), { from: '2027-01-01', to: '2027-03-31' }).jobs.filter((job) => job.template === 'email');
  const templates = loadTemplates([{ kind: 'email', channelTemplate: null }], {
    cwd: process.cwd(),
    planFolder: process.cwd(),
    userFolder: null,
  });
  const drafts = await renderDrafts(jobs, templates, { channelTemplates: new Map(), zoneOffset: intlZoneOffset });
  return drafts.map((draft) => ({ name: draft.fileName, content: draft.content }));
}

describe('.eml drafts in Python’s email parser', () => {
  it('parse without a single defect, non-ASCII and punctuated names included', async () => {
    const worldly = (text: string): string =>
      text
        .replaceAll('Dana Lee', 'José Núñez')
        .replace('name: Executive team', 'name: "Leads, R&D (EMEA)"')
        .replace('name: Engineering', 'name: "Équipe: Führung 経営陣"');
    const all = [
      ...(await emails(readFixture(ALL_CHANNELS))),
      ...(await emails(readFixture(ALL_CHANNELS), worldly)),
      ...(await emails(hostilePlanText())),
    ];
    const onboarding = readFileSync(new URL('../fixtures/editorial/onboarding.yaml', import.meta.url), 'utf8');
    const plan = planFrom(onboarding);
    const jobs = planDrafts(new PlanModel(plan), { from: '2027-03-01', to: '2027-05-31' }).jobs.filter((job) => job.template === 'email');
    const templates = loadTemplates([{ kind: 'email', channelTemplate: null }], {
      cwd: process.cwd(),
      planFolder: process.cwd(),
      userFolder: null,
    });
    for (const draft of await renderDrafts(jobs, templates, { channelTemplates: new Map(), zoneOffset: intlZoneOffset }))
      all.push({ name: draft.fileName, content: draft.content });
    expect(all.length).toBeGreaterThan(10);

    const folder = join(await tempFolder(), 'mail');
    await mkdir(folder);
    const paths: string[] = [];
    for (const [at, draft] of all.entries()) {
      const path = join(folder, `${at}-${draft.name}`);
      await writeFile(path, draft.content);
      paths.push(path);
    }
    const report = JSON.parse(execFileSync('python3', ['-c', PYTHON_CHECK, ...paths], { encoding: 'utf8' })) as Record<
      string,
      { problems: string[]; subject: string; from: string; to: string; body: string }
    >;
    for (const [path, result] of Object.entries(report)) {
      expect(result.problems, path).toEqual([]);
      expect(result.subject.length, path).toBeGreaterThan(0);
    }
    const names = Object.values(report).map((r) => r.to);
    expect(names).toContain('"Leads, R&D (EMEA)":;');
    expect(names.some((name) => name.includes('Équipe: Führung 経営陣'))).toBe(true);
    expect(Object.values(report).some((r) => r.from.startsWith('José Núñez'))).toBe(true);
  });
});
