import { CHANNEL_TYPES, type ChannelType } from '../plan/formats.js';

/** The template kinds: one per channel type, plus the recognition note. */
export type TemplateKind = ChannelType | 'recognition';

/**
 * How a draft's text is written, which decides how text from the plan is escaped in it:
 * eml and text are plain (no markup to break), markdown, Slack mrkdwn, Teams markdown.
 */
export type DraftFormat = 'eml' | 'text' | 'markdown' | 'slack' | 'teams';

export const TEMPLATE_KINDS: readonly TemplateKind[] = [...CHANNEL_TYPES, 'recognition'];

const FORMATS: Record<TemplateKind, { format: DraftFormat; extension: string }> = {
  email: { format: 'eml', extension: '.eml' },
  slack: { format: 'slack', extension: '.slack.txt' },
  teams: { format: 'teams', extension: '.teams.md' },
  meeting: { format: 'markdown', extension: '.md' },
  'one-on-one': { format: 'markdown', extension: '.md' },
  hallway: { format: 'markdown', extension: '.md' },
  podcast: { format: 'markdown', extension: '.md' },
  newsletter: { format: 'markdown', extension: '.md' },
  intranet: { format: 'markdown', extension: '.md' },
  other: { format: 'text', extension: '.txt' },
  recognition: { format: 'markdown', extension: '.md' },
};

export function formatOf(kind: TemplateKind): DraftFormat {
  return FORMATS[kind].format;
}

export function extensionOf(kind: TemplateKind): string {
  return FORMATS[kind].extension;
}
