/**
 * One figure from a column of survey answers, for `herald track --from-csv`: the share that
 * agrees (top-box), the mean, or the employee Net Promoter Score. Pure: the table comes in as
 * strings; problems come back as data (a code and what it is about) for the command to word,
 * naming its flags (src/commands/track/survey-problems.ts).
 */
import { show } from '../words/text.js';

export const SURVEY_STATS = ['top-box', 'mean', 'enps'] as const;
export type SurveyStat = (typeof SURVEY_STATS)[number];

/** The answers that count as agreeing on a 1–5 scale when none are given. */
export const DEFAULT_AGREE = ['4', '5'] as const;

export type SurveyProblem =
  /** No column has that header or letter. */
  | { code: 'no-column'; spec: string; header: readonly string[] }
  /** A filter that is not "Column=value". */
  | { code: 'bad-filter'; text: string }
  /** The column has no answers (after the filters). */
  | { code: 'no-answers'; column: string }
  /** Only answers in words, where the statistic needs numbers or labels to count. */
  | { code: 'answers-in-words'; column: string; words: string[]; stat: SurveyStat }
  /** eNPS reads whole numbers from 0 to 10; `answer` is not one. */
  | { code: 'not-zero-to-ten'; column: string; answer: number }
  /** The default agreeing answers (4, 5) fit a 1–5 scale; `answer` is off it. */
  | { code: 'not-one-to-five'; column: string; answer: number };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: SurveyProblem };

export interface SurveyFigure {
  value: number;
  /** How many non-empty answers the figure rests on. */
  responses: number;
}

/** A column by its header (any case) or its spreadsheet letter (A, B, … AA). */
export function findColumn(header: readonly string[], spec: string): Outcome<{ index: number }> {
  const wanted = normalise(spec);
  const byName = header.findIndex((name) => normalise(name) === wanted);
  if (byName !== -1) return { ok: true, index: byName };
  if (/^[a-z]{1,3}$/i.test(spec.trim())) {
    const index = [...spec.trim().toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    if (index < header.length) return { ok: true, index };
  }
  return { ok: false, problem: { code: 'no-column', spec, header } };
}

/** "Columns: A Timestamp, B How informed…", for hints. */
export function columnList(header: readonly string[]): string {
  const shown = header.slice(0, 26).map((name, index) => `  ${columnLetter(index)}  ${show(name)}`);
  return ['Columns, by letter and header:', ...shown, ...(header.length > 26 ? [`  … and ${header.length - 26} more`] : [])].join('\n');
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A column that names people: its header says name or e-mail, or its answers are e-mail
 * addresses. Such a column never serves as the figure or the filter, so that nothing from
 * it can reach the plan (not even inside a note).
 */
export function isPersonalColumn(name: string, values: readonly string[]): boolean {
  const header = normalise(name);
  if (/e-?mail|\bemail address\b/.test(header)) return true;
  if (
    /^((your|full|first|last|given|family|display|respondent'?s?) )?name\b/.test(header) ||
    /^(respondent|responder|user ?name|user)$/.test(header)
  ) {
    return true;
  }
  const filled = values.map((value) => value.trim()).filter((value) => value !== '');
  return filled.length > 0 && filled.filter((value) => EMAIL.test(value)).length * 2 > filled.length;
}

/** `Team=Sales` -> the column and the value, or why not. */
export function parseFilter(text: string): Outcome<{ column: string; value: string }> {
  const at = text.indexOf('=');
  if (at <= 0) return { ok: false, problem: { code: 'bad-filter', text } };
  return { ok: true, column: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

export interface StatOptions {
  stat: SurveyStat;
  /** Answers that count as agreeing (top-box); default 4 and 5. */
  agree?: readonly string[] | undefined;
  /** The column's header, for messages. */
  column: string;
}

/**
 * The figure for the non-empty answers of one column. On a numeric scale, answers in words
 * ("N/A", "Don't know") are off the scale: left out of the figure and of its responses, and
 * listed in `offScale`, as survey tools leave them out of the base. A column of words only
 * needs agreeing labels.
 */
export function surveyFigure(cells: readonly string[], options: StatOptions): Outcome<SurveyFigure & { offScale: string[] }> {
  const answers = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (answers.length === 0) {
    return { ok: false, problem: { code: 'no-answers', column: options.column } };
  }
  const agree = (options.agree ?? DEFAULT_AGREE).map(normalise).filter((label) => label !== '');
  if (options.stat === 'top-box' && !agree.every((label) => numberOf(label) !== undefined)) {
    // Labels: every answer is on the scale, and counts when it is one of them.
    const agreeing = new Set(agree);
    const count = answers.filter((answer) => agreeing.has(normalise(answer))).length;
    return { ok: true, value: round((count / answers.length) * 100, 1), responses: answers.length, offScale: [] };
  }
  const values = answers.map(numberOf).filter((value) => value !== undefined);
  const offScale = distinct(answers.filter((answer) => numberOf(answer) === undefined));
  if (values.length === 0) {
    return { ok: false, problem: { code: 'answers-in-words', column: options.column, words: offScale, stat: options.stat } };
  }
  const figure = numericFigure(values, agree, options);
  return figure.ok ? { ...figure, responses: values.length, offScale } : figure;
}

function numericFigure(values: readonly number[], agree: readonly string[], options: StatOptions): Outcome<{ value: number }> {
  const { column } = options;
  switch (options.stat) {
    case 'mean':
      return { ok: true, value: round(values.reduce((total, value) => total + value, 0) / values.length, 2) };
    case 'enps': {
      const outside = values.find((value) => !Number.isInteger(value) || value < 0 || value > 10);
      if (outside !== undefined) {
        return { ok: false, problem: { code: 'not-zero-to-ten', column, answer: outside } };
      }
      const promoters = values.filter((value) => value >= 9).length;
      const detractors = values.filter((value) => value <= 6).length;
      return { ok: true, value: Math.round(((promoters - detractors) / values.length) * 100) };
    }
    case 'top-box': {
      const high = options.agree === undefined ? values.find((value) => value > 5 || value < 1) : undefined;
      if (high !== undefined) {
        return { ok: false, problem: { code: 'not-one-to-five', column, answer: high } };
      }
      const agreeing = new Set(agree.map((label) => numberOf(label)));
      return { ok: true, value: round((values.filter((value) => agreeing.has(value)).length / values.length) * 100, 1) };
    }
  }
}

/** The agreeing labels no answer has: likely a typo, which would quietly count as disagreeing. */
export function unusedAgreeLabels(cells: readonly string[], agree: readonly string[]): string[] {
  const seen = new Set(cells.map((cell) => normalise(cell)).map((cell) => (numberOf(cell) === undefined ? cell : String(numberOf(cell)))));
  return agree.filter((label) => {
    const value = numberOf(label);
    return !seen.has(value === undefined ? normalise(label) : String(value));
  });
}

/** "4", "4.5", "4,5" (a decimal comma, as European sheets write it) -> a number. */
function numberOf(text: string): number | undefined {
  const match = /^[-+]?\d+([.,]\d+)?$/.exec(text.trim());
  return match === null ? undefined : Number(text.trim().replace(',', '.'));
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** "top-box (4, 5)", "mean", "eNPS": the statistic in the note written to the plan. */
export function describeStat(stat: SurveyStat, agree: readonly string[] | undefined): string {
  if (stat === 'mean') return 'mean';
  if (stat === 'enps') return 'eNPS';
  return `top-box (${(agree ?? DEFAULT_AGREE).map((label) => label.trim()).join(', ')})`;
}
