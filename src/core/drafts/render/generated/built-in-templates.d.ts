// Types of built-in-templates.js, which `npm run build` generates from templates/.
import type { TemplateKind } from '../../kinds.js';

/** Precompiled Handlebars template specifications, for `Handlebars.template()`. */
export declare const builtInTemplates: Readonly<Record<TemplateKind, object>>;
export declare const builtInPartials: Readonly<Record<string, object>>;
