/** `herald report <folder>` for the terminal: every plan's goals, then the shared audiences' weeks. */
import type { Portfolio } from '../../core/workspace/portfolio.js';
import type { Palette } from '../../format/palette.js';
import { wrapText } from '../../format/text/wrap.js';
import { shortDate } from '../../core/words/values.js';
import { safeTerminalText as safe } from '../../format/text/safe-text.js';
import * as words from './portfolio-words.js';

export function formatPortfolioText(portfolio: Portfolio, palette: Palette, width: number): string {
  const wrap = (text: string, indent: string, hanging = indent): string[] => wrapText(safe(text), width, indent, hanging);
  const sections: string[][] = [
    [...wrap(words.portfolioTitle(portfolio), '').map((line) => palette.bold(line)), ...wrap(words.portfolioSummary(portfolio), '')],
  ];
  for (const plan of portfolio.plans) {
    const lines = [...wrap(plan.report.plan.name, '').map((line) => palette.bold(line)), ...wrap(words.planFacts(plan), '  ')];
    lines.push(...wrap(plan.file, '  ').map((line) => palette.dim(line)));
    if (plan.report.goals.length === 0) lines.push('  No goals.');
    for (const goal of plan.report.goals) {
      lines.push(...wrap(goal.title, '  ', '    '));
      const standing = wrap(words.goalStanding(goal), '    ', '      ');
      lines.push(...(goal.status === 'behind' || goal.status === 'missed' ? standing.map((line) => palette.warning(line)) : standing));
    }
    sections.push(lines);
  }
  if (portfolio.shared.length > 0) {
    const lines = [palette.bold('Shared audiences: touches from all plans, by week')];
    for (const audience of portfolio.shared) {
      lines.push(...wrap(`${audience.name} (${audience.id})`, '  ', '    ').map((line) => palette.bold(line)));
      lines.push(...wrap(words.sharedSummary(audience), '    ', '      '));
      for (const week of audience.weeks) {
        const line = wrap(`${shortDate(week.monday)}: ${words.weekLoad(audience, week)} (${words.weekPlans(week)})`, '    ', '      ');
        lines.push(...(week.over ? line.map((text) => palette.warning(text)) : line));
      }
    }
    sections.push(lines);
  }
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
