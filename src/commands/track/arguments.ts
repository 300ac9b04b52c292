import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { HeraldError } from '../../errors.js';

/** How track takes a plan, for the hint when there is none. */
export const TRACK_USAGE = 'herald track path/to/plan.yaml <goal> <value>';

/**
 * `[plan] <goal> [value]`: the plan first, as every command takes it, or left out (then
 * --plan, else herald.yaml). Two words are a goal and a value, unless the first is plainly a
 * plan (a YAML file name, or a file that exists): then the plan and a goal, which --from-csv
 * completes and which otherwise lacks its value.
 */
export function trackArguments(
  words: ReadonlyArray<string | undefined>,
  planOption: string | undefined,
  isFile: (word: string) => boolean = () => false,
  fromCsv = false,
): { plan: string | undefined; goalId: string; valueText: string | undefined } {
  const given = words.filter((word): word is string => word !== undefined);
  const [first = '', second = '', third = ''] = given;
  const isPlan = /\.ya?ml$/i.test(first) || isFile(first);
  const planFirst = (): string => {
    if (planOption !== undefined && planOption !== first) {
      throw new HeraldError('conflicting-options', `Two plans are given: ${first} and --plan ${planOption}`, {
        hint: 'Name the plan once, as the first argument.',
      });
    }
    return first;
  };
  if (given.length === 3) return { plan: planFirst(), goalId: second, valueText: third };
  if (given.length === 2 && !isPlan) return { plan: planOption, goalId: first, valueText: second };
  if (fromCsv && given.length === 2) return { plan: planFirst(), goalId: second, valueText: undefined };
  if (fromCsv && given.length === 1 && !isPlan) return { plan: planOption, goalId: first, valueText: undefined };
  // Fewer words than needed: show the command with the missing ones as placeholders.
  const have = isPlan ? given : [first, second].filter((word) => word !== '');
  const needed = isPlan ? ['<plan>', '<goal>', '<value>'] : ['<goal>', '<value>'];
  const example = [...have, ...needed.slice(have.length)].join(' ');
  const missing = needed.slice(have.length).map((word) => word.slice(1, -1));
  const what =
    missing.length === 2
      ? 'a goal and a value'
      : missing[0] === 'value'
        ? 'a value, or --from-csv with a survey export'
        : `a ${missing[0] ?? 'value'}`;
  throw new HeraldError('missing-argument', `herald track needs ${what}`, {
    hint: `Write \`herald track ${example}\`, e.g. \`herald track ${isPlan ? `${first} ` : ''}leadership-awareness 45\` (the plan may be left out for ./herald.yaml).`,
  });
}

/** True when `word` names a file in `cwd`: then it is the plan. */
export function isFileIn(cwd: string, word: string): boolean {
  try {
    return statSync(resolve(cwd, word)).isFile();
  } catch {
    return false;
  }
}
