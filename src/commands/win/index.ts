import { parseDateOption } from '../shared/date-flag.js';
import { HIGHLIGHTS_SECTION } from '../../core/track/sections.js';
import { newCandidates, formatCandidatesYaml } from '../../core/win/candidates-yaml.js';
import type { Candidate } from '../../core/win/candidates.js';
import { highlightEntry, winId, type WinAnswers } from '../../core/win/win-entry.js';
import { EXIT, HeraldError } from '../../errors.js';
import { safeTerminalText } from '../../format/text/safe-text.js';
import type { ChoicePrompt } from '../init/prompt.js';
import { addToPlan } from '../shared/add-to-plan.js';
import type { CommandContext } from '../shared/context.js';
import { loadPlan, type LoadedPlan } from '../shared/load-plan.js';
import { askWin, type WinContext, type WinFlags } from './ask-win.js';

export interface WinOptions extends WinFlags {
  /** A git range whose merged work is offered as candidate wins. */
  fromGit?: string | undefined;
  /** A Keep a Changelog file, a changeset, or a `.changeset` folder. */
  fromChangelog?: string | undefined;
  /** The plan file; default herald.yaml. */
  plan?: string | undefined;
}

// Printed after "hint: ", so no line passes 80 columns.
const NON_INTERACTIVE_HINT =
  'Give the win as flags, e.g.\n' +
  '  herald win --title "Webinar sourced $240k pipeline" --goal leadership-awareness \\\n' +
  '    --metric "pipeline=240000 USD" --evidence https://crm.example.com/r/123\n' +
  '(`herald win --help` lists every flag).';

/**
 * `herald win`: records a highlight in the plan, in place, as `track` records a measurement.
 * On a terminal it asks for what no flag gives; without one, the flags are the answers (a
 * title at least). `--from-git` and `--from-changelog` offer candidate wins: ticked and
 * completed on a terminal, printed as YAML to review otherwise.
 */
export async function winCommand(options: WinOptions, context: CommandContext): Promise<number> {
  if (options.fromGit !== undefined && options.fromChangelog !== undefined) {
    throw new HeraldError('conflicting-options', '--from-git and --from-changelog do not go together', {
      hint: 'Read one source at a time.',
    });
  }
  for (const flag of ['date', 'nextBy'] as const) {
    const value = options[flag];
    if (value === undefined) continue;
    const parsed = parseDateOption(flag === 'date' ? '--date' : '--next-by', value);
    if (!parsed.ok) throw new HeraldError('bad-date-option', parsed.message, { hint: parsed.hint });
  }
  const interactive = context.stdin?.isTTY === true && context.stdout.isTTY === true;
  const fromCandidates = options.fromGit !== undefined || options.fromChangelog !== undefined;
  if (!interactive && !fromCandidates && (options.title === undefined || options.title.trim() === '')) {
    throw new HeraldError('no-terminal', 'herald win needs a --title when there is no terminal to ask in', { hint: NON_INTERACTIVE_HINT });
  }
  // Warnings are validate's to show; checking the plan for errors is enough here.
  const loaded = await loadPlan(options.plan, context, { rules: false, edits: 'win' });

  if (fromCandidates) {
    // Loaded only here: git and changelog reading cost start-up time a plain `win` does not need.
    const { readCandidates } = await import('./read-candidates.js');
    const read = await readCandidates(options, loaded.today, context);
    const candidates = newCandidates(read.candidates, loaded.plan.highlights);
    if (!interactive) {
      const ids = (loaded.plan.highlights ?? []).map((highlight) => highlight.id);
      context.stdout.write(formatCandidatesYaml(candidates, ids, read.from));
      return EXIT.ok;
    }
    if (candidates.length === 0) {
      context.stdout.write(`No new candidate wins in ${safeTerminalText(read.from)}.\n`);
      return EXIT.ok;
    }
    const prompt = await terminalPrompt(context);
    const picked = await prompt.checkbox({
      message: `Which of these are wins worth telling? (${read.from})`,
      choices: candidates.map((candidate, index) => ({
        value: String(index),
        name: `${candidate.date}  ${candidate.title}`,
        description: candidate.source,
      })),
    });
    let current = loaded;
    for (const index of picked) {
      const candidate = candidates[Number(index)] as Candidate;
      context.stdout.write(`\n${safeTerminalText(candidate.title)}\n`);
      const answers = await askWin(winContext(current, options, prompt, candidate));
      await record(current, answers, context);
      current = await loadPlan(options.plan, context, { rules: false });
    }
    return EXIT.ok;
  }

  const prompt = interactive ? await terminalPrompt(context) : null;
  const answers = await askWin(winContext(loaded, options, prompt, undefined));
  await record(loaded, answers, context);
  return EXIT.ok;
}

function winContext(loaded: LoadedPlan, flags: WinFlags, prompt: ChoicePrompt | null, candidate: Candidate | undefined): WinContext {
  // A candidate brings its own title and date; the other flags answer for every candidate alike.
  const own = candidate === undefined ? flags : { ...flags, title: undefined, date: undefined };
  return { prompt, flags: own, plan: loaded.plan, today: loaded.today, candidate };
}

async function record(loaded: LoadedPlan, answers: WinAnswers, context: CommandContext): Promise<void> {
  const id = winId(
    answers.title,
    (loaded.plan.highlights ?? []).map((highlight) => highlight.id),
  );
  const entry = highlightEntry(id, answers);
  await addToPlan(
    loaded,
    { spec: HIGHLIGHTS_SECTION, entry, noun: 'win', byHand: `- { id: ${id}, date: ${answers.date}, title: ... }` },
    context,
  );
  const display = safeTerminalText(loaded.file.displayPath);
  context.stdout.write(`Recorded win ${safeTerminalText(id)} (${answers.date}) in ${display}\n`);
  if (answers.evidence === undefined && answers.metric === undefined) {
    context.stderr.write(
      `note: ${safeTerminalText(id)} has no evidence or figure yet; \`herald validate\` calls it hype until you add one\n`,
    );
  }
}

async function terminalPrompt(context: CommandContext): Promise<ChoicePrompt> {
  const { inquirerPrompt } = await import('../init/inquirer-prompt.js');
  // Interactive means stdin and stdout are the process's terminal streams, which inquirer reads and draws on.
  return inquirerPrompt({
    input: context.stdin as NodeJS.ReadableStream,
    output: context.stdout.stream ?? (context.stdout as NodeJS.WritableStream),
  });
}
