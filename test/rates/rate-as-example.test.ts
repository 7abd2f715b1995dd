import { describe, expect, it } from 'vitest';
import { articleRateGoods } from './article-rates.ts';

/**
 * A rate told as one of a deal's terms ("…, including a 15% tariff on imports from automakers") is
 * limited by its own goods: the example word introduces the rate, not goods it leaves out.
 * Sentences written for these tests.
 */
describe('a rate introduced by "including"', () => {
  it('keeps the goods the rate itself names', () => {
    expect(
      articleRateGoods([
        'Peru is still waiting on an order covering its trade deal, including a 15 percent tariff on imports from automakers like Acme Motors, down from 25 percent.',
      ]),
    ).toEqual(['United States → Peru 15% on autos', 'United States → Peru 25% on autos']);
    expect(articleRateGoods(['The pact sets several terms, including a 10% tariff on Peruvian steel.'])).toEqual([
      'United States → Peru 10% on steel',
    ]);
  });

  it('still leaves out goods given as examples of the goods a rate covers', () => {
    expect(articleRateGoods(['Peruvian goods, including steel, face a 10% tariff.'])).toEqual([
      'United States → Peru 10% on goods in general',
    ]);
  });
});
