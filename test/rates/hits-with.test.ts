import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The subject of an active "hit … with" charges the rate on its object ("Peru hit Chile with 30%
 * tariffs"), as "slapped Chile with" does; "tariffs hit …" and "hit back" are left to other rules.
 * Sentences written for these tests.
 */
const SENTENCE = 'Peru on Monday hit Chile with 30% tariffs on certain farm products.';

describe('a country that hit another with a rate', () => {
  it('reads the subject as charging the object', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual(['Peru → Chile 30% current']);
    expect(articleRates(['Peru hits Chilean fruit with 30% duties from Friday.'], '2026-09-01')).toEqual([
      'Peru → Chile 30% scheduled',
    ]);
  });

  it('shows no 30% charged by the United States in /tariff peru or /tariff chile', async () => {
    const corpus = newCorpus('console-hits-with-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [SENTENCE]);
    expect(await embedsText(corpus, '/tariff chile')).not.toMatch(/30%/);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/United States → Peru[^}]*30%/);
  });
});
