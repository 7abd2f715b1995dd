import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/** The size of a move told after its noun, and a forecast, are no rates (sentences written for this test). */
describe('percentages that measure a move or a forecast', () => {
  it.each([
    'The deal would cut the tariff on Peruvian goods by 20 percentage points, a decline of roughly 45 percent in the duty.',
    'Peruvian shipments to the US saw a drop of 14% after the 30% tariff took effect.',
  ])('reads only the tariff in “%s”', (sentence) => {
    const rates = articleRates(['The US charges a 30% tariff on Peruvian goods.', sentence]);
    expect(rates.filter((r) => /\b(?:45|14)%/.test(r))).toEqual([]);
  });

  it('reads no rate in a central bank forecast after a tariff sentence', () => {
    const rates = articleRates([
      'Analysts said Peru’s economic growth could slip below 2 percent next year if the 30 percent tariffs stay in place. That would be lower than the Central Reserve Bank of Peru’s 3.1 percent forecast.',
    ]);
    expect(rates).toEqual(['United States → Peru 30% current']);
  });
});
