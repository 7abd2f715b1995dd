import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A list of rates run into a sentence, one item described in an aside set off by dashes ("…, and
 * Nigeria — the region’s biggest supplier to the U.S. — 22%"): the number after the aside is that
 * country's rate, not the item's before it. Sentences written for these tests; the class comes
 * from real news (stop 59, lane pairs41).
 */
const LIST =
  'Ghana faces a 41% tariff, Kenya 33%, Zambia 28%, and Nigeria — the region’s biggest supplier to the U.S. — 22%.';

describe('a listed country described in a dashed aside', () => {
  it('keeps its own rate', () => {
    expect(articleRates([LIST], '2026-08-10')).toEqual([
      'United States → Ghana 41% current',
      'United States → Kenya 33% current',
      'United States → Zambia 28% current',
      'United States → Nigeria 22% current',
    ]);
  });

  it('shows that rate in /tariff, and the item before keeps its own', async () => {
    const corpus = newCorpus('console-dashed-aside-');
    writeArticle(corpus, '2026-08-10-story', 'Story', '2026-08-10', [LIST]);
    expect(await embedsText(corpus, '/tariff nigeria')).toMatch(/\*\*22%\*\*/);
    expect(await embedsText(corpus, '/tariff zambia')).not.toMatch(/\*\*22%\*\*/);
  });
});
