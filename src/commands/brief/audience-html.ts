/**
 * `herald brief <folder> --audience --format html`: one self-contained page in the shell
 * `report` shares, to mail or print. Every piece of plan text goes through escapeHtml.
 */
import type { AudienceBrief } from '../../core/workspace/audience-brief.js';
import { escapeHtml as e } from '../../format/html/escape.js';
import { renderPage } from '../../format/html/page-shell.js';
import type { AudienceBriefOrder } from './audience-text.js';
import * as words from './audience-words.js';

export function formatAudienceBriefHtml(brief: AudienceBrief, by: AudienceBriefOrder): string {
  const parts = [`<header>\n<h1>${e(words.audienceTitle(brief))}</h1>\n<p class="lead">${e(words.audienceSummary(brief))}</p>\n</header>`];
  if (by === 'week') {
    for (const week of brief.weeks) {
      const rows = brief.updates
        .filter((entry) => entry.week === week.monday)
        .map((update) => {
          const channel = words.channelOf(brief, update);
          const what = channel === undefined ? update.channel : words.heardChannelLabel(channel);
          const answer = channel === undefined ? '' : words.answerWords(channel);
          return `<tr><td>${e(words.updateWhen(update))}</td><td>${e(what)}</td><td>${e(words.teamName(brief.teams[update.team]!))}</td><td>${e(answer)}</td></tr>`;
        });
      parts.push(
        `<section id="week-${e(week.monday)}">\n<h2>${e(words.updatesWeekHeading(week.monday, week.updates))}</h2>\n<table>\n<thead><tr><th>When</th><th>What</th><th>From</th><th>To answer</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`,
      );
    }
  }
  if (brief.teams.length > 0) {
    const cards = brief.teams.map((team, index) => {
      const lines = [`<article class="card">`, `<h3>${e(by === 'week' ? words.teamName(team) : words.teamHeading(team))}</h3>`];
      if (team.message !== null) lines.push(`<p><strong>What they want you to know:</strong> ${e(team.message)}</p>`);
      if (team.ask !== null) lines.push(`<p><strong>What they ask of you:</strong> ${e(team.ask)}</p>`);
      const items = team.channels.map(
        (channel) =>
          `<li><strong>${e(words.heardChannelLabel(channel))}</strong>: ${e(words.channelRhythm(brief, index, channel))}. To answer: ${e(words.answerWords(channel))}</li>`,
      );
      lines.push(`<ul>\n${items.join('\n')}\n</ul>`, '</article>');
      return lines.join('\n');
    });
    const heading = by === 'week' ? 'Who you will hear from, and how to answer back' : 'By team';
    parts.push(`<section id="teams" class="flow">\n<h2>${e(heading)}</h2>\n${cards.join('\n')}\n</section>`);
  }
  parts.push(`<footer>Made by Herald from the teams' plans.</footer>`);
  return renderPage({ title: words.audienceTitle(brief), body: parts.join('\n') });
}
