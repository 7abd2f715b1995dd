/**
 * The quotations of the corpus and who said them, as extracted at index time. Plain JSON only:
 * the catalog is cached on disk with the index; lookup structures are built from it separately
 * (see `lookup.ts`).
 */

/**
 * How a quotation's speaker was found, strongest first: a speech verb with the speaker's name, or
 * an organisation's name; a surname or a role noun ("the Treasury secretary", "the ministry")
 * referring back; a pronoun; being the next quotation after one whose speaker is known; being the one the narration
 * just before it puts forward (`context`). `unknown`
 * when the article does not say (or names no one: "an official said").
 */
export type AttributionRule =
  'name' | 'organisation' | 'surname' | 'role' | 'pronoun' | 'continuation' | 'context' | 'unknown';

export const RULE_CONFIDENCE: Readonly<Record<AttributionRule, number>> = {
  name: 0.95,
  organisation: 0.9,
  surname: 0.9,
  role: 0.8,
  pronoun: 0.75,
  continuation: 0.7,
  context: 0.6,
  unknown: 0,
};

/**
 * `unnamed`: someone the articles describe but do not name, known by the description ("White House
 * official"): one speaker per description, never merged into a named person.
 */
export type SpeakerKind = 'person' | 'organisation' | 'unnamed';

export interface Speaker {
  /** Stable id from the canonical name ("scott-bessent"): what button ids carry. */
  key: string;
  /** Canonical name: the fullest form the corpus uses ("Scott Bessent", "China's Ministry of Commerce"). */
  name: string;
  kind: SpeakerKind;
  /** Other names the corpus uses for the speaker: surname, titles, other spellings, role nouns. */
  aliases: string[];
}

/** Where a quotation appears: the paragraph it opens in, and the one it closes in. */
export interface QuoteCitation {
  articleId: string;
  paragraph: number;
  lastParagraph: number;
}

export interface Quote {
  /** The words inside the marks; a quotation run on over paragraphs joins its parts with a space. */
  text: string;
  /** Speaker key, or null when the speaker is unknown. */
  speaker: string | null;
  /** A fragment inside reported speech (`said talks were "a bit stagnant"`). */
  partial: boolean;
  rule: AttributionRule;
  confidence: number;
  /** Every article that has this quotation, newest first. */
  citations: QuoteCitation[];
}

export interface QuoteCatalog {
  /** Everyone quoted, by key. */
  speakers: Speaker[];
  /** Newest first; within an article, in reading order. */
  quotes: Quote[];
}
