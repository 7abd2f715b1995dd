import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A measure named for the commodity whose buying it punishes ("the 25% Iranian oil tariff on Peru")
 * is charged on the country after it: the demonym is the reason, no party, and the oil no limit of
 * the rate. Sentences written for this test.
 */
describe('a tariff named for the commodity it punishes buying', () => {
  const sentence =
    'Cement covered by the order will not be subject to the 15% reciprocal tariff on Chile or the additional 25% Iranian Oil tariff on Peru.';

  it('charges the named rate on the country after it, on goods in general', () => {
    const rates = articleRates([sentence], '2026-09-01');
    expect(rates.some((r) => r.startsWith('United States → Peru 25%'))).toBe(true);
    expect(rates.some((r) => r.startsWith('Iran'))).toBe(false);
  });

  it('answers /tariff peru with the rate and /tariff iran with none', async () => {
    const corpus = newCorpus('console-commodity-penalty-');
    writeArticle(corpus, '2026-09-01-story', 'Story', '2026-09-01', [sentence]);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*25%\*\*/);
    expect(await embedsText(corpus, '/tariff iran')).not.toMatch(/25%/);
  });
});
