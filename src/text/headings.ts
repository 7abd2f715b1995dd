/**
 * Headings: a page's title or subheading lines, kept as paragraphs. `/ask` weighs them less, and
 * `/tariff` takes a headline's word on a rate only where its article's body says nothing.
 */

/**
 * A heading is a short line of words with no closing punctuation, or a short question standing
 * alone as explainers head their sections ("Why is this happening?", "What is Section 122?"); a
 * question in quotation marks is someone's words.
 */
const HEADING_MAX_WORDS = 12;
const CLOSING = /[.!?:;,"'”’)\]…]\s*$/;
const QUESTION = /^[^"“”'‘’]*\?\s*$/;

export function isHeading(text: string): boolean {
  // Split no further than a heading's length: most paragraphs are long, and `/ask` asks this of
  // every candidate it ranks.
  const words = text.trim().split(/\s+/, HEADING_MAX_WORDS + 1);
  // A dateline or timestamp ("Updated Jul 16, 2025 9:30 AM") is not a heading.
  const numbers = words.filter((w) => /\d/.test(w)).length;
  return (
    words.length >= 3 &&
    words.length <= HEADING_MAX_WORDS &&
    numbers * 3 < words.length &&
    (!CLOSING.test(text) || QUESTION.test(text))
  );
}
