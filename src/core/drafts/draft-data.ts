/**
 * The data handed to draft templates: what `herald generate --data` prints and the README
 * documents. Every field is always present (null or an empty list when the plan has nothing),
 * so a template in strict mode can tell a misspelt field from an empty one. Dates are
 * YYYY-MM-DD in the plan's time zone and numbers are raw: the template helpers format them.
 */
import type { IsoDate } from '../dates.js';
import type { ChannelType } from '../plan/formats.js';

export type Level = 'high' | 'medium' | 'low';

/** A draft for one audience of one touchpoint, rendered by the template of the channel's type. */
export interface DraftData {
  kind: 'touchpoint';
  plan: PlanInfo;
  touchpoint: TouchpointInfo;
  /** The audience this draft is for. */
  audience: AudienceInfo;
  /** The days whose highlights this draft reports. */
  period: PeriodInfo;
  /** True when there is at least one highlight to report. */
  hasNews: boolean;
  /** Highlights dated in `period` that concern the audience, oldest first. */
  highlights: HighlightInfo[];
  /** The highlights this channel's form has room for (see `fit`), newest first. */
  featured: HighlightInfo[];
  /** How many highlights are left out of `featured`. */
  more: number;
  fit: FitInfo;
  /** The goals the audience is in, with progress as of the touchpoint's date. */
  goals: GoalInfo[];
  next: NextInfo;
  /** The people credited in `highlights`, each once, in order of appearance. */
  credits: string[];
  /** How the audience answers back (the channel's `feedback`), or null. */
  feedback: string | null;
}

/** A thank-you note for the people credited in one highlight, sent with the first touchpoint that shares it. */
export interface RecognitionData {
  kind: 'recognition';
  plan: PlanInfo;
  highlight: HighlightInfo;
  /** The people credited in the highlight. */
  people: string[];
  /** The touchpoint that first shares the highlight. */
  touchpoint: TouchpointInfo;
  /** The audiences of that touchpoint the highlight is for. */
  audiences: AudienceInfo[];
  /** The goals the highlight advances, with progress as of that touchpoint. */
  goals: GoalInfo[];
}

export interface PlanInfo {
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
  /** The channel's `name`, or its id when it has none. */
  name: string;
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
  next: string | null;
  metric: MetricInfo | null;
  evidence: string | null;
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

export interface GoalInfo {
  id: string;
  title: string;
  why: string | null;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  due: IsoDate | null;
  owner: string | null;
  /** The latest measurement on or before the touchpoint's date, or null. */
  latest: MeasurementInfo | null;
  /** 0..1 from baseline to target (see `herald report`), or null. */
  progress: number | null;
}

export interface MeasurementInfo {
  date: IsoDate;
  value: number;
  note: string | null;
}

/** How much the channel's form has room for. */
export interface FitInfo {
  /** The most highlights the draft shows. */
  highlights: number;
  /** For meetings: minutes per talking point, or null. */
  minutesEach: number | null;
}

export interface NextInfo {
  /** The audience's next touchpoints after this one, on any channel (at most three). */
  touchpoints: NextTouch[];
  /** The next goal due date of the audience's goals, else the next touchpoint, else null. */
  milestone: Milestone | null;
}

export interface NextTouch {
  date: IsoDate;
  time: string | null;
  channel: { id: string; name: string; type: ChannelType };
}

export interface Milestone {
  kind: 'goal-due' | 'touchpoint';
  date: IsoDate;
  /** The goal's title, or the channel's name. */
  title: string;
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
