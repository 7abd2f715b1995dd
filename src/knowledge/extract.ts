import type { Article } from '../corpus/article.ts';
import type { Deadline } from '../deadlines/deadline.ts';
import { readDeadlines, type DeadlineSources } from '../deadlines/group.ts';
import { extractQuotes } from '../quotes/catalog.ts';
import type { QuoteCatalog } from '../quotes/quote.ts';
import { extractRates } from '../rates/extract.ts';
import type { RateStatement } from '../rates/rate-statement.ts';

/**
 * What the extractors find in the articles at index time. Plain JSON only: it is saved in the
 * index cache as it is and read back without running the extractors again.
 */
export interface Extracted {
  /** Pause and truce end dates stated in the articles. */
  deadlines: Deadline[];
  /** The mentions in the articles each deadline cites: a later article regroups with them (see `sourcesOf`). */
  deadlineSources: DeadlineSources;
  /** Tariff rates stated in the articles, in article order (newest article first). */
  rates: RateStatement[];
  /** Direct quotations and who said them. */
  quotes: QuoteCatalog;
}

/** Runs every extractor over the articles (newest first). */
export function extract(articles: Article[]): Extracted {
  return {
    ...readDeadlines(articles),
    rates: articles.flatMap(extractRates),
    quotes: extractQuotes(articles),
  };
}
