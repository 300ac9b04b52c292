import { readFile } from 'node:fs/promises';
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
async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
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
});
