/**
 * `herald report --format html`: one self-contained page, in the shell `brief` shares, with a
 * card and a chart for each goal. Every piece of plan text goes through escapeHtml.
 */
import { describeStatus, describeTrend } from '../../core/goals/goal-words.js';
import type { PlanReport, ReportGoal, ReportTouch } from '../../core/report/build-report.js';
import { escapeHtml as e, htmlLink } from '../../format/html/escape.js';
import { renderGoalChart } from '../../format/html/goal-chart.js';
import { renderPage } from '../../format/html/page-shell.js';
import { formatPercent, formatValue, shortDate, touchWhen } from '../../core/words/values.js';
import {
  describeExecution,
  describeLastSent,
  describeShared,
  goalTimeline,
  goalsByLevel,
  highlightsHeading,
  thanksSummary,
} from './timeline.js';

export function formatReportHtml(report: PlanReport): string {
  const body = [header(report), goals(report), audiences(report), highlights(report), recognition(report), footer(report)]
    .filter((s) => s !== '')
    .join('\n');
  return renderPage({ title: `${report.plan.name}: report, ${shortDate(report.date)}`, body });
}

function header(report: PlanReport): string {
  const { plan } = report;
  const context = [
    plan.organization,
    `plan ${shortDate(plan.start)} – ${shortDate(plan.end)}`,
    `${formatPercent(report.elapsed)} of its time gone`,
  ]
    .filter((part) => part !== null)
    .map(e)
    .join(' · ');
  return `<header>\n<h1>${e(plan.name)}</h1>\n<p class="subtitle">Where it stands on ${shortDate(report.date)} · ${context}</p>\n</header>`;
}

function goals(report: PlanReport): string {
  if (report.goals.length === 0) return '';
  const cards = goalsByLevel(report).flatMap((group) => [
    ...(group.heading === null ? [] : [`<h3 class="level">${e(group.heading)}</h3>`]),
    ...group.goals.map((goal) => goalCard(goal, report)),
  ]);
  return [
    // Two columns on paper (page-shell's .flow): a card with its chart fills half a page's width.
    '<section id="goals" class="flow">',
    '<h2>Goals</h2>',
    ...cards,
    `<p class="muted">On track means progress at least the share of the time gone from the plan's start to the goal's due date, less 10 points.</p>`,
    '</section>',
  ].join('\n');
}

function goalCard(goal: ReportGoal, report: PlanReport): string {
  const unit = goal.unit;
  return [
    `<article class="card" id="goal-${e(goal.id)}">`,
    `<h3>${e(goal.title)} <span class="tag">${e(goal.id)}</span></h3>`,
    ...goalStandingHtml(goal),
    renderGoalChart({
      id: goal.id,
      title: goal.title,
      unit,
      baseline: goal.baseline,
      target: goal.target,
      start: report.plan.start,
      due: goal.due,
      date: report.date,
      measurements: goal.measurements,
      events: goal.events.map((event) =>
        event.kind === 'win'
          ? { date: event.date, kind: 'win' as const, label: event.title }
          : {
              date: event.date,
              kind: event.status,
              label: event.reach === null ? event.channelName : `${event.channelName}, reach ${event.reach}`,
            },
      ),
    }),
    timeline(goal),
    '</article>',
  ].join('\n');
}

/** Where a goal stands: its progress bar, its status and its figures (the portfolio shows these too). */
export function goalStandingHtml(goal: ReportGoal): string[] {
  const unit = goal.unit;
  const width = goal.progress === null ? 0 : Math.round(goal.progress * 1000) / 10;
  const label = goal.progress === null ? 'no progress figure yet' : `${formatPercent(goal.progress)} of the way`;
  const status = describeStatus(goal.status);
  const statusDetail = goal.status === 'on-track' || goal.status === 'behind' ? ` · ${formatPercent(goal.expected)} of its time gone` : '';
  const facts: [string, string][] = [
    ['Baseline', formatValue(goal.baseline, unit)],
    [
      'Latest',
      goal.latest === null || goal.latestDate === null ? '–' : `${formatValue(goal.latest, unit)} on ${shortDate(goal.latestDate)}`,
    ],
    ['Target', `${formatValue(goal.target, unit)} by ${shortDate(goal.due)}`],
  ];
  if (goal.trend !== null) facts.push(['Trend', describeTrend(goal.trend, goal.goesDown)]);
  if (goal.metric !== null) facts.push(['Measured as', goal.metric]);
  if (goal.owner !== null) facts.push(['Owner', goal.owner]);
  return [
    `<div class="bar status-${goal.status}" role="img" aria-label="${e(label)}"><span style="width: ${width}%"></span></div>`,
    `<p><span class="status status-${goal.status}">${e(status)}</span>${goal.progress === null ? '' : ` · ${formatPercent(goal.progress)} of the way`}${e(statusDetail)}</p>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`,
  ];
}

/** Measurements with their responses, and the touches and wins beside them, in date order. */
function timeline(goal: ReportGoal): string {
  if (goal.events.length === 0 && goal.measurements.every((m) => m.responses === null)) return '';
  const items = goalTimeline(goal).map(
    (entry) =>
      `<li class="${entry.kind}"><strong>${shortDate(entry.date)}</strong> <span class="kind">${entry.kind}</span> ${e(entry.text)}</li>`,
  );
  return `<ol class="timeline" aria-label="${e(`Timeline: ${goal.title}`)}">\n${items.join('\n')}\n</ol>`;
}

function audiences(report: PlanReport): string {
  if (report.audiences.length === 0) return '';
  const touch = (value: ReportTouch | null, none: string): string =>
    value === null
      ? `<span class="muted">${none}</span>`
      : `${e(touchWhen(value.date, value.time))}<br><span class="muted">${e(value.channelName)}</span>`;
  const recorded = report.touchesRecorded;
  const rows = report.audiences.map((audience) => {
    const cells = [e(audience.name), touch(audience.lastTouch, 'none yet'), touch(audience.nextTouch, 'none left in the plan')];
    if (recorded) {
      cells.push(e(describeExecution(audience.execution)));
      cells.push(audience.lastSent === null ? '<span class="muted">none</span>' : e(describeLastSent(audience.lastSent, audience.size)));
    }
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  const head = ['Audience', 'Last touch', 'Next touch', ...(recorded ? ['Done', 'Last sent'] : [])];
  return [
    '<section id="audiences">',
    '<h2>Audiences</h2>',
    '<table>',
    `<thead><tr>${head.map((name) => `<th>${name}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function highlights(report: PlanReport): string {
  const { heading: title, none } = highlightsHeading(report.period);
  const heading = `<h2>${title}</h2>`;
  if (report.highlights.length === 0) return `<section id="highlights">\n${heading}\n<p class="muted">${none}</p>\n</section>`;
  const names = new Map(report.audiences.map((audience) => [audience.id, audience.name]));
  const items = report.highlights.map((highlight) => {
    const title = highlight.evidence === null ? e(highlight.title) : htmlLink(highlight.title, highlight.evidence);
    const lines = [`<strong>${shortDate(highlight.date)}</strong> ${title}`];
    for (const [label, text] of [
      ['What', highlight.what],
      ['Why', highlight.why],
      ['Next', highlight.next],
    ] as const) {
      if (text !== null) lines.push(`<br><span class="muted">${label}:</span> ${e(text)}`);
    }
    if (highlight.audiences.length > 0)
      lines.push(`<br><span class="muted">For:</span> ${highlight.audiences.map((id) => e(names.get(id) ?? id)).join(', ')}`);
    if (highlight.credit.length > 0) lines.push(`<br><span class="muted">Credit:</span> ${highlight.credit.map(e).join(', ')}`);
    if (report.touchesRecorded) lines.push(`<br><span class="muted">${e(describeShared(highlight.shared))}</span>`);
    return `<li>${lines.join('')}</li>`;
  });
  return ['<section id="highlights" class="flow">', heading, '<ul>', ...items, '</ul>', '</section>'].join('\n');
}

function recognition(report: PlanReport): string {
  if (report.recognition.length === 0) return '';
  const titles = new Map(report.highlights.map((highlight) => [highlight.id, highlight.title]));
  const thanks = (thanked: boolean): string =>
    !report.touchesRecorded
      ? ''
      : thanked
        ? ' <span class="status-achieved">thanked</span>'
        : ' <span class="status-behind">not yet thanked</span>';
  const items = report.recognition.map(
    (person) =>
      `<li><strong>${e(person.name)}</strong>: ${person.highlights.map((id) => e(titles.get(id) ?? id)).join('; ')}${thanks(person.thanked)}</li>`,
  );
  const summary = thanksSummary(report);
  return [
    '<section id="recognition" class="flow">',
    '<h2>People to recognise</h2>',
    '<ul>',
    ...items,
    '</ul>',
    ...(summary === null ? [] : [`<p class="muted">${e(summary)}</p>`]),
    '</section>',
  ].join('\n');
}

function footer(report: PlanReport): string {
  return `<footer>Made by Herald from the plan on ${shortDate(report.date)}.</footer>`;
}
