/** `herald brief <folder> --audience` for the terminal or a plain-text mail. */
import type { AudienceBrief } from '../../core/workspace/audience-brief.js';
import type { Palette } from '../../format/palette.js';
import { wrapText } from '../../format/text/wrap.js';
import { safeTerminalText as safe } from '../../format/text/safe-text.js';
import * as words from './audience-words.js';

export type AudienceBriefOrder = 'week' | 'team';

export function formatAudienceBriefText(brief: AudienceBrief, by: AudienceBriefOrder, palette: Palette, width: number): string {
  const wrap = (text: string, indent: string, hanging = indent): string[] => wrapText(safe(text), width, indent, hanging);
  const sections: string[][] = [
    [...wrap(words.audienceTitle(brief), '').map((line) => palette.bold(line)), ...wrap(words.audienceSummary(brief), '')],
  ];
  if (by === 'week') {
    for (const week of brief.weeks) {
      const lines = [palette.bold(words.updatesWeekHeading(week.monday, week.updates))];
      for (const update of brief.updates.filter((entry) => entry.week === week.monday)) {
        const channel = words.channelOf(brief, update);
        const team = brief.teams[update.team]!;
        const what = channel === undefined ? update.channel : words.heardChannelLabel(channel);
        lines.push(...wrap(`${words.updateWhen(update)}: ${what}, from ${words.teamName(team)}`, '  ', '    '));
      }
      sections.push(lines);
    }
    if (brief.teams.length > 0) {
      const lines = [palette.accent(palette.bold('How to answer back'))];
      for (const team of brief.teams) {
        lines.push(...wrap(words.teamName(team), '  ', '    ').map((line) => palette.bold(line)));
        if (team.message !== null) lines.push(...wrap(`What they want you to know: ${team.message}`, '    ', '      '));
        if (team.ask !== null) lines.push(...wrap(`What they ask of you: ${team.ask}`, '    ', '      '));
        for (const channel of team.channels)
          lines.push(...wrap(`${words.heardChannelLabel(channel)}: ${words.answerWords(channel)}`, '    ', '      '));
      }
      sections.push(lines);
    }
  } else {
    brief.teams.forEach((team, index) => {
      const lines = [palette.bold(words.teamHeading(team))];
      if (team.message !== null) lines.push(...wrap(`What they want you to know: ${team.message}`, '  ', '    '));
      if (team.ask !== null) lines.push(...wrap(`What they ask of you: ${team.ask}`, '  ', '    '));
      for (const channel of team.channels) {
        lines.push(...wrap(`• ${words.heardChannelLabel(channel)}: ${words.channelRhythm(brief, index, channel)}`, '  ', '    '));
        lines.push(...wrap(`To answer: ${words.answerWords(channel)}`, '    ', '      '));
      }
      sections.push(lines);
    });
  }
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
