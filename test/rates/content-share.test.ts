import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * What a product is made of ("contains 40% American content and 60% foreign", "75% regional value
 * content") is a share of its parts, as rules of origin count them: no tariff rate, though the
 * sentence speaks of one. Sentences written for this test.
 */
const SENTENCE =
  'So, if a truck made in Peru contains 40% American content and 60% foreign, the 20% tariff rate would be cut to 12%, the official said.';

describe('a share of a product’s content', () => {
  it('is no rate, and leaves the sentence’s tariff', () => {
    const lines = articleRates([SENTENCE], '2026-09-01');
    expect(lines.filter((line) => /\b(?:40|60)%/.test(line))).toEqual([]);
    expect(lines).toContain('United States → Peru 12% threatened');
    expect(
      articleRates(
        ['Trucks need 75% regional value content, or they pay the 20% tariff in Peru.'],
        '2026-09-01',
      ).filter((line) => line.includes('75%')),
    ).toEqual([]);
  });

  it('shows no share as a rate in /tariff peru', async () => {
    const corpus = newCorpus('console-content-share-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/\*\*(?:40|60)%\*\*/);
  });
});
