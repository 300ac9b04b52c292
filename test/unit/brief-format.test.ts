import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/core/brief/build-brief.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { formatBriefHtml } from '../../src/commands/brief/html.js';
import { formatBriefMarkdown } from '../../src/commands/brief/markdown.js';
import { formatBriefText } from '../../src/commands/brief/text.js';
import { escapeHtml, htmlLink } from '../../src/format/html/escape.js';
import { escapeMarkdown, markdownLink } from '../../src/format/text/markdown.js';
import { plainPalette } from '../../src/format/palette.js';
import { loadChalk, paletteFor } from '../../src/io/terminal.js';
import { validateText } from '../helpers/validate-text.js';
import { PlanModel } from '../../src/core/plan/plan-model.js';

// Colour needs chalk, which the CLI loads only for output that may be coloured.
beforeAll(loadChalk);

async function planOf(path: string): Promise<Plan> {
  const result = await validateText(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

const example = buildBrief(new PlanModel(await planOf('examples/herald.yaml')), '2027-04-01');
const forSales = buildBrief(new PlanModel(await planOf('examples/herald.yaml')), '2027-04-01', 'sales');
const minimal = buildBrief(new PlanModel(await planOf('test/fixtures/brief/minimal.yaml')), '2027-01-10');
const hostile = buildBrief(new PlanModel(await planOf('test/fixtures/brief/hostile.yaml')), '2027-01-10');
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('formatBriefText', () => {
  it('fits the width, in colour or not', () => {
    for (const width of [40, 66, 100]) {
      for (const line of formatBriefText(example, paletteFor(2), width).split('\n')) {
        expect(stripAnsi(line).length, line).toBeLessThanOrEqual(width);
      }
    }
    expect(formatBriefText(example, plainPalette, 80)).not.toContain('\u001b');
  });

  it('has every part of the brief, feedback before the goals', () => {
    const text = formatBriefText(example, plainPalette, 100);
    const order = ['Purpose', 'How to give feedback', 'Goals', 'Who we want to reach', 'Owners', 'The research it rests on'].map((h) =>
      text.indexOf(`\n${h}\n`),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Why: Q2 budget decisions depend on perceived impact.');
    expect(text).toContain('Measured as: Executives who can name two marketing wins: from 20% to 80% by 30 June 2027.');
    expect(text).toContain('Now: 45% on 1 March 2027, 42% of the way.');
    expect(text).toContain('Every other Thursday at 10:00 (10m); next: Thu 1 Apr 2027, 10:00');
    expect(text).toContain("Dana Lee: the plan; the goal “Leadership can name marketing's top wins”;");
  });

  it('leaves out every section without content on a minimal plan', () => {
    const text = formatBriefText(minimal, plainPalette, 80);
    for (const heading of ['Purpose', 'How to give feedback', 'Goals', 'Owners', 'The research it rests on'])
      expect(text).not.toContain(heading);
    expect(text).not.toMatch(/undefined|null|\[object Object\]|NaN/);
    expect(text).toContain('Monthly on the first Friday; next: Fri 5 Feb 2027');
  });

  it('tailored to one audience, speaks of what they will hear', () => {
    const text = formatBriefText(forSales, plainPalette, 100);
    expect(text).toContain('What the Sales team will hear.');
    expect(text).toContain('What they will hear, when and where');
    expect(text).not.toContain('Executive team');
    expect(text).not.toContain('Monthly executive digest');
    expect(text).toContain('Reply in the thread or react with a question mark.');
  });
});

describe('formatBriefMarkdown', () => {
  it('has headings for each section and one per goal and audience', () => {
    const md = formatBriefMarkdown(example);
    expect(md.startsWith('# Marketing visibility, H1 2027 — Acme Corp\n')).toBe(true);
    expect(md.match(/^### /gm)).toHaveLength(example.goals.length + example.audiences.length);
    expect(md).toContain('## How to give feedback');
  });

  it('escapes hostile text: no raw HTML, no links, no emphasis, no headings from plan text', () => {
    const md = formatBriefMarkdown(hostile);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|iframe|a |b>|em>)/m);
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toMatch(/[^\\]\*\*(bold|shout|Everyone)/);
    expect(md).not.toMatch(/^# not a heading/m);
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('\\_because\\_');
    expect(md).toContain('Score \\| out of 10');
  });

  it('leaves out empty sections on a minimal plan', () => {
    const md = formatBriefMarkdown(minimal);
    expect(md.match(/^## /gm)).toEqual(['## ']);
    expect(md).not.toMatch(/undefined|null/);
  });
});

describe('formatBriefHtml', () => {
  it('is a self-contained page in the shared shell, made to print', () => {
    const html = formatBriefHtml(example);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).toContain('<section id="feedback" class="callout">');
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
  });

  it('escapes every piece of hostile plan text', () => {
    const html = formatBriefHtml(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|em|b)[\s>]/);
    expect(html).not.toMatch(/<a [^>]*href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Plan | **bold**');
    expect(html).toContain('Trust &amp; &lt;em&gt;safety&lt;/em&gt;');
  });

  it('leaves out empty sections on a minimal plan', () => {
    const html = formatBriefHtml(minimal);
    expect(html.match(/<section id="(\w+)"/g)).toEqual(['<section id="audiences"']);
  });
});

describe('the escaping helpers', () => {
  it('escape Markdown markup but leave ordinary punctuation readable', () => {
    expect(escapeMarkdown('R&D, 40% cheaper! (really)', 'lines')).toBe('R&D, 40% cheaper! (really)');
    expect(escapeMarkdown('&lt; *a* _b_ `c` [d](e) <f> ~g~', 'lines')).toBe('\\&lt; \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\~g\\~');
    expect(escapeMarkdown('# one\n- two\n3. three\n> four', 'lines')).toBe('\\# one\n\\- two\n3\\. three\n\\> four');
    expect(escapeMarkdown('a | b\nc', 'cell')).toBe('a \\| b c');
    expect(escapeMarkdown('', 'cell')).toBe(' ');
  });

  it('make links of web and mail addresses only', () => {
    expect(markdownLink('Report', 'https://crm.example.com/r?a=1&b=(2)')).toBe('[Report](<https://crm.example.com/r?a=1&b=(2)>)');
    expect(markdownLink('Click', 'javascript:alert(1)')).toBe('Click (javascript:alert(1))');
    expect(htmlLink('Report', 'https://x.example/?a=1&b="2"')).toBe('<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">Report</a>');
    expect(htmlLink('Click', 'javascript:alert(1)')).not.toContain('href');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('the key message and the ask', () => {
  it('stand with their audience in every format', async () => {
    const brief = buildBrief(new PlanModel(await planOf('test/fixtures/editorial/onboarding.yaml')), '2027-03-01', 'executives');
    const expectBoth = (text: string): void => {
      expect(text).toContain('A buddy and a 90-day plan make new hires productive sooner, at no extra budget.');
      expect(text).toContain('Approve the autumn cohorts at the 15 May budget review');
    };
    expectBoth(formatBriefText(brief, plainPalette, 200).replace(/\s+/g, ' '));
    expect(formatBriefMarkdown(brief)).toContain('**Our ask:** Approve the autumn cohorts');
    expectBoth(formatBriefMarkdown(brief));
    expect(formatBriefHtml(brief)).toContain('<strong>Key message:</strong>');
  });
});
