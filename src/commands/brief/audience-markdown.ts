/** `herald brief <folder> --audience --format md`: to paste into a mail, a wiki or a chat. */
import type { AudienceBrief } from '../../core/workspace/audience-brief.js';
import { escapeMarkdown } from '../../format/text/markdown.js';
import type { AudienceBriefOrder } from './audience-text.js';
import * as words from './audience-words.js';

const inline = (text: string): string => escapeMarkdown(text, 'inline');

export function formatAudienceBriefMarkdown(brief: AudienceBrief, by: AudienceBriefOrder): string {
  const sections: string[] = [`# ${inline(words.audienceTitle(brief))}\n\n**${inline(words.audienceSummary(brief))}**`];
  if (by === 'week') {
    for (const week of brief.weeks) {
      const items = brief.updates
        .filter((entry) => entry.week === week.monday)
        .map((update) => {
          const channel = words.channelOf(brief, update);
          const what = channel === undefined ? update.channel : words.heardChannelLabel(channel);
          return `- **${inline(words.updateWhen(update))}**: ${inline(what)}, from ${inline(words.teamName(brief.teams[update.team]!))}`;
        });
      sections.push([`## ${inline(words.updatesWeekHeading(week.monday, week.updates))}`, '', ...items].join('\n'));
    }
    if (brief.teams.length > 0) {
      const teams = brief.teams.map((team) => {
        const lines = [`### ${inline(words.teamName(team))}`, ''];
        if (team.message !== null) lines.push(`What they want you to know: ${inline(team.message)}`, '');
        if (team.ask !== null) lines.push(`What they ask of you: ${inline(team.ask)}`, '');
        for (const channel of team.channels)
          lines.push(`- **${inline(words.heardChannelLabel(channel))}**: ${inline(words.answerWords(channel))}`);
        return lines.join('\n').trimEnd();
      });
      sections.push(['## How to answer back', ...teams].join('\n\n'));
    }
  } else {
    brief.teams.forEach((team, index) => {
      const lines = [`## ${inline(words.teamHeading(team))}`, ''];
      if (team.message !== null) lines.push(`What they want you to know: ${inline(team.message)}`, '');
      if (team.ask !== null) lines.push(`What they ask of you: ${inline(team.ask)}`, '');
      for (const channel of team.channels) {
        lines.push(
          `- **${inline(words.heardChannelLabel(channel))}**: ${inline(words.channelRhythm(brief, index, channel))}. To answer: ${inline(words.answerWords(channel))}`,
        );
      }
      sections.push(lines.join('\n').trimEnd());
    });
  }
  return sections.join('\n\n') + '\n';
}
