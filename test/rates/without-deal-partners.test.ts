import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/** A rate for "countries that have not reached agreements with the United States" (sentences written for this test). */
describe('partners known only as lacking a deal', () => {
  it('gives /tariff peru neither a rate Peru charges nor the rate on the countries without a deal', async () => {
    const { text } = await tariffPeru([
      'Peru agreed to a trade deal with Washington in July that sets a 12% tariff on its goods.',
      'Goods from countries that have not reached trade agreements with the United States will face a 30% tariff.',
    ]);
    expect(text).toContain('12%');
    expect(text).not.toContain('30%');
  });

  it('reads the deal’s country inside the phrase as no party', () => {
    expect(
      articleRates([
        'Peru agreed to a trade deal in July.',
        'Nations without a trade deal with Washington face tariffs of 30% from Aug. 1.',
      ]),
    ).toEqual([]);
  });
});
