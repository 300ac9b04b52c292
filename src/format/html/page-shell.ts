/**
 * The one HTML page shell that `report` and `brief` share: a self-contained document with
 * inline styles, readable on screen and printed to PDF. A Content-Security-Policy that allows
 * nothing but inline styles and data: images keeps the page offline even if escaping ever
 * missed something: no script runs and nothing is fetched.
 */
import { escapeHtml } from './escape.js';

export interface PageInput {
  /** The document title, plain text (escaped here). */
  title: string;
  /** The page's content, HTML already escaped by the caller. */
  body: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderPage(input: PageInput): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Herald">
<title>${escapeHtml(input.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${input.body}
</main>
</body>
</html>
`;
}

/** Shared styles: typography, sections, tables, progress bars, charts, callouts, print. */
export const PAGE_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #2f6fdf; --good: #17703d; --warn: #8a5a12; --bad: #c53030; --paper: #fff; --tint: #f5f7fa; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.5; }
body { margin: 0; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
p { margin: .25rem 0 .75rem; }
ul { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: var(--tint); padding: 0 .2em; border-radius: .2em; }
.muted, .subtitle { color: var(--muted); }
.subtitle { margin: 0 0 1rem; }
.lead { font-size: 1.1rem; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: .25rem; background: var(--tint); color: var(--muted); border: 1px solid var(--line); }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.callout { border-left: 4px solid var(--accent); background: var(--tint); padding: .75rem 1rem; margin: 1rem 0; border-radius: 0 .5rem .5rem 0; break-inside: avoid; }
.callout h2 { border: 0; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.bar { position: relative; height: .75rem; background: var(--tint); border: 1px solid var(--line); border-radius: .375rem; overflow: hidden; margin: .5rem 0; }
.bar > span { position: absolute; inset: 0 auto 0 0; background: var(--accent); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.status { font-weight: 600; }
.status-achieved, .status-on-track { color: var(--good); }
.status-behind { color: var(--warn); }
.status-missed { color: var(--bad); }
.status-not-measured, .status-not-measurable { color: var(--muted); }
.bar.status-achieved > span, .bar.status-on-track > span { background: var(--good); }
.bar.status-behind > span { background: var(--warn); }
.bar.status-missed > span { background: var(--bad); }
figure.chart { margin: .75rem 0 0; max-width: 32rem; }
figure.chart svg { display: block; width: 100%; height: auto; overflow: visible; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .tick { fill: var(--muted); font-size: 13px; }
.chart .baseline { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .target { stroke: var(--good); stroke-width: 1.5; stroke-dasharray: 2 3; }
.chart .today { stroke: var(--warn); stroke-width: 1; }
.chart .series { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
.chart .point { fill: var(--accent); stroke: var(--paper); stroke-width: 1.5; }
.chart .start { fill: var(--paper); stroke: var(--accent); stroke-width: 1.5; }
.chart .label { font-size: 13px; font-weight: 600; paint-order: stroke; stroke: var(--paper); stroke-width: 4px; stroke-linejoin: round; }
.chart .label.baseline-label { fill: var(--muted); }
.chart .label.target-label { fill: var(--good); }
.chart .marker.touch-sent { fill: var(--accent); }
.chart .marker.touch-skipped { fill: var(--paper); stroke: var(--muted); stroke-width: 1.5; }
.chart .marker.win { fill: var(--warn); }
.chart .win-guide { stroke: var(--warn); stroke-width: 1; stroke-dasharray: 1 3; }
ol.timeline { list-style: none; padding: 0; margin: .5rem 0 0; font-size: .9rem; }
ol.timeline li { padding: .1rem 0; }
ol.timeline strong { display: inline-block; min-width: 6.5rem; }
ol.timeline .kind { display: inline-block; min-width: 5.5rem; color: var(--muted); }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }
@media (max-width: 40rem) {
  main { padding: 1rem .75rem; }
  .card { padding: .75rem; }
  table { font-size: .875rem; }
  th, td { padding: .3rem .3rem; }
}
/* Paper: compact type and two columns for sections of cards and lists (.flow), so that the
   brief fits two A4 or Letter pages and the report wastes no half pages; a card keeps
   together, and a chart shrinks with its column. */
@page { margin: 12mm; }
@media print {
  html { font-size: 8pt; line-height: 1.3; background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.2rem; margin: .9rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 1.05rem; }
  p, ul { margin: .1rem 0 .35rem; }
  .subtitle { margin-bottom: .5rem; }
  .lead { font-size: 1rem; }
  .callout { padding: .4rem .75rem; margin: .5rem 0; }
  .card { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: .35rem 0 0; margin: 0 0 .5rem; }
  .flow { columns: 2; column-gap: 7mm; }
  .flow > h2 { column-span: all; }
  table { margin: .2rem 0 .4rem; font-size: .95em; }
  th, td { padding: .1rem .3rem; }
  dl.facts { margin: .2rem 0; gap: 0 .75rem; }
  .bar { margin: .25rem 0; }
  figure.chart { margin-top: .25rem; max-width: none; }
  footer { margin-top: 1rem; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); word-break: break-all; }
  .callout, .card, figure.chart, tr, li { break-inside: avoid; page-break-inside: avoid; }
  /* On paper the chart's markers carry the timeline; its list would double the page count. */
  ol.timeline { display: none; }
}
`.trim();
