import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * "Peru announced its response on Monday, shortly after Trump imposed a 50% tariff": the number
 * sits in a time clause where the home government acts, so it is the home country's rate on the
 * country the main clause is about, not that country's own. Sentences written for this test.
 */
describe('a rate in a time clause where the home government acts', () => {
  it('is the home country’s on the country of the main clause', () => {
    expect(
      articleRates(['Peru announced its response on Monday, shortly after Trump imposed a 50% tariff.'], '2026-09-01'),
    ).toEqual(['United States → Peru 50% current']);
  });

  it('leaves the main clause’s own rate to its country', () => {
    expect(
      articleRates(['Peru cut its duties to 10%, days after Washington raised its tariff to 40%.'], '2026-09-01'),
    ).toEqual(['Peru → United States 10% current', 'United States → Peru 40% current']);
  });

  it('shows no Peruvian rate on American goods in /tariff', async () => {
    const { text } = await tariffPeru([
      'Peru announced its response on Monday, shortly after Trump imposed a 50% tariff.',
    ]);
    expect(text).toMatch(/"title":"United States → Peru","[^}]*\*\*50%\*\*/);
    expect(text).toMatch(/No article in the corpus states a current rate that Peru charges on American goods/);
  });
});
