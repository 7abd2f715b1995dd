/** How a rate stands as of the article that states it. */
export const RATE_STATUSES = ['current', 'previous', 'scheduled', 'threatened', 'suspended', 'hypothetical'] as const;
export type RateStatus = (typeof RATE_STATUSES)[number];

/**
 * How the stated number bounds the rate: "over 100%" is `over` 100, "up to 50%" is `up to` 50. A
 * plain number has none. The percent is always the number the sentence states, never a guess.
 */
export type RateQualifier = 'over' | 'at least' | 'up to' | 'under' | 'about';

/** The US legal basis a sentence names for a rate. */
export const LEGAL_BASES = ['IEEPA', 'Section 232', 'Section 301', 'Section 122'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * One tariff rate as one sentence of the corpus states it. Plain JSON data: the knowledge base
 * caches these on disk with the index, and builds any lookup structure from them separately.
 */
export interface RateStatement {
  /** Canonical country names (see `geo/countries.ts`). */
  imposer: string;
  target: string;
  percent: number;
  qualifier?: RateQualifier;
  status: RateStatus;
  /** `total` ("the combined duty"), `component` ("an additional 10%"); absent when the sentence does not say. */
  part?: 'total' | 'component';
  /** Products the rate is limited to ("steel", "autos"); such a rate never makes a headline. */
  products?: string[];
  /** A scheduled rate's first day (YYYY-MM-DD), when the sentence gives it ("starting Aug. 1"). */
  effective?: string;
  /**
   * The day the sentence dates a rate it tells as in force, when well before the article ("In April,
   * … raised to 145%"): the claim holds from then, not from the article's date.
   */
  dated?: string;
  /** The law the sentence says the rate rests on. */
  basis?: LegalBasis;
  /** Other limits on what it covers, as the sentence words them ("not covered by the USMCA"). */
  scope?: string;
  /**
   * A rate on all countries told in an article that reports the Supreme Court striking down the
   * tariffs: from its day on it replaces each partner's own general rate told before.
   */
  afterRuling?: true;
  /**
   * A partner's rate told in an article that reports that ruling ("exporters, who pay a 30% tariff,
   * welcomed the decision"): whatever its tense, a rate the ruling ended unless another law bears it.
   */
  inRulingNews?: true;
  articleId: string;
  /** The article's publication date (YYYY-MM-DD): the rate is as of this date. */
  published: string;
  passageId: string;
  paragraph: number;
  /** The sentence that states the rate, as written. */
  sentence: string;
}

/** A level as news gives it, its qualifier first: "over 100%", "25%". */
export const levelText = ({ percent, qualifier }: { percent: number; qualifier?: string | undefined }): string =>
  `${qualifier ? `${qualifier} ` : ''}${percent}%`;
