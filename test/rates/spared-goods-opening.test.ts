import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { embedsText } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * An opening phrase that sets goods apart before the rate ("Outside of the steel exemptions, the
 * order imposed 20% …", "Apart from copper, Peru now faces 20%"): the goods it names are those the
 * rate spares, and the rate is on goods in general. Sentences written for these tests; the class
 * comes from real news (stop 59, lane pairs41).
 */
describe('goods set apart before the rate', () => {
  it('leave the rate on goods in general', () => {
    expect(
      articleRateGoods(
        ['Outside of the steel exemptions, the order imposed 20% tariffs on imports from Peru and Chile.'],
        '2026-08-10',
      ),
    ).toEqual(['United States → Peru 20% on goods in general', 'United States → Chile 20% on goods in general']);
    expect(articleRateGoods(['Apart from copper, Peru now faces a 20% tariff.'], '2026-08-10')).toEqual([
      'United States → Peru 20% on goods in general',
    ]);
  });

  it('keeps goods the rate is on its own', () => {
    expect(articleRateGoods(['The order imposed 20% tariffs on steel from Peru.'], '2026-08-10')).toEqual([
      'United States → Peru 20% on steel',
    ]);
  });

  it('shows the rate as Peru’s general rate in /tariff', async () => {
    const corpus = newCorpus('console-spared-goods-');
    writeArticle(corpus, '2026-08-10-story', 'Story', '2026-08-10', [
      'Apart from copper, Peru now faces a 20% tariff.',
    ]);
    expect(await embedsText(corpus, '/tariff peru')).toMatch(/\*\*20%\*\* on Peruvian goods/);
  });
});
