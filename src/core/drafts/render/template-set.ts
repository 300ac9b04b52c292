/**
 * The templates a run renders with, as the core sees them: io/templates/load-templates.ts
 * finds and reads them (the core reads no files).
 */
import type { TemplateKind } from '../kinds.js';
import type { TemplateFile } from './environment.js';

export interface TemplateRequest {
  kind: TemplateKind;
  /** A channel's `template:`, as written in the plan, or null. */
  channelTemplate: string | null;
}

export interface TemplateSet {
  /** The template for a kind and channel template, as requested. */
  templateFor(request: TemplateRequest): TemplateFile;
  partials: Map<string, TemplateFile>;
  /** Every template and partial in play. */
  files: TemplateFile[];
  /** .hbs files in the --templates folder that are no template kind (likely misspelt). */
  unknownFiles: string[];
}
