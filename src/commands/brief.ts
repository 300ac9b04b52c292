import { resolve } from 'node:path';
import { buildBrief } from '../core/brief/build-brief.js';
import { suggestionHint } from '../core/suggest.js';
import { show } from '../core/text.js';
import { EXIT, HeraldError } from '../errors.js';
import { formatBriefHtml } from '../format/brief-html.js';
import { formatBriefMarkdown } from '../format/brief-markdown.js';
import { formatBriefText } from '../format/brief-text.js';
import { plainPalette } from '../format/palette.js';
import { displayPathOf } from '../io/read-plan-file.js';
import { colorLevel, paletteFor, widthOf } from '../io/terminal.js';
import { writeFileSafely } from '../io/write-file.js';
import type { CommandContext } from './context.js';
import { loadPlan } from './load-plan.js';

export type BriefFormat = 'text' | 'md' | 'html';

export interface BriefCommandOptions {
  format: BriefFormat;
  /** Tailor the brief to this audience id. */
  audience?: string;
  /** Write to this file instead of stdout. */
  out?: string;
  force: boolean;
}

/** `herald brief`: the plan as a one-page brief for colleagues, whole or for one audience. */
export async function briefCommand(
  planArgument: string | undefined,
  options: BriefCommandOptions,
  context: CommandContext,
): Promise<number> {
  const loaded = await loadPlan(planArgument, context);
  const known = (loaded.plan.audiences ?? []).map((audience) => audience.id);
  if (options.audience !== undefined && !known.includes(options.audience)) {
    throw new HeraldError(`${loaded.file.displayPath} has no audience ${show(options.audience)}`, {
      hint: suggestionHint(options.audience, known, 'audiences'),
    });
  }
  const brief = buildBrief(loaded.plan, loaded.today, options.audience);

  const toFile = options.out !== undefined;
  let output: string;
  switch (options.format) {
    case 'md':
      output = formatBriefMarkdown(brief);
      break;
    case 'html':
      output = formatBriefHtml(brief);
      break;
    case 'text': {
      const palette = toFile ? plainPalette : paletteFor(colorLevel(context.stdout, context.env, context.color));
      output = formatBriefText(brief, palette, toFile ? 80 : widthOf(context.stdout, context.env));
      break;
    }
  }

  if (loaded.warnings.length > 0) {
    const count = loaded.warnings.length;
    context.stderr.write(
      `note: ${loaded.file.displayPath} has ${count} warning${count === 1 ? '' : 's'}; \`herald validate\` shows them\n`,
    );
  }
  if (options.out === undefined) {
    context.stdout.write(output);
    return EXIT.ok;
  }
  const path = resolve(context.cwd, options.out);
  const shown = displayPathOf(path, context.cwd);
  await writeFileSafely(path, output, { force: options.force, displayPath: shown });
  context.stderr.write(`Wrote ${shown}\n`);
  return EXIT.ok;
}
