import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate whose noun names the partner it is told with ("a 30 percent tariff rate with Chile") is the
 * home country's rate on that partner, whatever the clause before it names. Sentences written for
 * this test.
 */
const SENTENCE =
  'Chile belongs to the same pact that shields most Peruvian goods but a 30 percent tariff rate with Chile is on hold for 60 days as talks go on.';

describe('a tariff rate told with a partner', () => {
  it('is the home country’s rate on that partner alone', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual(['United States → Chile 30% suspended']);
  });

  it('answers /tariff chile, and not /tariff peru, with the 30%', async () => {
    const corpus = newCorpus('console-rate-with-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    expect(await embedsText(corpus, '/tariff chile')).toMatch(/United States → Chile[^\]]*30%/);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/30%/);
  });
});
