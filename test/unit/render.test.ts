import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDrafts } from '../../src/core/drafts/build-drafts.js';
import type { DraftJob } from '../../src/core/drafts/draft-data.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { intlZoneOffset } from '../../src/core/time/zoned-time.js';
import { HeraldError } from '../../src/errors.js';
import Handlebars from 'handlebars';
import { createDraftRenderer } from '../../src/core/drafts/render/environment.js';
import { escapeSlack, escapeTeams } from '../../src/format/text/escape.js';
import { escapeMarkdown } from '../../src/format/text/markdown.js';
import { loadTemplates } from '../../src/io/templates/load-templates.js';
import { channelTemplateOf, renderDrafts, type RenderedDraft } from '../../src/core/drafts/render/render-drafts.js';
import { readEml } from '../helpers/read-eml.js';
import { tempFolder } from '../helpers/run-cli.js';
import { heraldError } from '../helpers/herald-error.js';
import {
  ALL_CHANNELS,
  BROKEN,
  EXAMPLE,
  HOSTILE,
  MINIMAL,
  hostilePlanText,
  planFrom,
  onlyChannel,
  readFixture,
} from '../fixtures/generate/load-fixture.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

async function render(
  plan: Plan,
  window: { from: string; to: string },
  options: { userFolder?: string; channelTemplates?: Map<string, string>; planFolder?: string } = {},
): Promise<RenderedDraft[]> {
  const jobs: DraftJob[] = planDrafts(new PlanModel(plan), window).jobs;
  const channelTemplates = options.channelTemplates ?? new Map<string, string>();
  const templates = loadTemplates(
    jobs.map((job) => ({ kind: job.template, channelTemplate: channelTemplateOf(job, channelTemplates) })),
    { cwd: process.cwd(), planFolder: options.planFolder ?? process.cwd(), userFolder: options.userFolder ?? null },
  );
  return renderDrafts(jobs, templates, { channelTemplates, zoneOffset: intlZoneOffset });
}

function textOf(draft: RenderedDraft): string {
  return draft.fileName.endsWith('.eml') ? readEml(draft.content).body : draft.content;
}

/** Markdown headings with nothing under them before the next heading of their level or the end. */
function emptyHeadings(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter((line, at) => {
    const level = /^(#+) /.exec(line)?.[1]?.length;
    if (level === undefined) return false;
    const next = lines.slice(at + 1).find((l) => l.trim() !== '');
    const nextLevel = next === undefined ? 0 : (/^(#+) /.exec(next)?.[1]?.length ?? Infinity);
    return nextLevel <= level;
  });
}

const FEB = { from: '2027-02-01', to: '2027-02-01' };

/** Every channel's drafts of 1 February, each channel rendered as the only one its audiences have (so each tells the news). */
async function everyChannel(planText: string, window = FEB): Promise<RenderedDraft[]> {
  const plan = planFrom(planText);
  const drafts: RenderedDraft[] = [];
  for (const channel of plan.channels ?? []) drafts.push(...(await render(onlyChannel(plan, channel.id), window)));
  return drafts;
}

describe('built-in templates', () => {
  it('render every channel type from a plan that has everything, with nothing broken', async () => {
    const drafts = await everyChannel(readFixture(ALL_CHANNELS));
    const templates = new Set(drafts.map((d) => d.template));
    expect(templates.size).toBe(11);
    for (const draft of drafts) {
      expect(textOf(draft), draft.fileName).not.toMatch(BROKEN);
      expect(textOf(draft), draft.fileName).not.toMatch(/\n\n\n/);
    }
    // Leadership drafts lead with the cost cut and never carry the engineers' wins.
    for (const draft of drafts.filter((d) => /-leadership\.(eml|md|txt)$/.test(d.fileName))) {
      const text = textOf(draft);
      expect(text, draft.fileName).toContain('Cloud bill down by a quarter');
      expect(text, draft.fileName).not.toContain('Deploys now take 25 minutes');
      expect(text, draft.fileName).not.toContain('Platform roadmap published');
    }
    const bulletin = textOf(drafts.find((d) => d.fileName === '2027-02-01-bulletin.md') as RenderedDraft);
    expect(bulletin).toMatch(/^# Deploys now take 25 minutes$/m);
    expect(bulletin).toContain('yearly savings of $240,000');
    expect(bulletin).toContain('Thanks to** Priya Shah and Sam Okafor.');
  });

  it('write the email as RFC 5322 with the lead win as subject, a greeting, the figures and the feedback way', async () => {
    const plan = planFrom(readFixture(ALL_CHANNELS));
    const drafts = await render(onlyChannel(plan, 'digest'), FEB);
    const email = drafts.find((d) => d.fileName === '2027-02-01-digest-engineers.eml');
    const { headers, body } = readEml(email?.content ?? '');
    expect(headers).toMatch(/^Subject: Deploys now take 25 minutes$/m);
    expect(headers).toMatch(/^Date: Mon, 01 Feb 2027 09:00:00 \+0100$/m);
    expect(headers).toMatch(/^From: Dana Lee:;$/m);
    expect(headers).toMatch(/^To: Engineering:;$/m);
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(body).toMatch(/^Hello everyone in engineering,\n/);
    expect(body).toContain('- Median deploy time: 25 minutes (goal: 10 minutes by 15 March 2027).');
    expect(body).toContain('Reply to this email.');
    // Decision-makers get the short version: no evidence links, no detail of what was done.
    const short = readEml(drafts.find((d) => d.fileName === '2027-02-01-digest-leadership.eml')?.content ?? '').body;
    expect(short).not.toContain('Evidence:');
    expect(body).toContain('Evidence:');
  });

  it('fit meeting talking points to the slot and keep the hallway pitch to three sentences', async () => {
    const plan = planFrom(readFixture(ALL_CHANNELS));
    const drafts = [...(await render(onlyChannel(plan, 'staff-meeting'), FEB)), ...(await render(onlyChannel(plan, 'lift-chat'), FEB))];
    const meeting = textOf(drafts.find((d) => d.fileName === '2027-02-01-staff-meeting-engineers.md') as RenderedDraft);
    expect(meeting).toContain('10 minutes');
    expect(meeting).toContain('### Deploys now take 25 minutes (4 minutes)');
    const pitch = textOf(drafts.find((d) => d.fileName === '2027-02-01-lift-chat-leadership.md') as RenderedDraft);
    const body = pitch.split('\n\n')[1] ?? '';
    expect(body.match(/[.!?](\s|$)/g)).toHaveLength(3);
  });

  it('start no Slack or Teams line with spaces (both show them as typed), and put "Next:" on a line of its own in Slack', async () => {
    const drafts = await everyChannel(readFixture(ALL_CHANNELS));
    const chat = drafts.filter((d) => d.fileName.endsWith('.slack.txt') || d.fileName.endsWith('.teams.md'));
    expect(chat.length).toBe(2);
    for (const draft of chat)
      expect(
        textOf(draft)
          .split('\n')
          .filter((line) => /^\s/.test(line)),
        draft.fileName,
      ).toEqual([]);
    const plan = planFrom(readFixture(ALL_CHANNELS));
    const slackOnly = onlyChannel(plan, 'exec-slack');
    const leadersOnly = { ...slackOnly, audiences: (slackOnly.audiences ?? []).filter((a) => a.id === 'leadership') };
    const slack = textOf((await render(leadersOnly, FEB)).find((d) => d.fileName === '2027-02-01-exec-slack.slack.txt') as RenderedDraft);
    expect(slack).toMatch(/^_Next:_ Do the same for the CI runners in February\.$/m);
  });

  it('thank one person for "your name" and several for "your names" in a recognition note, by first name', async () => {
    const plan = planFrom(readFixture(ALL_CHANNELS));
    const drafts = await render(onlyChannel(plan, 'digest'), FEB);
    const note = (id: string): string => textOf(drafts.find((d) => d.fileName.endsWith(`-recognition-${id}.md`)) as RenderedDraft);
    expect(note('cost-cut')).toContain('Hi Priya and Sam,');
    expect(note('cost-cut')).toContain('with your names, so');
    expect(note('faster-deploys')).toContain('Hi Lena,');
    expect(note('faster-deploys')).toContain('with your name, so');
    expect(note('faster-deploys')).not.toContain('your names');
  });

  it('render every channel type from a plan that has almost nothing: introductions, never "nothing new" in writing', async () => {
    const drafts = await everyChannel(readFixture(MINIMAL), { from: '2027-01-04', to: '2027-01-04' });
    expect(new Set(drafts.map((d) => d.template)).size).toBe(10);
    for (const draft of drafts) {
      const text = textOf(draft);
      expect(text, draft.fileName).not.toMatch(BROKEN);
      if (!/meeting|one-on-one/.test(draft.template)) expect(text, draft.fileName).not.toMatch(/nothing new|no new/i);
      expect(emptyHeadings(text), draft.fileName).toEqual([]);
    }
  });

  it('render the bundled example over its whole half-year without anything broken', async () => {
    const drafts = await render(planFrom(readFixture(EXAMPLE)), { from: '2027-01-04', to: '2027-06-30' });
    expect(drafts.length).toBeGreaterThan(40);
    for (const draft of drafts) expect(textOf(draft), draft.fileName).not.toMatch(BROKEN);
    // The roadshow leads the next leadership slot; the digest four days later would only repeat it.
    const roadshow = drafts.find((d) => d.fileName === '2027-04-29-staff-meeting-leadership.md');
    expect(textOf(roadshow as RenderedDraft)).toMatch(/^# DACH roadshow sourced €410k pipeline in three cities$/m);
    expect(drafts.find((d) => d.fileName === '2027-05-03-exec-digest-leadership.eml')).toBeUndefined();
  });
});

describe('hostile plan text', () => {
  it('stays harmless text in every channel', async () => {
    const drafts = await everyChannel(hostilePlanText());
    expect(new Set(drafts.map((d) => d.template)).size).toBe(11);
    for (const draft of drafts) {
      const text = textOf(draft);
      expect(text, draft.fileName).not.toContain('[native code]');
      expect(text, draft.fileName).not.toContain('function Object');
      expect(text, draft.fileName).not.toMatch(/@(channel|here|everyone)\b/);
      if (draft.fileName.endsWith('.eml') || (draft.fileName.endsWith('.txt') && !draft.fileName.endsWith('.slack.txt'))) continue;
      expect(text, draft.fileName).not.toMatch(/<(script|img|!channel|!everyone|@U123)/);
      // Markdown link syntax is escaped; Slack has none (it shows [click](…) as typed).
      if (draft.fileName.endsWith('.md')) expect(text, draft.fileName).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    }
    const slack = textOf(drafts.find((d) => d.fileName === '2027-02-01-exec-slack.slack.txt') as RenderedDraft);
    expect(slack).toContain('{{constructor}} &lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; @\u2060here');
    expect(slack).toContain('&amp; more');
    const markdown = textOf(drafts.find((d) => d.fileName === '2027-02-01-bulletin.md') as RenderedDraft);
    expect(markdown).toContain(
      '{{constructor}} &lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; @\u2060here \\[click\\](https://evil.example) \\*bold\\*',
    );
    const email = drafts.find((d) => d.fileName === '2027-02-01-digest-leadership.eml');
    const { headers, body } = readEml(email?.content ?? '');
    // Plain text in a text/plain body; the subject is encoded, on its own header.
    expect(body.replace(/\s+/g, ' ')).toContain(HOSTILE.replace('@here', '@\u2060here'));
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    // The group name keeps its punctuation, as a quoted string.
    expect(headers).toMatch(/^To: "Execs <@U123> @channel":;$/m);
  });

  it('escapes each format on purpose', () => {
    expect(escapeSlack('<!here> & <https://x|y>')).toBe('&lt;!here&gt; &amp; &lt;https://x|y&gt;');
    expect(escapeMarkdown('# Title\n- item *x* _y_ snake_case `c` [a](b) <b>', 'draft')).toBe(
      '\\# Title\n\\- item \\*x\\* \\_y\\_ snake_case \\`c\\` \\[a\\](b) &lt;b&gt;',
    );
    expect(escapeTeams('R&D <at>Team</at> @channel')).toBe('R&amp;D &lt;at&gt;Team&lt;/at&gt; @\u2060channel');
  });
});

describe('template errors and overrides', () => {
  const data = { kind: 'touchpoint', plan: { name: 'P', timezone: 'UTC' }, highlights: [{ title: 'T', why: null }] };
  const renderer = createDraftRenderer(Handlebars, new Map([['card', { displayPath: 'partials/card.hbs', source: 'x\n{{titel}}' }]]));

  function failure(source: string): HeraldError {
    try {
      renderer.render({ displayPath: 'my/email.hbs', source }, data, 'markdown');
    } catch (error) {
      if (error instanceof HeraldError) return error;
      throw error;
    }
    throw new Error('rendered without an error');
  }

  it('names the file, line and column of a misspelt field, with a suggestion', () => {
    const error = failure('Hello\n\n  {{plan.nmae}}');
    expect(error.message).toBe('my/email.hbs:3:5: "nmae" is not a field of the draft data here, nor a helper');
    expect(error.hint).toBe('Did you mean "name"?');
    expect(error).toMatchObject(heraldError('template-unknown-field', { exitCode: 2 }));
  });

  it('says where a field spelt right but out of scope is: under @root, or in the items of a list', () => {
    const inside = failure('{{#each highlights}}{{plan.name}}{{/each}}');
    expect(inside.message).toBe('my/email.hbs:1:23: "name" is not a field of the draft data here, nor a helper');
    expect(inside.hint).toBe(
      "It is a field elsewhere: {{@root.plan.name}}. Inside #each or #with, fields are those of the item, and @root reaches the draft's own.",
    );
    expect(failure('{{title}}').hint).toMatch(/^It is a field elsewhere: in each of highlights\./);
  });

  it('catches a misspelt field in #if, #each and helper arguments too', () => {
    expect(failure('a\n{{#if hilights}}x{{/if}}').message).toBe('my/email.hbs:2:1: argument 1 of `#if` is not a field of the draft data');
    expect(failure('{{#each highlights}}\n{{#if whyy}}{{/if}}{{/each}}').message).toMatch(/^my\/email\.hbs:2:1: /);
    expect(failure('\n\n{{list credts}}').message).toBe('my/email.hbs:3:1: argument 1 of `list` is not a field of the draft data');
  });

  it('reports syntax errors, unknown partials and errors inside a partial by their own file', () => {
    expect(failure('a\n{{#if plan}}')).toMatchObject(
      heraldError('template-syntax', { message: 'my/email.hbs:2: the template does not parse' }),
    );
    expect(failure('{{> nope}}')).toMatchObject(
      heraldError('template-partial-missing', { message: 'my/email.hbs: the partial "nope" does not exist' }),
    );
    expect(failure('{{#each highlights}}{{> card}}{{/each}}').message).toBe(
      'partials/card.hbs:2:3: "titel" is not a field of the draft data here, nor a helper',
    );
  });

  it('uses the user’s templates and partials before the built-in ones, and a channel’s own template', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'mine', 'partials'), { recursive: true });
    await writeFile(join(folder, 'mine', 'slack.hbs'), 'MY SLACK for {{list readers "name"}}: {{> goal-status goals.[0]}}\n{{> sign}}\n');
    await writeFile(join(folder, 'mine', 'partials', 'goal-status.hbs'), '[{{title}} at {{#if progress}}{{percent progress}}{{/if}}]\n');
    await writeFile(join(folder, 'mine', 'partials', 'sign.hbs'), '-- the platform team\n');
    await writeFile(join(folder, 'wall.hbs'), 'WALL {{touchpoint.channel.name}} {{plural featured.length "win"}}\n');
    const plan = planFrom(readFixture(ALL_CHANNELS));
    const options = { userFolder: join(folder, 'mine'), channelTemplates: new Map([['wall', 'wall.hbs']]), planFolder: folder };
    const drafts: RenderedDraft[] = [];
    for (const channel of ['exec-slack', 'wall', 'bulletin']) drafts.push(...(await render(onlyChannel(plan, channel), FEB, options)));
    const text = (name: string): string => textOf(drafts.find((d) => d.fileName === name) as RenderedDraft);
    expect(text('2027-02-01-exec-slack.slack.txt')).toBe(
      'MY SLACK for Executive team and Engineering: [Leadership can name two platform wins at 25%]\n-- the platform team\n',
    );
    expect(text('2027-02-01-wall-engineers.txt')).toBe('WALL Notice board 2 wins\n');
    // The others still come from Herald's templates.
    expect(text('2027-02-01-bulletin.md')).toMatch(/^# Deploys now take 25 minutes$/m);
  });
});
