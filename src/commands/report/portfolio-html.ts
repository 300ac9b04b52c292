/**
 * `herald report <folder> --format html`: the portfolio on one self-contained page, in the
 * shell report and brief share; each goal as the single-plan report shows where it stands.
 */
import type { Portfolio } from '../../core/workspace/portfolio.js';
import { escapeHtml as e } from '../../format/html/escape.js';
import { renderPage } from '../../format/html/page-shell.js';
import { shortDate } from '../../core/words/values.js';
import { goalStandingHtml } from './html.js';
import * as words from './portfolio-words.js';

export function formatPortfolioHtml(portfolio: Portfolio): string {
  const parts = [
    `<header>\n<h1>${e(words.portfolioTitle(portfolio))}</h1>\n<p class="lead">${e(words.portfolioSummary(portfolio))}</p>\n</header>`,
  ];
  portfolio.plans.forEach((plan, index) => {
    const cards = plan.report.goals.map((goal) =>
      [`<article class="card">`, `<h3>${e(goal.title)}</h3>`, ...goalStandingHtml(goal), '</article>'].join('\n'),
    );
    parts.push(
      [
        `<section id="plan-${index + 1}" class="flow">`,
        `<h2>${e(plan.report.plan.name)}</h2>`,
        `<p class="subtitle">${e(words.planFacts(plan))} · <code>${e(plan.file)}</code></p>`,
        ...(cards.length === 0 ? ['<p class="muted">No goals.</p>'] : cards),
        '</section>',
      ].join('\n'),
    );
  });
  if (portfolio.shared.length > 0) {
    const audiences = portfolio.shared.map((audience) => {
      const rows = audience.weeks.map(
        (week) =>
          `<tr${week.over ? ' class="status-behind"' : ''}><td>${e(shortDate(week.monday))}</td><td>${e(words.weekLoad(audience, week))}</td><td>${e(words.weekPlans(week))}</td></tr>`,
      );
      const table =
        rows.length === 0
          ? ''
          : `\n<table>\n<thead><tr><th>Week of</th><th>Touches</th><th>From</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
      return `<article class="card">\n<h3>${e(audience.name)} <span class="tag">${e(audience.id)}</span></h3>\n<p>${e(words.sharedSummary(audience))}.</p>${table}\n</article>`;
    });
    parts.push(`<section id="shared">\n<h2>Shared audiences: touches from all plans, by week</h2>\n${audiences.join('\n')}\n</section>`);
  }
  parts.push(`<footer>Made by Herald from ${e(String(portfolio.plans.length))} plans on ${e(portfolio.date)}.</footer>`);
  return renderPage({ title: words.portfolioTitle(portfolio), body: parts.join('\n') });
}
