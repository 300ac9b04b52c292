import type { DraftData, DraftJob } from '../core/drafts/draft-data.js';
import { extensionOf, formatOf } from '../core/drafts/kinds.js';
import { buildEml } from './email.js';
import type { DraftRenderer } from './environment.js';
import type { TemplateSet } from './load-templates.js';

export interface RenderedDraft {
  fileName: string;
  content: string;
  /** The template it came from, for messages. */
  template: string;
}

/** Every draft rendered in memory: a template error stops the run before any file is written. */
export async function renderDrafts(
  jobs: readonly DraftJob[],
  templates: TemplateSet,
  renderer: DraftRenderer,
  channelTemplates: ReadonlyMap<string, string>,
): Promise<RenderedDraft[]> {
  const drafts: RenderedDraft[] = [];
  for (const job of jobs) {
    const file = templates.templateFor({ kind: job.template, channelTemplate: channelTemplateOf(job, channelTemplates) });
    const format = formatOf(job.template);
    const text = renderer.render(file, job.data, format);
    const content =
      format === 'eml' ? await buildEml(text, job.data as DraftData, job.fileName.slice(0, -extensionOf(job.template).length)) : text;
    drafts.push({ fileName: job.fileName, content, template: file.displayPath });
  }
  return drafts;
}

export function channelTemplateOf(job: DraftJob, channelTemplates: ReadonlyMap<string, string>): string | null {
  return job.channel === null ? null : (channelTemplates.get(job.channel) ?? null);
}
