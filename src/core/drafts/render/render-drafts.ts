import type { DraftData, DraftJob } from '../draft-data.js';
import { extensionOf, formatOf } from '../kinds.js';
import type { ZoneOffsetSource } from '../../time/zoned-time.js';
import { buildEml } from './email.js';
import { createDraftRenderer, loadHandlebars } from './environment.js';
import type { TemplateSet } from './template-set.js';

export interface RenderedDraft {
  fileName: string;
  content: string;
  /** The template it came from, for messages. */
  template: string;
}

export interface DraftRenderOptions {
  /** Channel id → the channel's own `template:`. */
  channelTemplates: ReadonlyMap<string, string>;
  /** Where an email's Date header gets its zone's offset. */
  zoneOffset: ZoneOffsetSource;
}

/** Every draft rendered in memory: a template error stops the run before any file is written. */
export async function renderDrafts(
  jobs: readonly DraftJob[],
  templates: TemplateSet,
  options: DraftRenderOptions,
): Promise<RenderedDraft[]> {
  const renderer = createDraftRenderer(await loadHandlebars(templates.files), templates.partials);
  const drafts: RenderedDraft[] = [];
  for (const job of jobs) {
    const file = templates.templateFor({ kind: job.template, channelTemplate: channelTemplateOf(job, options.channelTemplates) });
    const format = formatOf(job.template);
    const text = renderer.render(file, job.data, format);
    const messageId = job.fileName.slice(0, -extensionOf(job.template).length);
    const content = format === 'eml' ? buildEml(text, job.data as DraftData, messageId, options.zoneOffset) : text;
    drafts.push({ fileName: job.fileName, content, template: file.displayPath });
  }
  return drafts;
}

export function channelTemplateOf(job: DraftJob, channelTemplates: ReadonlyMap<string, string>): string | null {
  return job.channel === null ? null : (channelTemplates.get(job.channel) ?? null);
}
