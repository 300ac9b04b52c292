/**
 * Names of groups and things inside a sentence, as a person writes them: "Executive team" is
 * "the executive team" mid-sentence and "Hello everyone on the executive team," in a greeting;
 * "Product managers" is "Hello product managers,"; "ELT" stays "the ELT". The plan writes names
 * as labels (sentence case, no article); prose needs articles and case.
 */

const ARTICLE = /^(the|a|an|our|your|their|my|this|these|all)\s/i;
/** Groups that one sits "on" rather than "in". */
const SIT_ON = /\b(team|council|board|committee|panel|staff|squad|crew|cabinet|jury)$/i;
/** Plural-looking words that name one thing or an uncountable one. */
const NOT_PLURAL = /(ss|us|is|sales|news|ops|analytics|logistics|finance|comms|hr)$/i;

/** A word written in capitals (ELT, HRBPs, R&D) or with a capital inside (iOS, DevRel): a name, kept as it is. */
function isAcronymOrBrand(word: string): boolean {
  return /^[A-Z0-9&]{2,}s?$/.test(word) || /^[a-z]+[A-Z]/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word);
}

/**
 * A label in sentence case ("Executive team", "Monthly executive digest") reads in lower case
 * mid-sentence; title case ("Platform Weekly") and acronyms are names and keep their capitals.
 */
function inSentence(label: string): string {
  const words = label.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (first === '' || isAcronymOrBrand(first)) return label.trim();
  const titleCase =
    words.length > 1 && words.slice(1).every((word) => !/^[a-z]/.test(word) || /^(of|and|for|the|in|on|to|a|&)$/.test(word));
  if (titleCase && words.slice(1).some((word) => /^[A-Z]/.test(word))) return label.trim();
  return first.charAt(0).toLowerCase() + label.trim().slice(1);
}

export interface GroupWords {
  /** Mid-sentence: "the executive team", "product managers", "the ELT". */
  phrase: string;
  /** "Hello everyone on the executive team," or "Hello product managers,". */
  greeting: string;
  plural: boolean;
}

/** How to name an audience in prose and greet it. */
export function groupWords(name: string): GroupWords {
  const label = name.trim();
  if (label === '') return { phrase: 'everyone', greeting: 'Hello everyone,', plural: true };
  if (ARTICLE.test(label)) {
    const phrase = inSentence(label.replace(ARTICLE, (article) => article.toLowerCase()));
    return { phrase, greeting: `Hello everyone in ${phrase},`, plural: false };
  }
  const last = label.split(/\s+/).pop() ?? label;
  const plural = /s$/.test(last) && !NOT_PLURAL.test(last);
  const words = inSentence(label);
  if (plural) return { phrase: words, greeting: `Hello ${words},`, plural: true };
  // A department named in one word ("Engineering", "Sales") takes no article.
  const phrase = /\s/.test(label) || SIT_ON.test(label) || isAcronymOrBrand(label) ? `the ${words}` : words;
  return { phrase, greeting: `Hello everyone ${SIT_ON.test(label) ? 'on' : 'in'} ${phrase},`, plural: false };
}

/**
 * A thing's name mid-sentence, with its article: "the monthly executive digest", "the ELT
 * meeting", "the Pipeline Stories podcast". A title-cased name followed by a description
 * ("Inside Marketing, the monthly newsletter") is a name in apposition: no article.
 */
export function thingPhrase(name: string): string {
  const label = name.trim();
  if (label === '') return label;
  if (ARTICLE.test(label)) return inSentence(label.replace(ARTICLE, (article) => article.toLowerCase()));
  if (/^\d/.test(label)) return label;
  const words = label.split(/\s+/);
  const titled = words.length > 1 && /^[A-Z]/.test(words[0] ?? '') && /^[A-Z]/.test(words[1] ?? '');
  if (titled && /,/.test(label)) return label;
  return `the ${inSentence(label)}`;
}

/** What a person is called in a greeting: the first name ("Hi Lena,"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** A sentence that starts with a name: its first letter in capitals. */
export function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two names for one person are the same when they differ only in case, spacing or accents. */
export function samePerson(a: string, b: string): boolean {
  const key = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return key(a) !== '' && key(a) === key(b);
}
