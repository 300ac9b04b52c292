import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraftJobs } from '../../src/core/drafts/build-drafts.js';
import type { DraftJob } from '../../src/core/drafts/draft-data.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { intlZoneOffset } from '../../src/core/zoned-time.js';
import { HeraldError } from '../../src/errors.js';
import Handlebars from 'handlebars';
import { createDraftRenderer } from '../../src/render/environment.js';
import { escapeMarkdown, escapeSlack, escapeTeams } from '../../src/render/escape.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { channelTemplateOf, renderDrafts, type RenderedDraft } from '../../src/render/render-drafts.js';
import { tempFolder } from '../helpers/run-cli.js';
import {
  ALL_CHANNELS,
  BROKEN,
  EXAMPLE,
  HOSTILE,
  MINIMAL,
  hostilePlanText,
  planFrom,
  readFixture,
} from '../fixtures/generate/load-fixture.js';

async function render(
  plan: Plan,
  window: { from: string; to: string },
  options: { userFolder?: string; channelTemplates?: Map<string, string>; planFolder?: string } = {},
): Promise<RenderedDraft[]> {
  const jobs: DraftJob[] = buildDraftJobs(plan, window);
  const channelTemplates = options.channelTemplates ?? new Map<string, string>();
  const templates = loadTemplates(
    jobs.map((job) => ({ kind: job.template, channelTemplate: channelTemplateOf(job, channelTemplates) })),
    { cwd: process.cwd(), planFolder: options.planFolder ?? process.cwd(), userFolder: options.userFolder ?? null },
  );
  return renderDrafts(jobs, templates, { channelTemplates, zoneOffset: intlZoneOffset });
}

/** The decoded text body and the raw headers of a .eml file. */
export function readEml(content: string): { headers: string; body: string } {
  const [headers = '', ...rest] = content.split('\r\n\r\n');
  const raw = rest.join('\r\n\r\n');
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(headers);
  const body = quoted
    ? Buffer.from(
        raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    : raw;
  return { headers, body: body.replace(/\r\n/g, '\n') };
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

describe('built-in templates', () => {
  it('render every channel type from a plan that has everything, with nothing broken', async () => {
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB);
    expect(drafts).toHaveLength(21);
    for (const draft of drafts) {
      expect(textOf(draft), draft.fileName).not.toMatch(BROKEN);
      expect(textOf(draft), draft.fileName).not.toMatch(/\n\n\n/);
    }
    const byName = new Map(drafts.map((d) => [d.fileName, textOf(d)]));
    // Every leadership draft carries the cost-cut win and none the engineers' deploy win.
    for (const [name, text] of byName) {
      if (name.endsWith('-leadership.eml') || /-leadership\.(md|txt|slack\.txt|teams\.md)$/.test(name)) {
        expect(text, name).toContain('Cloud bill down by a quarter');
        expect(text, name).not.toContain('Deploys now take 25 minutes');
        expect(text, name).not.toContain('Platform roadmap published');
        expect(text, name).not.toContain('On-call pages halved');
      }
    }
    expect(byName.get('2027-02-01-bulletin-engineers.md')).toContain('## Deploys now take 25 minutes');
    expect(byName.get('2027-02-01-bulletin-engineers.md')).toContain('yearly savings: $240,000');
    expect(byName.get('2027-02-01-bulletin-engineers.md')).toContain('Thanks to** Priya Shah and Sam Okafor.');
  });

  it('write the email as RFC 5322 with a subject, a greeting, sections and the feedback way', async () => {
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB);
    const email = drafts.find((d) => d.fileName === '2027-02-01-digest-engineers.eml');
    const { headers, body } = readEml(email?.content ?? '');
    expect(headers).toMatch(/^Subject: Platform digest: Cloud bill down by a quarter and 1 more win$/m);
    expect(headers).toMatch(/^Date: Mon, 01 Feb 2027 09:00:00 \+0100$/m);
    expect(headers).toMatch(/^From: Dana Lee:;$/m);
    expect(headers).toMatch(/^To: Engineering:;$/m);
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(body).toMatch(/^Hello Engineering,\n/);
    for (const section of ['WHAT WE DID', 'WHY IT MATTERS', 'WHAT COMES NEXT', 'WHERE WE STAND']) expect(body).toContain(section);
    expect(body).toContain(
      'Deploys take ten minutes, not forty: 25 minutes as of 28 January 2027, aiming for 10 minutes by 15 March 2027 (50% of the way)',
    );
    expect(body).toContain('Reply to this email.');
    // Decision-makers get the short version: no section headings.
    const short = readEml(drafts.find((d) => d.fileName === '2027-02-01-digest-leadership.eml')?.content ?? '').body;
    expect(short).not.toContain('WHAT WE DID');
    expect(short.length).toBeLessThan(body.length);
  });

  it('fit meeting talking points to the slot and keep the hallway pitch to three sentences', async () => {
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB);
    const meeting = textOf(drafts.find((d) => d.fileName === '2027-02-01-staff-meeting-engineers.md') as RenderedDraft);
    expect(meeting).toContain('10 minutes');
    expect(meeting).toContain('### Deploys now take 25 minutes (4 minutes)');
    const pitch = textOf(drafts.find((d) => d.fileName === '2027-02-01-lift-chat-leadership.md') as RenderedDraft);
    const body = pitch.split('\n\n')[1] ?? '';
    expect(body.match(/[.!?](\s|$)/g)).toHaveLength(3);
  });

  it('start no Slack or Teams line with spaces (both show them as typed), and put "Next:" on a line of its own in Slack', async () => {
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB);
    const chat = drafts.filter((d) => d.fileName.endsWith('.slack.txt') || d.fileName.endsWith('.teams.md'));
    expect(chat.length).toBeGreaterThanOrEqual(4);
    for (const draft of chat)
      expect(
        textOf(draft)
          .split('\n')
          .filter((line) => /^\s/.test(line)),
        draft.fileName,
      ).toEqual([]);
    const slack = textOf(drafts.find((d) => d.fileName === '2027-02-01-exec-slack-engineers.slack.txt') as RenderedDraft);
    expect(slack).toMatch(/^_Next:_ Do the same for the CI runners in February\.$/m);
  });

  it('thank one person for "your name" and several for "your names" in a recognition note', async () => {
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB);
    const note = (id: string): string => textOf(drafts.find((d) => d.fileName.endsWith(`-recognition-${id}.md`)) as RenderedDraft);
    expect(note('cost-cut')).toContain('Dear Priya Shah and Sam Okafor,');
    expect(note('cost-cut')).toContain('with your names, so');
    expect(note('faster-deploys')).toContain('Dear Lena Vogel,');
    expect(note('faster-deploys')).toContain('with your name, so');
    expect(note('faster-deploys')).not.toContain('your names');
  });

  it('render every channel type from a plan that has almost nothing, saying there is nothing new', async () => {
    const drafts = await render(await planFrom(readFixture(MINIMAL)), FEB);
    expect(drafts).toHaveLength(10);
    for (const draft of drafts) {
      const text = textOf(draft);
      expect(text, draft.fileName).not.toMatch(BROKEN);
      expect(text, draft.fileName).toMatch(/nothing new|No new/i);
      expect(emptyHeadings(text), draft.fileName).toEqual([]);
    }
  });

  it('render the bundled example over its whole half-year without anything broken', async () => {
    const drafts = await render(await planFrom(readFixture(EXAMPLE)), { from: '2027-01-04', to: '2027-06-30' });
    expect(drafts.length).toBeGreaterThan(100);
    for (const draft of drafts) expect(textOf(draft), draft.fileName).not.toMatch(BROKEN);
    const roadshow = drafts.find((d) => d.fileName === '2027-05-03-exec-digest-leadership.eml');
    expect(readEml(roadshow?.content ?? '').body).toContain('DACH roadshow sourced €410k pipeline in three cities.');
  });
});

describe('hostile plan text', () => {
  it('stays harmless text in every channel', async () => {
    const drafts = await render(await planFrom(hostilePlanText()), FEB);
    expect(drafts).toHaveLength(21);
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
    const slack = textOf(drafts.find((d) => d.fileName === '2027-02-01-exec-slack-leadership.slack.txt') as RenderedDraft);
    expect(slack).toContain('{{constructor}} &lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; @\u2060here');
    expect(slack).toContain('&amp; more');
    const markdown = textOf(drafts.find((d) => d.fileName === '2027-02-01-bulletin-leadership.md') as RenderedDraft);
    expect(markdown).toContain(
      '{{constructor}} &lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; @\u2060here \\[click\\](https://evil.example) \\*bold\\*',
    );
    const email = drafts.find((d) => d.fileName === '2027-02-01-digest-leadership.eml');
    const { headers, body } = readEml(email?.content ?? '');
    // Plain text in a text/plain body; the subject is encoded, on its own header.
    expect(body).toContain(HOSTILE.replace('@here', '@\u2060here'));
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(headers).toMatch(/^To: Execs U123 channel:;$/m);
  });

  it('escapes each format on purpose', () => {
    expect(escapeSlack('<!here> & <https://x|y>')).toBe('&lt;!here&gt; &amp; &lt;https://x|y&gt;');
    expect(escapeMarkdown('# Title\n- item *x* _y_ snake_case `c` [a](b) <b>')).toBe(
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
    expect(error.exitCode).toBe(2);
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
    expect(failure('a\n{{#if plan}}').message).toBe('my/email.hbs:2: the template does not parse');
    expect(failure('{{> nope}}').message).toBe('my/email.hbs: the partial "nope" does not exist');
    expect(failure('{{#each highlights}}{{> card}}{{/each}}').message).toBe(
      'partials/card.hbs:2:3: "titel" is not a field of the draft data here, nor a helper',
    );
  });

  it('uses the user’s templates and partials before the built-in ones, and a channel’s own template', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'mine', 'partials'), { recursive: true });
    await writeFile(join(folder, 'mine', 'slack.hbs'), 'MY SLACK for {{audience.name}}: {{> goal-status goals.[0]}}\n{{> sign}}\n');
    await writeFile(join(folder, 'mine', 'partials', 'goal-status.hbs'), '[{{title}} at {{#if progress}}{{percent progress}}{{/if}}]\n');
    await writeFile(join(folder, 'mine', 'partials', 'sign.hbs'), '-- the platform team\n');
    await writeFile(join(folder, 'wall.hbs'), 'WALL {{touchpoint.channel.name}} {{plural highlights.length "win"}}\n');
    const drafts = await render(await planFrom(readFixture(ALL_CHANNELS)), FEB, {
      userFolder: join(folder, 'mine'),
      channelTemplates: new Map([['wall', 'wall.hbs']]),
      planFolder: folder,
    });
    const text = (name: string): string => textOf(drafts.find((d) => d.fileName === name) as RenderedDraft);
    expect(text('2027-02-01-exec-slack-leadership.slack.txt')).toBe(
      'MY SLACK for Executive team: [Leadership can name two platform wins at 25%]\n-- the platform team\n',
    );
    expect(text('2027-02-01-wall-engineers.txt')).toBe('WALL Notice board 2 wins\n');
    // The others still come from Herald's templates, with the user's goal-status partial.
    expect(text('2027-02-01-bulletin-engineers.md')).toContain('- [Deploys take ten minutes, not forty at 50%]');
  });
});
