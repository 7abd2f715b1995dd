import { documentTerms, queryTerms } from '../search/analyzer.ts';
import type { Quote, QuoteCatalog, QuoteCitation } from './quote.ts';

/**
 * The `topic` filter of `/quote`: a term match with the search index's analyzer (stems and trade
 * synonyms, so "levies" finds "tariffs" and "Beijing" finds "China"), over the quotation and the
 * paragraphs it stands in. Every word of the topic must match.
 */

/** The index terms of a topic; none when it has only stop words. */
export function topicTerms(topic: string): string[] {
  return queryTerms(topic);
}

/** A catalog's quotations by term: their positions in the catalog, ascending. */
type TopicIndex = Map<string, number[]>;

function buildIndex(catalog: QuoteCatalog, paragraphText: (citation: QuoteCitation) => string): TopicIndex {
  const postings: TopicIndex = new Map();
  catalog.quotes.forEach((quote, i) => {
    for (const term of new Set(documentTerms([quote.text, ...quote.citations.map(paragraphText)].join('\n')))) {
      const positions = postings.get(term);
      if (positions) positions.push(i);
      else postings.set(term, [i]);
    }
  });
  return postings;
}

/** Whether an ascending list holds `n`. */
function holds(sorted: readonly number[], n: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] as number;
    if (at === n) return true;
    if (at < n) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

const indexes = new WeakMap<QuoteCatalog, TopicIndex>();

/**
 * The quotations of `catalog` about every one of `terms`, in catalog order (all of them without
 * terms). The catalog's quotations are analyzed once, on the first use with terms, and kept per
 * catalog; a topic then costs the shortest of its terms' lists, not a test of every quotation
 * (that test was most of `/quote`'s p99 at 10,000 articles).
 */
export function quotesAbout(
  catalog: QuoteCatalog,
  terms: readonly string[],
  paragraphText: (citation: QuoteCitation) => string,
): readonly Quote[] {
  if (terms.length === 0) return catalog.quotes;
  let postings = indexes.get(catalog);
  if (!postings) indexes.set(catalog, (postings = buildIndex(catalog, paragraphText)));
  const [shortest = [], ...rest] = terms.map((t) => postings.get(t) ?? []).sort((a, b) => a.length - b.length);
  return shortest.filter((at) => rest.every((positions) => holds(positions, at))).map((at) => catalog.quotes[at]!);
}

/** Whether a quotation of `catalog` is about every one of `terms` (any is, without terms). */
export function topicFilter(
  catalog: QuoteCatalog,
  terms: readonly string[],
  paragraphText: (citation: QuoteCitation) => string,
): (quote: Quote) => boolean {
  if (terms.length === 0) return () => true;
  const about = new Set(quotesAbout(catalog, terms, paragraphText));
  return (quote) => about.has(quote);
}
