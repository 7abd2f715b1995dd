/**
 * What a rate chart shows, in the chart's own terms: two lines of dated steps, events, a period.
 * Built from the rates knowledge by `from-rates.ts` (the one adapter); the drawing code knows
 * nothing else, so a change in how rates are worked out touches the adapter only.
 */

/** Where a number on the chart comes from, so the reply can cite it. */
export interface ChartSource {
  articleId: string;
  paragraph: number;
}

/** A rate in force from `date` (YYYY-MM-DD) until the next step of its line, or until `until`. */
export interface ChartStep {
  date: string;
  percent: number;
  /** The day it stopped with no rate stated after it (paused, struck down): the line breaks there. */
  until?: string;
  /** "over", "up to"…: how the stated number bounds the rate. */
  qualifier?: string;
  source: ChartSource;
}

/** A rate scheduled or threatened for later than the newest article: drawn dashed. */
export interface ChartAhead {
  /** The day it would take effect; the day it was stated when no article gives one. */
  date: string;
  /** True when `date` is the stated effective date. */
  effective: boolean;
  percent: number;
  qualifier?: string;
  status: 'scheduled' | 'announced' | 'threatened';
  source: ChartSource;
}

/** One direction: the rate `imposer` charges on `target`'s goods. */
export interface ChartLine {
  imposer: string;
  target: string;
  /** "US on Chinese goods". */
  label: string;
  /** Oldest first, each a change from the one before. Empty: no article states a rate ("no statement"). */
  steps: ChartStep[];
  ahead?: ChartAhead;
}

/** Something the articles say moved a rate: "truce", "deal", "court ruling". */
export interface ChartEvent {
  date: string;
  label: string;
}

export interface ChartData {
  /** "Tariffs between the US and China". */
  title: string;
  /** The home country's line first. */
  lines: readonly [ChartLine, ChartLine];
  events: ChartEvent[];
  /** The period drawn (YYYY-MM-DD): what the corpus covers. */
  start: string;
  end: string;
  /** How many articles the numbers come from, and the newest one's date. */
  articles: number;
  newest: string;
  /** Signs the footer. */
  botName: string;
}
