import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { planDrafts } from '../../src/core/drafts/build-drafts.js';
import type { DraftData } from '../../src/core/drafts/draft-data.js';
import { intlZoneOffset } from '../../src/core/time/zoned-time.js';
import { emailMessage } from '../../src/core/drafts/render/email.js';
import { composeEml, headerLine } from '../../src/core/drafts/render/eml.js';
import { createDraftRenderer, loadHandlebars } from '../../src/core/drafts/render/environment.js';
import { loadTemplates } from '../../src/io/templates/load-templates.js';
import { ALL_CHANNELS, hostilePlanText, planFrom, onlyChannel, readFixture } from '../fixtures/generate/load-fixture.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

type Parsed = Awaited<ReturnType<typeof PostalMime.parse>>;

/** What a mail client takes from a message. */
function reading(email: Parsed): unknown {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    messageId: email.messageId,
    date: email.date,
    unsent: email.headers.find((header) => header.key === 'x-unsent')?.value,
    text: email.text,
  };
}

function lines(eml: string): string[] {
  return eml.split('\r\n');
}

/** Every email draft of a plan over its first quarter, as headers and body before composing. */
async function emailMessages(planText: string): Promise<ReturnType<typeof emailMessage>[]> {
  // The digest alone, so that it tells every win (no other channel tells it first).
  const plan = onlyChannel(planFrom(planText), 'digest');
  const jobs = planDrafts(new PlanModel(plan), { from: '2027-01-01', to: '2027-03-31' }).jobs.filter((job) => job.template === 'email');
  const templates = loadTemplates([{ kind: 'email', channelTemplate: null }], {
    cwd: process.cwd(),
    planFolder: process.cwd(),
    userFolder: null,
  });
  const renderer = createDraftRenderer(await loadHandlebars(templates.files), templates.partials);
  const template = templates.templateFor({ kind: 'email', channelTemplate: null });
  return jobs.map((job) => emailMessage(renderer.render(template, job.data, 'eml'), job.data as DraftData, job.fileName, intlZoneOffset));
}

/** The all-channels plan with names and a long title no ASCII header could hold as they are. */
function worldlyPlanText(): string {
  return readFixture(ALL_CHANNELS)
    .replaceAll('Dana Lee', 'Zoë Müller-Łukasik')
    .replace('name: Executive team', 'name: "Équipe de direction — Führung 経営陣"')
    .replace(
      'title: Cloud bill down by a quarter',
      `title: "Cloud bill down by a quarter 🎉 — ${'a remarkably long title that goes on '.repeat(3)}and ends"`,
    );
}

describe('composeEml', () => {
  it('writes what nodemailer’s MailComposer wrote, as a mail parser reads it', async () => {
    const messages = [
      ...(await emailMessages(readFixture(ALL_CHANNELS))),
      ...(await emailMessages(hostilePlanText())),
      ...(await emailMessages(worldlyPlanText())),
    ];
    expect(messages.length).toBeGreaterThanOrEqual(9);
    for (const message of messages) {
      const header = (name: string): string => {
        const value = message.headers.find(([key]) => key === name)?.[1] ?? '';
        // A quoted group name, so that MailComposer keeps its punctuation as Herald does.
        return typeof value === 'string' ? value : `"${value.group.replace(/["\\]/g, '\\$&')}":;`;
      };
      const theirs = await new MailComposer({
        from: header('From'),
        to: header('To'),
        subject: header('Subject'),
        date: header('Date'),
        messageId: header('Message-ID'),
        text: message.text,
        headers: { 'X-Unsent': '1' },
      })
        .compile()
        .build();
      const ours = composeEml(message);
      expect(reading(await PostalMime.parse(ours)), header('Subject')).toEqual(reading(await PostalMime.parse(theirs)));
      for (const line of lines(ours)) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(998);
    }
  });

  it('keeps header lines within 78 columns: folded at spaces, or as encoded words', async () => {
    const long = 'Monthly executive digest: the January webinar sourced $240k of pipeline for the sales team';
    const worldly = 'Größe 🎉 — 経営陣 '.repeat(6).trim();
    for (const subject of [long, worldly, 'x'.repeat(1200)]) {
      const line = headerLine('Subject', subject);
      for (const part of line.split('\r\n')) expect(part.length, part).toBeLessThanOrEqual(78);
      const parsed = await PostalMime.parse(`${line}\r\n\r\nbody\r\n`);
      expect(parsed.subject).toBe(subject);
    }
    expect(headerLine('Subject', 'Short and plain')).toBe('Subject: Short and plain');
  });

  it('keeps the body readable as 7bit or 8bit, and uses quoted-printable only where a mail line could not carry it', async () => {
    const plain = composeEml({ headers: [['Subject', 'x']], text: 'Hello team,\nall good.\n' });
    expect(plain).toContain('Content-Transfer-Encoding: 7bit');
    expect(plain.endsWith('\r\n\r\nHello team,\r\nall good.\r\n')).toBe(true);

    const accents = composeEml({ headers: [['Subject', 'x']], text: 'Grüße aus Köln 🎉\n' });
    expect(accents).toContain('Content-Transfer-Encoding: 8bit');
    expect(accents).toContain('Grüße aus Köln 🎉');

    const text = `${'Ein sehr langer Absatz über Größe und Wirkung. '.repeat(40)}\nTab\tand NUL\u0000 =equals= trailing space \n`;
    const quoted = composeEml({ headers: [['Subject', 'x']], text });
    expect(quoted).toContain('Content-Transfer-Encoding: quoted-printable');
    for (const line of lines(quoted.split('\r\n\r\n').slice(1).join('\r\n\r\n'))) expect(line.length, line).toBeLessThanOrEqual(76);
    expect((await PostalMime.parse(quoted)).text).toBe(text);
  });
});

describe('Message-ID', () => {
  it('carries the plan, so the drafts of two plans never share a message id (issue 17)', async () => {
    const ids = async (text: string): Promise<string[]> =>
      (await emailMessages(text)).map((message) => {
        const value = message.headers.find(([key]) => key === 'Message-ID')?.[1];
        return typeof value === 'string' ? value : '';
      });
    const plan = readFixture(ALL_CHANNELS);
    const first = await ids(plan);
    const second = await ids(plan.replace(/^( {2}name: ).*$/m, '$1Another team'));
    const withId = await ids(plan.replace(/^plan:\n/m, 'plan:\n  id: platform-h1\n'));
    expect(first.length).toBeGreaterThan(0);
    expect(second).toHaveLength(first.length);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(second.every((id) => /\.another-team@herald\.invalid>$/.test(id))).toBe(true);
    expect(withId.every((id) => /\.platform-h1@herald\.invalid>$/.test(id))).toBe(true);
  });
});
