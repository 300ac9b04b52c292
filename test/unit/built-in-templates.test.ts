import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplateArtifacts } from '../../src/build/template-artifacts.js';
import { TEMPLATE_KINDS } from '../../src/core/drafts/kinds.js';
import { loadHandlebars } from '../../src/core/drafts/render/environment.js';
import { loadTemplates } from '../../src/io/templates/load-templates.js';

describe("Herald's own templates, compiled at build time", () => {
  it('are up to date with templates/ (run `npm run build` after editing a template)', () => {
    for (const [name, content] of Object.entries(renderTemplateArtifacts())) {
      expect(readFileSync(new URL(`../../src/core/drafts/render/generated/${name}`, import.meta.url), 'utf8'), name).toBe(content);
    }
  });

  it('are what a run without templates of the user’s uses, with Handlebars’ runtime only', async () => {
    const templates = loadTemplates(
      TEMPLATE_KINDS.map((kind) => ({ kind, channelTemplate: null })),
      { cwd: process.cwd(), planFolder: process.cwd(), userFolder: null },
    );
    expect(templates.files.every((file) => 'precompiled' in file)).toBe(true);
    expect(templates.templateFor({ kind: 'email', channelTemplate: null }).displayPath).toBe('built-in templates/email.hbs');
    const handlebars = await loadHandlebars(templates.files);
    expect('compile' in handlebars).toBe(false);
  });

  it('leave compiling to the full library when a template of the user’s is in play', async () => {
    const handlebars = await loadHandlebars([{ displayPath: 'mine/email.hbs', source: 'Hi {{plan.name}}' }]);
    expect(handlebars.compile('{{x}}')({ x: 'compiled' })).toBe('compiled');
  });
});
