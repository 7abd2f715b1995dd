import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A headline in Title Case ("Peru Announces 34% Retaliatory Tariffs on All US Goods") is read as the
 * same words in sentence case: its verb says who imposes, and "Universal" or "Global" says a rate is
 * on every country. Asked through the console as a user asks, on headlines written for this test.
 */
describe('/tariff and a headline in Title Case', () => {
  it('reads "Peru Announces 34% Retaliatory Tariffs on All US Goods" as Peru’s rate on US goods, not one on Peru', async () => {
    const story = ['Peru Announces 34% Retaliatory Tariffs on All US Goods'];
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^No article in the corpus states a current rate that the United States charges/);
    expect(text).toMatch(/"title":"Peru → United States"[^\]]*\*\*34%\*\* · announced/);
    expect(articleRates(story, '2026-09-01')).toEqual(['Peru → United States 34% scheduled']);
  });

  it('reads "Trump Imposes 10% Universal Tariff" as the rate on all countries, and the headline’s own rate on Peru', () => {
    expect(
      articleRates(['Donald Trump Imposes 10% Universal Tariff, Peru To Face 26% Tariff From US'], '2026-09-01'),
    ).toEqual(['United States → all countries 10% current', 'United States → Peru 26% current']);
  });

  it('reads "other Russian oil importers", in either case, as the buyers a tariff is on, not Russia', () => {
    for (const headline of [
      "Trump's 25% Tariff Warning: What It Means for Peru and Other Russian Oil Importers",
      "Trump's 25% tariff warning: what it means for Peru and other Russian oil importers",
    ])
      expect(articleRates([headline], '2026-09-01')).toEqual(['United States → Peru 25% current']);
  });
});
