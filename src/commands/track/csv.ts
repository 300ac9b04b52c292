/**
 * `herald track <goal> --from-csv <file>`: one figure from a survey or poll export. Loaded
 * only when --from-csv is given, with the CSV parser, so plain `track` starts as fast as before.
 * Only the figure, its number of responses and a note naming the file, column and statistic
 * reach the plan: never an answer, and never a name or e-mail column.
 */
import { basename } from 'node:path';
import {
  describeStat,
  findColumn,
  isPersonalColumn,
  parseFilter,
  SURVEY_STATS,
  surveyFigure,
  unusedAgreeLabels,
  type Outcome,
  type SurveyStat,
} from '../../core/survey/survey-stat.js';
import { joinWords, show } from '../../core/words/text.js';
import { plural } from '../../core/words/values.js';
import { EXIT, HeraldError } from '../../errors.js';
import { readCsvFile } from '../../io/read-csv.js';
import type { CommandContext } from '../shared/context.js';
import { surveyErrorCode, surveyProblemText } from './survey-problems.js';

export interface CsvOptions {
  fromCsv: string;
  column?: string | undefined;
  stat?: string | undefined;
  /** Labels or numbers, comma-separated, the flag repeatable. */
  agree?: readonly string[] | undefined;
  where?: readonly string[] | undefined;
  minResponses?: string | undefined;
}

/** Refused below this many answers: too few to report, and no longer anonymous. */
export const MIN_RESPONSES = 5;

export interface CsvMeasurement {
  value: number;
  responses: number;
  note: string;
}

/** Checks the flags before anything is read, so a usage mistake answers at once (exit 2). */
export function checkCsvOptions(options: CsvOptions): { stat: SurveyStat; agree: string[] | undefined; minimum: number } {
  const stat = (options.stat ?? 'top-box') as SurveyStat;
  if (!SURVEY_STATS.includes(stat)) {
    throw new HeraldError('bad-option-value', `--stat ${show(options.stat)} is not a statistic Herald computes`, {
      hint: 'Use --stat top-box (the share that agrees, in %), --stat mean or --stat enps (-100 to 100).',
    });
  }
  if (options.column === undefined) {
    throw new HeraldError('missing-option', '--from-csv needs --column: the question to measure', {
      hint: 'Give its header or its spreadsheet letter, e.g. --column "How informed do you feel?" or --column C.',
    });
  }
  const agree = options.agree
    ?.flatMap((text) => text.split(','))
    .map((label) => label.trim())
    .filter((label) => label !== '');
  if (agree !== undefined && stat !== 'top-box') {
    throw new HeraldError('conflicting-options', `--agree goes with --stat top-box, not --stat ${stat}`, {
      hint: 'Leave out --agree, or use --stat top-box.',
    });
  }
  if (agree !== undefined && agree.length === 0) {
    throw new HeraldError('bad-option-value', '--agree names no answer', {
      hint: 'For example --agree 4,5 or --agree "Agree,Strongly agree".',
    });
  }
  const minimum = options.minResponses === undefined ? MIN_RESPONSES : Number(options.minResponses);
  if (!Number.isInteger(minimum) || minimum < 1) {
    throw new HeraldError('bad-option-value', `--min-responses ${show(options.minResponses)} is not a whole number of at least 1`, {
      hint: `The default is ${MIN_RESPONSES}.`,
    });
  }
  return { stat, agree, minimum };
}

export function measureCsv(options: CsvOptions, context: CommandContext): CsvMeasurement {
  const { stat, agree, minimum } = checkCsvOptions(options);
  const table = readCsvFile(options.fromCsv, context.cwd);
  const where = table.displayPath;
  const columnValues = (index: number): string[] => table.rows.map((row) => row[index] ?? '');
  const column = (spec: string, flag: string): number => {
    const found = must(findColumn(table.header, spec), where, flag);
    const header = table.header[found.index] ?? spec;
    if (isPersonalColumn(header, columnValues(found.index))) {
      throw new HeraldError('column-names-people', `Column ${show(header)} names people: Herald does not use it (${flag})`, {
        hint: 'Names and e-mail addresses never go into the plan. Choose a question column, or a filter such as Team.',
      });
    }
    return found.index;
  };

  const index = column(options.column ?? '', '--column');
  let rows = table.rows;
  const filters: string[] = [];
  for (const text of options.where ?? []) {
    const filter = must(parseFilter(text), where);
    const at = column(filter.column, '--where');
    const wanted = filter.value.toLowerCase();
    const kept = rows.filter((row) => (row[at] ?? '').trim().toLowerCase() === wanted);
    if (kept.length === 0) {
      const values = [...new Set(rows.map((row) => (row[at] ?? '').trim()).filter((value) => value !== ''))].slice(0, 8);
      throw new HeraldError(
        'no-matching-rows',
        `No row of ${where} has ${show(table.header[at] ?? filter.column)} = ${show(filter.value)}`,
        {
          hint:
            values.length === 0
              ? 'That column is empty.'
              : `Its values include ${joinWords(
                  values.map((value) => show(value)),
                  'or',
                )}.`,
        },
      );
    }
    rows = kept;
    filters.push(`${table.header[at] ?? filter.column}=${filter.value}`);
  }

  const header = table.header[index] ?? '';
  const cells = rows.map((row) => row[index] ?? '');
  const figure = must(surveyFigure(cells, { stat, agree, column: header }), where);
  if (figure.responses < minimum) {
    throw new HeraldError(
      'too-few-responses',
      `Only ${plural(figure.responses, 'response')} in ${show(header)}${filters.length === 0 ? '' : ` for ${filters.join(', ')}`}: fewer than ${minimum} is too few to report, and no longer anonymous`,
      {
        hint: `Wait for more answers, or widen the --where filter. To record it all the same: --min-responses ${figure.responses} (validate will warn).`,
        exitCode: EXIT.problems,
      },
    );
  }
  if (figure.offScale.length > 0) {
    const left = cells.filter((cell) => cell.trim() !== '').length - figure.responses;
    const words = joinWords(figure.offScale.slice(0, 3).map((word) => show(word))) + (figure.offScale.length > 3 ? ', …' : '');
    context.stderr.write(`note: ${plural(left, 'answer')} off the scale (${words}) left out\n`);
  }
  if (agree !== undefined) {
    const unused = unusedAgreeLabels(cells, agree);
    if (unused.length > 0) {
      context.stderr.write(
        `note: no answer reads ${joinWords(
          unused.map((label) => show(label)),
          'or',
        )}; check the spelling of --agree\n`,
      );
    }
  }
  const filterText = filters.length === 0 ? '' : `, ${filters.join(', ')}`;
  return {
    value: figure.value,
    responses: figure.responses,
    note: `${basename(table.displayPath)}: ${describeStat(stat, agree)} of ${show(header)}${filterText}`,
  };
}

function must<T>(outcome: Outcome<T>, file: string, flag?: string): T {
  if (!outcome.ok) {
    const { message, hint } = surveyProblemText(outcome.problem, flag);
    throw new HeraldError(surveyErrorCode(outcome.problem), `${file}: ${message}`, { hint });
  }
  return outcome;
}
