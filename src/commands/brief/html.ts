/**
 * `herald brief --format html`: one self-contained page in the shell `report` shares, laid
 * out to print on paper or to PDF. Every piece of plan text goes through escapeHtml.
 */
import type { PlanBrief } from '../../core/brief/build-brief.js';
import * as words from './words.js';
import { escapeHtml as e } from '../../format/html/escape.js';
import { renderPage } from '../../format/html/page-shell.js';

export function formatBriefHtml(brief: PlanBrief): string {
  const parts: string[] = [
    `<header>\n<h1>${e(words.briefTitle(brief))}</h1>\n<p class="subtitle">${e(words.briefSubtitle(brief))}</p>\n</header>`,
  ];
  if (brief.plan.summary !== null) parts.push(section('purpose', 'Purpose', `<p class="lead">${e(brief.plan.summary)}</p>`, false));

  if (brief.feedback.length > 0) {
    const items = brief.feedback.map((way) => {
      const who =
        brief.audience === null && way.audiences.length > 0 ? ` <span class="muted">(for ${e(way.audiences.join(', '))})</span>` : '';
      return `<li><strong>${e(way.channel)}</strong>: ${e(way.feedback)}${who}</li>`;
    });
    parts.push(
      `<section id="feedback" class="callout">\n<h2>How to give feedback</h2>\n<p>Your view counts. Tell us what works and what does not:</p>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`,
    );
  }

  if (brief.goals.length > 0) {
    const cards = brief.goals.map((goal) => {
      const facts: [string, string][] = [];
      if (goal.why !== null) facts.push(['Why', goal.why]);
      const measured = words.measuredAs(goal);
      if (measured !== null) facts.push(['Measured as', measured]);
      facts.push(['Now', words.standsNow(goal)]);
      if (goal.owner !== null) facts.push(['Owner', goal.owner]);
      return `<article class="card" id="goal-${e(goal.id)}">\n<h3>${e(goal.title)}</h3>\n${factList(facts)}\n</article>`;
    });
    parts.push(section('goals', 'Goals', cards.join('\n')));
  }

  if (brief.audiences.length > 0) {
    const cards = brief.audiences.map((audience) => {
      const facts = words.audienceFacts(audience);
      const lines = [`<article class="card" id="audience-${e(audience.id)}">`, `<h3>${e(audience.name)}</h3>`];
      if (facts !== '') lines.push(`<p class="muted">${e(facts)}</p>`);
      if (audience.message !== null) lines.push(`<p><strong>Key message:</strong> ${e(audience.message)}</p>`);
      if (audience.ask !== null) lines.push(`<p><strong>Our ask:</strong> ${e(audience.ask)}</p>`);
      if (audience.caresAbout.length > 0) lines.push(`<p>Cares about: ${e(audience.caresAbout.join(', '))}</p>`);
      if (audience.channels.length === 0) lines.push('<p class="muted">No channel reaches them yet.</p>');
      else {
        const rows = audience.channels.map(
          (channel) =>
            `<tr><td><strong>${e(channel.name)}</strong><br><span class="muted">${e(words.channelKind(channel))}</span></td><td>${e(words.channelWhen(channel))}</td><td>${e(words.channelNext(channel))}</td></tr>`,
        );
        lines.push(
          `<table>\n<thead><tr><th>Channel</th><th>How often</th><th>Next</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
        );
      }
      lines.push('</article>');
      return lines.join('\n');
    });
    parts.push(section('audiences', words.audiencesHeading(brief), cards.join('\n')));
  }

  if (brief.owners.length > 0) {
    const items = brief.owners.map((owner) => `<li><strong>${e(owner.name)}</strong>: ${e(words.ownerRoles(owner))}</li>`);
    parts.push(section('owners', 'Owners', `<ul>\n${items.join('\n')}\n</ul>`));
  }

  if (brief.research.length > 0) {
    const items = brief.research.map((entry) => {
      const facts = words.researchFacts(entry);
      const findings =
        entry.findings.length === 0 ? '' : `\n<ul>${entry.findings.map((finding) => `<li>${e(finding)}</li>`).join('')}</ul>`;
      return `<li><strong>${e(entry.title)}</strong>${facts === '' ? '' : ` <span class="muted">(${e(facts)})</span>`}${findings}</li>`;
    });
    parts.push(section('research', 'The research it rests on', `<ul>\n${items.join('\n')}\n</ul>`));
  }

  parts.push(`<footer>Made by Herald from the plan on ${e(brief.today)}.</footer>`);
  const title = brief.audience === null ? `${brief.plan.name}: brief` : `${brief.plan.name}: brief for ${brief.audience.name}`;
  return renderPage({ title, body: parts.join('\n') });
}

/** Sections of cards or list items flow in two columns on paper (page-shell's .flow). */
function section(id: string, heading: string, content: string, flow = true): string {
  return `<section id="${id}"${flow ? ' class="flow"' : ''}>\n<h2>${e(heading)}</h2>\n${content}\n</section>`;
}

function factList(facts: readonly [string, string][]): string {
  return `<dl class="facts">${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`;
}
