/** `herald report <folder> --format md`: the portfolio for a wiki page or a pull request. */
import type { Portfolio } from '../../core/workspace/portfolio.js';
import { shortDate } from '../../core/words/values.js';
import { escapeMarkdown } from '../../format/text/markdown.js';
import * as words from './portfolio-words.js';

const inline = (text: string): string => escapeMarkdown(text, 'inline');

export function formatPortfolioMarkdown(portfolio: Portfolio): string {
  const sections = [`# ${inline(words.portfolioTitle(portfolio))}\n\n${inline(words.portfolioSummary(portfolio))}`];
  for (const plan of portfolio.plans) {
    const lines = [`## ${inline(plan.report.plan.name)}`, '', `${inline(words.planFacts(plan))} · \`${plan.file.replace(/`/g, "'")}\``, ''];
    if (plan.report.goals.length === 0) lines.push('No goals.');
    for (const goal of plan.report.goals) lines.push(`- **${inline(goal.title)}**: ${inline(words.goalStanding(goal))}`);
    sections.push(lines.join('\n').trimEnd());
  }
  if (portfolio.shared.length > 0) {
    const audiences = portfolio.shared.map((audience) => {
      const lines = [`### ${inline(audience.name)} (\`${audience.id}\`)`, '', `${inline(words.sharedSummary(audience))}.`];
      if (audience.weeks.length > 0) {
        lines.push('', '| Week of | Touches | From |', '| --- | --- | --- |');
        for (const week of audience.weeks) {
          const load = words.weekLoad(audience, week);
          lines.push(
            `| ${shortDate(week.monday)} | ${week.over ? `**${load}**` : load} | ${escapeMarkdown(words.weekPlans(week), 'cell')} |`,
          );
        }
      }
      return lines.join('\n');
    });
    sections.push(['## Shared audiences: touches from all plans, by week', ...audiences].join('\n\n'));
  }
  return sections.join('\n\n') + '\n';
}
