import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that lists partners' rates and ends with one on all imports ("18% on Peruvian goods,
 * 12% on Chilean wine, and a floor of 8% on all imports") gives the last rate to every country, not
 * to the partner named before it. Sentences written for this test.
 */
describe('a rate on all imports after partners’ rates in one sentence', () => {
  const paragraphs = [
    'New tariffs include 18% on Peruvian goods, 12% on Chilean wine, and a floor of 8% on all imports.',
  ];

  it('reads the last rate as on all countries', () => {
    const rates = articleRates(paragraphs, '2026-09-01');
    expect(rates).toContain('United States → all countries 8% current');
    expect(rates.filter((r) => r.includes(' 8% ') && !r.includes('all countries'))).toEqual([]);
  });

  it('keeps "all other imports" with the partner named before', () => {
    const rates = articleRates(['New tariffs include 18% on Peruvian wine and 9% on all other imports.'], '2026-09-01');
    expect(rates.filter((r) => r.includes('all countries'))).toEqual([]);
  });

  it('answers /tariff chile with the floor as the rate on all countries, and the wine rate apart', async () => {
    const corpus = newCorpus('console-all-imports-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', paragraphs);
    const text = await embedsText(corpus, '/tariff chile');
    expect(text).toMatch(/\*\*8%\*\*[^"]*the rate on all countries/);
    expect(text).toMatch(/\*\*12%\*\*/);
  });
});
