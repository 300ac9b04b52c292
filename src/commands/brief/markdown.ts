/** `herald brief --format md`: to paste into a wiki page or a README. */
import type { PlanBrief } from '../../core/brief/build-brief.js';
import * as words from './words.js';
import { escapeMarkdown } from '../../format/text/markdown.js';

const md = (text: string): string => escapeMarkdown(text, 'lines');
const inline = (text: string): string => escapeMarkdown(text, 'inline');

export function formatBriefMarkdown(brief: PlanBrief): string {
  const sections: string[] = [`# ${inline(words.briefTitle(brief))}\n\n${inline(words.briefSubtitle(brief))}`];
  if (brief.plan.summary !== null) sections.push(`## Purpose\n\n${md(brief.plan.summary)}`);

  if (brief.feedback.length > 0) {
    const items = brief.feedback.map((way) => {
      const who = brief.audience === null && way.audiences.length > 0 ? ` _(for ${inline(way.audiences.join(', '))})_` : '';
      return `- **${inline(way.channel)}**: ${inline(way.feedback)}${who}`;
    });
    sections.push(
      ['## How to give feedback', '', '> **Your view counts.** Tell us what works and what does not:', '', ...items].join('\n'),
    );
  }

  if (brief.goals.length > 0) {
    const goals = brief.goals.map((goal) => {
      const lines = [`### ${inline(goal.title)}`, ''];
      if (goal.why !== null) lines.push(`- **Why:** ${inline(goal.why)}`);
      const measured = words.measuredAs(goal);
      if (measured !== null) lines.push(`- **Measured as:** ${inline(measured)}`);
      lines.push(`- **Now:** ${inline(words.standsNow(goal))}`);
      if (goal.owner !== null) lines.push(`- **Owner:** ${inline(goal.owner)}`);
      return lines.join('\n');
    });
    sections.push(['## Goals', ...goals].join('\n\n'));
  }

  if (brief.audiences.length > 0) {
    const audiences = brief.audiences.map((audience) => {
      const facts = words.audienceFacts(audience);
      const lines = [`### ${inline(audience.name)}`, ''];
      if (facts !== '') lines.push(`${facts}`, '');
      if (audience.message !== null) lines.push(`**Key message:** ${inline(audience.message)}`, '');
      if (audience.ask !== null) lines.push(`**Our ask:** ${inline(audience.ask)}`, '');
      if (audience.caresAbout.length > 0) lines.push(`Cares about: ${audience.caresAbout.map(inline).join(', ')}`, '');
      if (audience.channels.length === 0) lines.push('No channel reaches them yet.');
      for (const channel of audience.channels) {
        lines.push(
          `- **${inline(channel.name)}** (${inline(words.channelKind(channel))}): ${inline(words.channelWhen(channel))}; ${inline(words.channelNext(channel))}`,
        );
      }
      return lines.join('\n').trimEnd();
    });
    sections.push([`## ${words.audiencesHeading(brief)}`, ...audiences].join('\n\n'));
  }

  if (brief.owners.length > 0) {
    const items = brief.owners.map((owner) => `- **${inline(owner.name)}**: ${inline(words.ownerRoles(owner))}`);
    sections.push(['## Owners', '', ...items].join('\n'));
  }

  if (brief.research.length > 0) {
    const entries = brief.research.map((entry) => {
      const facts = words.researchFacts(entry);
      const head = `- **${inline(entry.title)}**${facts === '' ? '' : ` (${inline(facts)})`}`;
      return [head, ...entry.findings.map((finding) => `  - ${inline(finding)}`)].join('\n');
    });
    sections.push(['## The research it rests on', '', ...entries].join('\n'));
  }

  return sections.join('\n\n') + '\n';
}
