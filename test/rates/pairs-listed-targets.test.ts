import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two partners named together where the words give them no part of their own, the home country
 * imposing ("letters to the leaders of Peru and Chile saying each will face 30% on goods shipped to
 * the United States", "a 35% tariff on goods bound for the US from Chile and Europe"): the rate is
 * on each of them, not on the first one named only. Sentences written for these tests; the class
 * comes from real news (stop 59, lane pairs41).
 */
describe('a rate on partners listed together, the home country imposing', () => {
  it('is the rate on each of them', () => {
    expect(
      articleRates(
        [
          'The president on Friday wrote to the leaders of Peru and Chile saying that each will face a 30 percent tariff on goods shipped to the United States from September 1.',
        ],
        '2026-08-10',
      ),
    ).toEqual(['United States → Peru 30% scheduled', 'United States → Chile 30% scheduled']);
  });

  it('takes every listed partner where the first was named before in another role', () => {
    expect(
      articleRates(
        [
          'The president shared letters addressed to Chilean President Ana Soto and European Commission President Ursula von der Leyen, announcing a 35% tariff on goods bound for the US from Chile and Europe.',
        ],
        '2026-08-10',
      ),
    ).toEqual(['United States → Chile 35% scheduled', 'United States → European Union 35% scheduled']);
  });

  it('shows the second partner’s rate in /tariff', async () => {
    const corpus = newCorpus('console-listed-targets-');
    writeArticle(corpus, '2026-08-10-story', 'Story', '2026-08-10', [
      'The president on Friday wrote to the leaders of Peru and Chile saying that each will face a 30 percent tariff on goods shipped to the United States from September 1.',
    ]);
    expect(await embedsText(corpus, '/tariff chile')).toMatch(/\*\*30%\*\*/);
  });
});
