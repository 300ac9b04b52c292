/** `herald brief` for the terminal: fits the width, reads the same with or without colour. */
import type { PlanBrief } from '../../core/brief/build-brief.js';
import * as words from './words.js';
import type { Palette } from '../../format/palette.js';
import { wrapText } from '../../format/text/wrap.js';
import { safeTerminalText as safe } from '../../format/text/safe-text.js';

export function formatBriefText(brief: PlanBrief, palette: Palette, width: number): string {
  const wrap = (text: string, indent: string, hanging = indent): string[] => wrapText(safe(text), width, indent, hanging);
  const sections: string[][] = [];

  sections.push([...wrap(words.briefTitle(brief), '').map((line) => palette.bold(line)), ...wrap(words.briefSubtitle(brief), '')]);
  if (brief.plan.summary !== null) sections.push([palette.bold('Purpose'), ...wrap(brief.plan.summary, '  ')]);

  if (brief.feedback.length > 0) {
    const lines = [palette.accent(palette.bold('How to give feedback'))];
    for (const way of brief.feedback) {
      lines.push(...wrap(`${way.channel}: ${way.feedback}`, '  ', '    '));
      if (brief.audience === null && way.audiences.length > 0)
        lines.push(...wrap(`for ${way.audiences.join(', ')}`, '    ').map((line) => palette.dim(line)));
    }
    sections.push(lines);
  }

  if (brief.goals.length > 0) {
    const lines = [palette.bold('Goals')];
    for (const goal of brief.goals) {
      lines.push(...wrap(goal.title, '  ', '    ').map((line) => palette.bold(line)));
      if (goal.why !== null) lines.push(...wrap(`Why: ${goal.why}`, '    ', '      '));
      const measured = words.measuredAs(goal);
      if (measured !== null) lines.push(...wrap(`Measured as: ${measured}`, '    ', '      '));
      lines.push(...wrap(`Now: ${words.standsNow(goal)}`, '    ', '      '));
      if (goal.owner !== null) lines.push(...wrap(`Owner: ${goal.owner}`, '    ', '      '));
    }
    sections.push(lines);
  }

  if (brief.audiences.length > 0) {
    const lines = [palette.bold(words.audiencesHeading(brief))];
    for (const audience of brief.audiences) {
      const facts = words.audienceFacts(audience);
      lines.push(...wrap(facts === '' ? audience.name : `${audience.name} (${facts})`, '  ', '    ').map((line) => palette.bold(line)));
      if (audience.message !== null) lines.push(...wrap(`Key message: ${audience.message}`, '    ', '      '));
      if (audience.ask !== null) lines.push(...wrap(`Our ask: ${audience.ask}`, '    ', '      '));
      if (audience.caresAbout.length > 0) lines.push(...wrap(`Cares about: ${audience.caresAbout.join(', ')}`, '    ', '      '));
      if (audience.channels.length === 0) lines.push('    No channel reaches them yet.');
      for (const channel of audience.channels) {
        lines.push(...wrap(`• ${channel.name} — ${words.channelKind(channel)}`, '    ', '      '));
        lines.push(...wrap(`${words.channelWhen(channel)}; ${words.channelNext(channel)}`, '      '));
      }
    }
    sections.push(lines);
  }

  if (brief.owners.length > 0) {
    sections.push([
      palette.bold('Owners'),
      ...brief.owners.flatMap((owner) => wrap(`${owner.name}: ${words.ownerRoles(owner)}`, '  ', '    ')),
    ]);
  }

  if (brief.research.length > 0) {
    const lines = [palette.bold('The research it rests on')];
    for (const entry of brief.research) {
      const facts = words.researchFacts(entry);
      lines.push(...wrap(facts === '' ? entry.title : `${entry.title} (${facts})`, '  ', '    '));
      for (const finding of entry.findings) lines.push(...wrap(`• ${finding}`, '    ', '      '));
    }
    sections.push(lines);
  }

  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
