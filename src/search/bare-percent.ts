/**
 * A rate typed without its sign, as chat types it: "when did the swiss tariff go up to 39", "cut
 * from 39 to 15", "the 39 tariff". News writes the percentage ("39%", which the index keeps whole),
 * so the bare number matches no passage. A number of up to three digits after "to", "from", "at" or
 * "of" that ends the question or a clause, or between an article and a tariff word, is read as a
 * percentage; a number with its unit ("to 90 days", "to 5 countries"), a year or a section ("the
 * Section 122 tariff") is not.
 */
const AFTER_PREPOSITION =
  /\b(to|from|at|of)\s+(\d{1,3}(?:\.\d+)?)(?=\s*(?:$|[?!.,;:)]|(?:to|from|in|on|by|for|and|or|now|since|until|after|before|yet)\b))/giu;
const BEFORE_TARIFF =
  /\b(the|a|an|that|this)\s+(\d{1,3}(?:\.\d+)?)(?=\s+(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b)/giu;

/** `question` with its bare rates written as percentages. */
export const withBarePercents = (question: string): string =>
  question.replace(AFTER_PREPOSITION, '$1 $2%').replace(BEFORE_TARIFF, '$1 $2%');
