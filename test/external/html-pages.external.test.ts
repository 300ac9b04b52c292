import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/run-cli.js';

// Debian's chromium (apt-get install chromium); CI installs it when missing. HERALD_CHROMIUM overrides the path.
const CHROMIUM = process.env.HERALD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A date by which every goal of the example plan has been measured.
const env = { HERALD_TODAY: '2027-06-15' };

/** axe-core's source, evaluated in the page (a script tag would be refused by the page's CSP). */
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The paper sizes in CSS pixels (96 per inch), less the page's 12 mm margins (page-shell's @page). */
const MARGIN = (12 / 25.4) * 96;
const PAPER = {
  A4: { width: (210 / 25.4) * 96 - 2 * MARGIN, height: (297 / 25.4) * 96 - 2 * MARGIN },
  Letter: { width: 8.5 * 96 - 2 * MARGIN, height: 11 * 96 - 2 * MARGIN },
} as const;

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { failureSummary: string }[];
}

/** WCAG 2 A and AA violations that axe-core finds in the page. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(
    // Runs in the page, where axe is a global; the string keeps tsconfig (no DOM types) out of it.
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((result) => result.violations)`,
  );
  return (violations as AxeViolation[]).map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.failureSummary).join('; ')}`);
}

/**
 * Pages printed to PDF on each paper size, and the fewest pages the content could fill (its
 * height laid out for print at the paper's width, over the paper's height): more pages than
 * that would be half-empty ones.
 */
async function printedPages(file: string): Promise<{ paper: string; pages: number; fewest: number }[]> {
  const results = [];
  for (const [paper, size] of Object.entries(PAPER)) {
    const page = await browser.newPage({ viewport: { width: Math.floor(size.width), height: 800 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    const pdf = (await page.pdf({ format: paper })).toString('latin1');
    results.push({ paper, pages: (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, fewest: Math.ceil(height / size.height) });
    await page.close();
  }
  return results;
}

/** What the test reads of an SVG path in the page (tsconfig has no DOM types). */
interface SvgPath {
  getBBox(): { width: number; height: number };
  getTotalLength(): number;
}

const folder = await tempFolder();
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page, recording every request and every console error while it loads. */
async function open(file: string, width = 1000): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

async function herald(args: readonly string[]): Promise<string> {
  const result = await runCli(args, { env, cwd: folder });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('report --format html in Chromium', () => {
  it('draws a chart for every goal, loads nothing from the network, and screenshots', async () => {
    const plan = join(process.cwd(), 'examples', 'herald.yaml');
    await herald(['report', plan, '--format', 'html', '--out', 'report.html']);
    const goals = (JSON.parse(await herald(['report', plan, '--format', 'json'])) as { goals: { id: string }[] }).goals.map((g) => g.id);
    expect(goals).toHaveLength(4);

    const { page, requests, errors } = await open(join(folder, 'report.html'));
    expect(await page.title()).toBe('Marketing visibility, H1 2027: report, 15 Jun 2027');
    for (const id of goals) {
      const chart = page.locator(`figure.chart[data-goal="${id}"] svg`);
      const box = await chart.boundingBox();
      expect(box?.width, id).toBeGreaterThan(100);
      expect(box?.height, id).toBeGreaterThan(50);
      const series = chart.locator('path.series');
      expect(await series.getAttribute('d'), id).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
      const drawn = await series.evaluate((path: SvgPath) => {
        const b = path.getBBox();
        return { width: b.width, height: b.height, length: path.getTotalLength() };
      });
      expect(drawn.length, id).toBeGreaterThan(10);
      expect(drawn.width + drawn.height, id).toBeGreaterThan(0);
      expect(await chart.locator('line.baseline').count(), id).toBe(1);
      expect(await chart.locator('line.target').count(), id).toBe(1);
      expect(await chart.locator('circle.point').count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#recognition li').count()).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.every((url) => url.startsWith('file:') || url.startsWith('data:')),
      requests.join('\n'),
    ).toBe(true);
    expect(errors).toEqual([]);

    const screenshot = join(folder, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    const png = await readFile(screenshot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.close();
  });

  it('passes axe-core (WCAG 2 AA, contrast included) on a desktop and on a phone (issue 17)', async () => {
    // "on track" was #1f8a4c (4.38:1) and "behind" #b7791f (3.64:1), as were the green target labels.
    for (const width of [1000, 390]) {
      const { page } = await open(join(folder, 'report.html'), width);
      expect(await axeViolations(page), `${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('keeps chart text readable on a 390 px phone, with nothing wider than the screen (issue 17)', async () => {
    const { page } = await open(join(folder, 'report.html'), 390);
    // The charts scaled down to text about 5 px high.
    const heights = await page.evaluate<number[]>(
      `[...document.querySelectorAll('figure.chart svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)`,
    );
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('prints without half-empty pages, on A4 and on Letter (issue 17)', async () => {
    // It printed to 5 pages, each half blank.
    for (const { paper, pages, fewest } of await printedPages(join(folder, 'report.html'))) {
      expect(pages, paper).toBeLessThanOrEqual(fewest);
      expect(pages, paper).toBeLessThanOrEqual(3);
    }
  });

  it('says why instead of drawing an empty chart for a goal that cannot be charted (issue 17)', async () => {
    const text = (await readFile(join(process.cwd(), 'examples', 'herald.yaml'), 'utf8')).replace(
      /^goals:\n/m,
      'goals:\n  - id: bare-goal\n    title: A goal with nothing to draw yet\n',
    );
    const plan = join(folder, 'bare.yaml');
    await import('node:fs/promises').then((fs) => fs.writeFile(plan, text));
    await herald(['report', plan, '--format', 'html', '--out', 'bare.html']);
    const { page } = await open(join(folder, 'bare.html'));
    expect(await page.locator('figure.chart[data-goal="bare-goal"]').count()).toBe(0);
    expect(await page.locator('p.no-chart[data-goal="bare-goal"]').textContent()).toContain('No chart yet: nothing has been measured');
    await page.close();
  });
});

describe('report --format html in Chromium: touches and wins', () => {
  it('draws a marker under the line for every touch and win, inside the chart, with a timeline below it', async () => {
    const plan = join(process.cwd(), 'test', 'fixtures', 'report', 'evaluate.yaml');
    await herald(['report', plan, '--format', 'html', '--date', '2027-03-20', '--out', 'evaluate.html']);
    const { page, errors } = await open(join(folder, 'evaluate.html'));
    const chart = page.locator('figure.chart[data-goal="leadership-awareness"] svg');
    const svg = await chart.boundingBox();
    const axis = await chart.locator('line.axis').first().boundingBox();
    const markers = chart.locator('.marker');
    expect(await markers.count()).toBe(4);
    for (let index = 0; index < 4; index += 1) {
      const marker = markers.nth(index);
      expect(await marker.isVisible()).toBe(true);
      const box = await marker.boundingBox();
      // Under the plot's bottom axis, inside the drawing.
      expect(box?.y ?? 0).toBeGreaterThan(axis?.y ?? Infinity);
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual((svg?.y ?? 0) + (svg?.height ?? 0) + 1);
      expect(box?.x ?? 0).toBeGreaterThan(svg?.x ?? Infinity);
    }
    // In date order along the axis: the webinar, the digest sent, the digest skipped, the pilot.
    const xs = await Promise.all([0, 1, 2, 3].map(async (index) => (await markers.nth(index).boundingBox())?.x ?? 0));
    expect(await Promise.all([0, 1, 2, 3].map((index) => markers.nth(index).getAttribute('data-date')))).toEqual([
      '2027-01-20',
      '2027-02-01',
      '2027-03-01',
      '2027-03-12',
    ]);
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
    expect(xs[2]).toBeLessThan(xs[3] ?? 0);
    const timeline = page.locator('#goal-leadership-awareness ol.timeline li');
    expect(await timeline.count()).toBe(6);
    expect(await timeline.nth(0).innerText()).toBe('15 Jan 2027 measured 20% (8 responses)');
    expect(await page.locator('#recognition').innerText()).toContain('Not yet thanked: Sam Lee.');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(folder, 'evaluate.png'), fullPage: true });
    await page.close();
  });
});

describe('brief --format html in Chromium', () => {
  it('shows feedback prominently, loads nothing from the network, and prints to PDF', async () => {
    await herald(['brief', join(process.cwd(), 'examples', 'herald.yaml'), '--format', 'html', '--out', 'brief.html']);
    const { page, requests, errors } = await open(join(folder, 'brief.html'));
    const feedback = page.locator('#feedback');
    expect(await feedback.isVisible()).toBe(true);
    expect(await feedback.locator('li').count()).toBe(5);
    const [feedbackBox, goalsBox] = await Promise.all([feedback.boundingBox(), page.locator('#goals').boundingBox()]);
    expect(feedbackBox?.y ?? Infinity).toBeLessThan(goalsBox?.y ?? 0);
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.every((url) => url.startsWith('file:') || url.startsWith('data:')),
      requests.join('\n'),
    ).toBe(true);
    expect(errors).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.screenshot({ path: join(folder, 'brief.png'), fullPage: true });
    await page.close();
  });

  it('prints to at most two pages on A4 and on Letter (issue 17)', async () => {
    // The "one-page brief" printed to 6 pages.
    for (const { paper, pages } of await printedPages(join(folder, 'brief.html'))) expect(pages, paper).toBeLessThanOrEqual(2);
  });

  it('passes axe-core (WCAG 2 AA) on a desktop and on a phone', async () => {
    for (const width of [1000, 390]) {
      const { page } = await open(join(folder, 'brief.html'), width);
      expect(await axeViolations(page), `${width} px`).toEqual([]);
      await page.close();
    }
  });
});
