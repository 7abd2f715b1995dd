import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * An em dash set close ("…—well above …"), as many outlets print it, parts a comparison from the
 * rate before it as a comma does: the number after it belongs to the country named with it, not to
 * the sentence's first country. Sentences written for this test.
 */
describe('a comparison after an em dash set close', () => {
  const sentence = 'Peruvian grapes now face a steep 30% duty in the US—far above Chile’s 12%.';

  it('gives the compared number to the country that owns it', () => {
    const rates = articleRates([sentence], '2026-09-01');
    expect(rates).toContain('United States → Peru 30% current');
    expect(rates).toContain('United States → Chile 12% current');
    expect(rates).not.toContain('United States → Peru 12% current');
  });

  it('answers /tariff with each country’s own number', async () => {
    const corpus = newCorpus('console-close-dash-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [sentence]);
    expect(await embedsText(corpus, '/tariff chile')).toMatch(/\*\*12%\*\*/);
    expect(await embedsText(corpus, '/tariff peru')).not.toMatch(/\*\*12%\*\*/);
  });
});
