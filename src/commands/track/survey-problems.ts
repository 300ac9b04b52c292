/**
 * The survey core's problems (src/core/survey/survey-stat.ts) in words, naming the flags of
 * `herald track --from-csv` that fix them: the core knows the figure, the command its flags.
 */
import { columnList, type SurveyProblem } from '../../core/survey/survey-stat.js';
import { joinWords, show } from '../../core/words/text.js';
import type { ErrorCode } from '../../errors.js';

/** `flag` is the flag that named the column (--column or --where), for a column not found. */
export function surveyProblemText(problem: SurveyProblem, flag = '--column'): { message: string; hint: string } {
  switch (problem.code) {
    case 'no-column':
      return { message: `The CSV has no column ${show(problem.spec)} (${flag})`, hint: columnList(problem.header) };
    case 'bad-filter':
      return { message: `--where ${show(problem.text)} is not "Column=value"`, hint: 'For example --where "Team=Sales".' };
    case 'no-answers':
      return { message: `Column ${show(problem.column)} has no answers`, hint: 'Check the column and the --where filter.' };
    case 'answers-in-words': {
      const words = joinWords(problem.words.slice(0, 5).map((word) => show(word))) + (problem.words.length > 5 ? ', …' : '');
      return {
        message: `Column ${show(problem.column)} has answers in words (${words})`,
        hint:
          problem.stat === 'top-box'
            ? 'Say which answers count as agreeing, e.g. --agree "Agree,Strongly agree".'
            : 'A mean or eNPS needs numbers; for answers in words use --stat top-box --agree "Agree,Strongly agree".',
      };
    }
    case 'not-zero-to-ten':
      return {
        message: `Column ${show(problem.column)} has the answer ${problem.answer}: eNPS reads whole numbers from 0 to 10`,
        hint: 'Choose the "how likely are you to recommend" column of a 0–10 question.',
      };
    case 'not-one-to-five':
      return {
        message: `Column ${show(problem.column)} has the answer ${problem.answer}: it is not a 1–5 scale, so the default --agree 4,5 does not fit`,
        hint: 'Say which answers count, e.g. --agree 9,10 on a 0–10 scale, or use --stat mean or --stat enps.',
      };
  }
}

/** What went wrong, as the code of the HeraldError that reports it. */
export function surveyErrorCode(problem: SurveyProblem): ErrorCode {
  switch (problem.code) {
    case 'no-column':
      return 'unknown-column';
    case 'bad-filter':
      return 'bad-option-value';
    default:
      return 'column-unfit';
  }
}
