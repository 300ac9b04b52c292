/**
 * The data handed to draft templates: what `herald generate --data` prints and docs/draft-data.md
 * documents. Every field is always present (null or an empty list when the plan has nothing),
 * so a template in strict mode can tell a misspelt field from an empty one. Dates are
 * YYYY-MM-DD in the plan's time zone and numbers are raw: the template helpers format them.
 */
import type { GoalFacts } from '../goals/goal-facts.js';
import type { IsoDate } from '../time/dates.js';
import type { ChannelType, GoalLevel, Level } from '../plan/formats.js';

/**
 * What a draft does, decided by the editorial model (editorial/decide.ts):
 * - introduce: the readers' first touchpoint: the purpose, their key message, what they will
 *   hear when and where, how to answer back (and the lead win, if there is one);
 * - report: new wins or new figures since the channel's last touchpoint;
 * - give-back: a meeting or one-on-one slot with nothing new: offer the time back or ask one question;
 * - status: nothing new, drafted anyway (`generate --quiet-too`): where things stand and what comes next.
 */
export type DraftMode = 'introduce' | 'report' | 'give-back' | 'status';

/** A draft of one touchpoint: for one audience (targeted channels) or all its audiences (broadcast channels). */
export interface DraftData {
  kind: 'touchpoint';
  mode: DraftMode;
  plan: PlanInfo;
  touchpoint: TouchpointInfo;
  /** The audience of a targeted draft (email, meeting, one-on-one, hallway, other); null for a broadcast. */
  audience: AudienceInfo | null;
  /** Everyone the draft is written for: the audience, or every audience of a broadcast channel. */
  readers: AudienceInfo[];
  /** Newsletter, intranet, podcast, Slack and Teams: one piece for all readers, never saying whom it is "for". */
  broadcast: boolean;
  /** The subject or headline: the lead win's outcome (at most 78 characters), never the channel's name. */
  headline: string;
  /** "Hello everyone on the executive team," for a targeted draft; null for a broadcast. */
  greeting: string | null;
  /** The days whose news this draft reports. */
  period: PeriodInfo;
  /** True when there is a new win or a new figure. */
  hasNews: boolean;
  /** The win that leads: first of `featured`, or null. */
  lead: HighlightInfo | null;
  /** The new wins the channel's form has room for, in the order they are told (lead first). */
  featured: HighlightInfo[];
  /** New wins that did not fit, in the same order. */
  more: HighlightInfo[];
  /** Wins these readers already heard through another channel: a reminder at most, never news. */
  reminders: HighlightInfo[];
  /** Wins another plan of the workspace told these shared readers earlier this week: mention them, do not tell them again. */
  alreadyShared: AlreadySharedInfo[];
  fit: FitInfo;
  /** Decision-makers read it (an audience of high influence): the short version. */
  short: boolean;
  /** The readers' goals, with their standing as of the touchpoint's date. */
  goals: GoalInfo[];
  /** Those of `goals` with a figure: where things stand. */
  tracked: GoalInfo[];
  /** Goals with a figure measured since the channel's last touchpoint. */
  measured: GoalInfo[];
  /** Next steps still ahead: dated ones not yet due, undated ones only from wins that are news. */
  nextSteps: NextStepInfo[];
  /** The next dated things the readers can expect: steps, their next touchpoint, a goal due soon. */
  comingUp: ComingUpInfo[];
  /** For mode introduce; null otherwise. */
  introduction: IntroductionInfo | null;
  /** Who sends and signs it: the channel's owner, else the plan's; null when the plan names nobody. */
  sender: string | null;
  /** The people to thank (credited in `featured`), never the sender. */
  credits: string[];
  /** What the draft asks of its readers (the audience's `ask`); one-on-one stories always ask. */
  ask: string | null;
  /** For mode give-back: the one question to ask instead of an update. */
  question: string | null;
  /** How the readers answer back (the channel's `feedback`), or null. */
  feedback: string | null;
}

/** A thank-you note from the sender to the people credited in one win, sent with the first touchpoint that shares it. */
export interface RecognitionData {
  kind: 'recognition';
  plan: PlanInfo;
  highlight: HighlightInfo;
  /** The people credited in the win, without the sender. */
  people: string[];
  /** Their first names, for the greeting: "Lena and Tom". */
  firstNames: string;
  /** Who thanks them: the sender of that touchpoint. */
  sender: string | null;
  /** The touchpoint that first shares the win. */
  touchpoint: TouchpointInfo;
  /** The audiences of that touchpoint the win is for. */
  audiences: AudienceInfo[];
  /** Those audiences in prose: "the executive team and product managers". */
  audiencesPhrase: string;
  /** The goals the win advances, with their standing as of that touchpoint. */
  goals: GoalInfo[];
}

/** A win another plan told the readers this week (`herald generate <folder>`): "Finance already shared …". */
export interface AlreadySharedInfo {
  id: string;
  title: string;
  /** The name of the plan that told it. */
  plan: string;
  /** When it told it. */
  date: IsoDate;
}

export interface NextStepInfo {
  text: string;
  /** YYYY-MM-DD, or null for an undated step. */
  by: IsoDate | null;
  /** The title of the win it follows. */
  after: string;
}

export interface ComingUpInfo {
  kind: 'step' | 'touchpoint' | 'goal-due';
  date: IsoDate;
  time: string | null;
  /** In words: "Repeat the webinar with sales", "the monthly executive digest", a goal's title. */
  text: string;
}

export interface IntroductionInfo {
  /** The plan's purpose (its summary), or null. */
  purpose: string | null;
  /** The readers' key messages (`message`), each once. */
  messages: string[];
  /** Where and how often they will hear from us: their channels. */
  channels: IntroChannel[];
  /** What the work aims for: the readers' goals. */
  goals: GoalInfo[];
  /** Ways to answer back, from their channels' `feedback`. */
  feedback: string[];
}

export interface IntroChannel {
  name: string;
  /** Mid-sentence, with its article: "the monthly executive digest". */
  phrase: string;
  type: ChannelType;
  /** How often, in words: "every 2 weeks on Thursday". */
  rhythm: string;
  /** Its next touchpoint after this one, or null. */
  next: { date: IsoDate; time: string | null } | null;
}

export interface PlanInfo {
  /** The plan's `id`, else its name as a slug: it names the plan in mail and calendar ids. */
  id: string;
  name: string;
  organization: string | null;
  owner: string | null;
  summary: string | null;
  /** IANA time zone; every date and time is in it. */
  timezone: string;
  start: IsoDate;
  end: IsoDate;
}

export interface TouchpointInfo {
  date: IsoDate;
  /** HH:MM, or null for an all-day touchpoint. */
  time: string | null;
  channel: ChannelInfo;
  /** Every audience this touchpoint reaches. */
  audiences: AudienceInfo[];
}

export interface ChannelInfo {
  id: string;
  /** The channel's `name`, or a natural one made from its id and type. */
  name: string;
  /** Its name mid-sentence, with its article: "the monthly executive digest". */
  phrase: string;
  type: ChannelType;
  /** The channel's owner, else the plan's, else null. */
  owner: string | null;
  /** As written, e.g. "10m", or null. */
  duration: string | null;
  /** The duration in minutes, or null. */
  minutes: number | null;
  feedback: string | null;
}

export interface AudienceInfo {
  id: string;
  name: string;
  size: number | null;
  influence: Level | null;
  interest: Level | null;
  caresAbout: string[];
  /** influence is high: decision-makers get shorter drafts. */
  highInfluence: boolean;
  /** Its name mid-sentence: "the executive team", "product managers". */
  phrase: string;
  /** The one thing it should know, think or do (`message`), or null. */
  message: string | null;
  /** What we want from it now (`ask`), or null. */
  ask: string | null;
}

export interface PeriodInfo {
  /** First day counted: the day after the channel's previous touchpoint, or the plan's start. */
  from: IsoDate;
  /** The touchpoint's date. */
  to: IsoDate;
  /** The channel's previous touchpoint, or null for its first. */
  previous: IsoDate | null;
}

export interface HighlightInfo {
  id: string;
  date: IsoDate;
  title: string;
  what: string | null;
  why: string | null;
  /** The next step's text, when it is still ahead on the draft's date; else null. */
  next: string | null;
  /** Its date, or null. */
  nextBy: IsoDate | null;
  impact: Level;
  metric: MetricInfo | null;
  /** The metric in words ("pipeline of $240,000"), or null when there is none or the title already says it. */
  figure: string | null;
  evidence: string | null;
  /** The people credited, without the sender. */
  credit: string[];
  /** The goals it advances: id and title. */
  goals: GoalRef[];
}

export interface MetricInfo {
  name: string;
  value: number;
  unit: string | null;
}

export interface GoalRef {
  id: string;
  title: string;
}

export interface GoalInfo extends GoalFacts {
  /** The latest measurement on or before the touchpoint's date, or null. */
  latest: MeasurementInfo | null;
  /** 0..1 from baseline to target (see `herald report`), or null. */
  progress: number | null;
  level: GoalLevel;
  /** Where it stands, in one sentence: "Executives who can name two wins: 45% (goal: 80% by 30 June 2027)." */
  standing: string;
  /** What it aims for, for readers new to it: "Executives who can name two wins: from 20% to 80% by 30 June 2027." */
  aim: string;
  /** The target is met or beaten. */
  reached: boolean;
}

export interface MeasurementInfo {
  date: IsoDate;
  value: number;
  note: string | null;
  /** How many answers a survey figure rests on, or null. */
  responses: number | null;
}

/** How much the channel's form has room for. */
export interface FitInfo {
  /** The most highlights the draft shows. */
  highlights: number;
  /** For meetings: minutes per talking point, or null. */
  minutesEach: number | null;
}

/** One draft to render: its file name, its template and its data. */
export interface DraftJob {
  /** File name inside the output folder: date, channel and audience (or highlight), a slug. */
  fileName: string;
  /** The template kind: a channel type, or 'recognition'. */
  template: ChannelType | 'recognition';
  /** The channel whose own `template:` applies, or null. */
  channel: string | null;
  data: DraftData | RecognitionData;
}

/** A touchpoint in the window that gets no draft, and why. */
export interface NotDrafted {
  date: IsoDate;
  channel: string;
  audiences: string[];
  /** A broadcast touchpoint (one draft for all its audiences). */
  broadcast: boolean;
  /** nothing-new: no new win or figure (drafted anyway with `--quiet-too`); recorded-skipped: `herald skipped` recorded it. */
  reason: 'nothing-new' | 'recorded-skipped';
}

/** What `generate` writes for a window, and what it leaves out. */
export interface DraftPlan {
  jobs: DraftJob[];
  notDrafted: NotDrafted[];
}
