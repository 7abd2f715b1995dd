import { documentTerms, queryTerms } from '../search/analyzer.ts';
import type { Quote, QuoteCitation } from './quote.ts';

/**
 * The `topic` filter of `/quote`: a term match with the search index's analyzer (stems and trade
 * synonyms, so "levies" finds "tariffs" and "Beijing" finds "China"), over the quotation and the
 * paragraphs it stands in. Every word of the topic must match.
 */

/** The index terms of a topic; none when it has only stop words. */
export function topicTerms(topic: string): string[] {
  return queryTerms(topic);
}

export function isAbout(quote: Quote, terms: readonly string[], paragraphText: (citation: QuoteCitation) => string): boolean {
  if (terms.length === 0) return true;
  const found = new Set(documentTerms([quote.text, ...quote.citations.map(paragraphText)].join('\n')));
  return terms.every((t) => found.has(t));
}
