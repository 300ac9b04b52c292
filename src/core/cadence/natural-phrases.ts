/**
 * How people say how often, and what to write instead. The grammar (cadence-grammar.ts)
 * reads Herald's forms; this table catches the common natural phrases it does not read
 * ("once a month", "twice a month", "first tuesday of the month") before the grammar gives
 * a generic answer, and names the form meant. Phrases the grammar reads already ("every
 * weekday", "every other tuesday", "bi-weekly on monday") never reach it.
 */

export interface PhraseAdvice {
  /** Why the phrase is not a cadence, in a few words; null when the hint says it all. */
  reason: string | null;
  hint: string;
  /** A cadence that surely is what was meant (checked by the caller before it is offered). */
  meant?: string;
}

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?';
const ORDINAL = '(first|second|third|fourth|last|1st|2nd|3rd|4th)';
const ORDINAL_WORD: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };
const FULL_DAY: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};
const A = '(a|an|per|each|every)';

interface PhraseRule {
  pattern: RegExp;
  advise: (match: RegExpExecArray) => PhraseAdvice;
}

const TWICE_A_MONTH: PhraseAdvice = {
  reason: 'Herald needs to know which days',
  hint: 'For every other week write "every 2 weeks on tuesday"; for two days of each month, an RFC 5545 rule such as "RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU" (first and third tuesday) or "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15".',
};

/** The phrases, most specific first; each matches the whole cadence (lower case, single spaces). */
const PHRASES: readonly PhraseRule[] = [
  {
    // "first tuesday of the month", "on the last friday of each quarter", "2nd monday of every month"
    pattern: new RegExp(`^(?:on )?(?:the )?(?:every )?${ORDINAL} ${WEEKDAY} (?:of|in) (?:the|each|every|a) (month|quarter)$`),
    advise: (match) => {
      const ordinal = ORDINAL_WORD[match[1] ?? ''] ?? match[1] ?? 'first';
      const day = FULL_DAY[match[2] ?? ''] ?? match[2] ?? 'monday';
      const meant = `${match[3] === 'quarter' ? 'quarterly' : 'monthly'} on the ${ordinal} ${day}`;
      return { reason: null, hint: `Did you mean "${meant}"?`, meant };
    },
  },
  {
    pattern: new RegExp(`^(?:once|one time|1 time|1x) ${A} month$|^once monthly$`),
    advise: () => ({
      reason: null,
      hint: 'Write "monthly" (on the day of the month the plan starts), or say which day: "monthly on the first monday" or "monthly on day 15".',
      meant: 'monthly',
    }),
  },
  {
    pattern: new RegExp(`^(?:once|one time|1 time|1x) ${A} week$|^once weekly$`),
    advise: () => ({ reason: null, hint: 'Write "weekly", or say which day: "weekly on tuesday".', meant: 'weekly' }),
  },
  {
    pattern: new RegExp(`^(?:once|one time|1 time|1x) ${A} quarter$|^once quarterly$`),
    advise: () => ({
      reason: null,
      hint: 'Write "quarterly", or say which day: "quarterly on the first monday" or "quarterly on day 15".',
      meant: 'quarterly',
    }),
  },
  {
    pattern: new RegExp(`^(?:once|one time|1 time|1x) ${A} (?:day|working day|weekday)$|^every working day$|^every business day$`),
    advise: () => ({ reason: null, hint: 'Write "daily": Monday to Friday.', meant: 'daily' }),
  },
  {
    pattern: new RegExp(`^(?:twice|two times|2 times|2x) ${A} month$|^twice monthly$|^semi-?monthly$`),
    advise: () => TWICE_A_MONTH,
  },
  {
    pattern: /^bi-?monthly$/,
    advise: () => ({
      reason: 'it means every two months to some and twice a month to others',
      hint: `For every two months write "RRULE:FREQ=MONTHLY;INTERVAL=2"; ${TWICE_A_MONTH.hint.charAt(0).toLowerCase()}${TWICE_A_MONTH.hint.slice(1)}`,
    }),
  },
  {
    pattern: new RegExp(`^(?:twice|two times|2 times|2x|three times|3 times|3x) ${A} week$|^twice weekly$|^semi-?weekly$`),
    advise: () => ({
      reason: 'Herald needs to know which days',
      hint: 'Name the days in an RFC 5545 rule, e.g. "RRULE:FREQ=WEEKLY;BYDAY=TU,TH".',
    }),
  },
  {
    pattern: new RegExp(`^(?:once|one time|1 time|1x) ${A} year$`),
    advise: () => ({ reason: null, hint: 'For once a year write an RFC 5545 rule, e.g. "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15".' }),
  },
];

/** Advice for a natural phrase that is not a cadence, or null when it is not one of them. */
export function adviseOnPhrase(clean: string): PhraseAdvice | null {
  const text = clean.toLowerCase();
  for (const rule of PHRASES) {
    const match = rule.pattern.exec(text);
    if (match !== null) return rule.advise(match);
  }
  return null;
}
