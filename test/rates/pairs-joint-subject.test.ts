import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * Two sides told acting together ("The US and Peru announced a deal that will cut tariffs to
 * 15%"): the home country charges the rate the deal sets, on the other side, in whichever order
 * they are named. Sentences written for these tests; the class comes from real news of the
 * rates-pairs lane's set, stop 48.
 */
describe('a rate set by the home country and a partner together', () => {
  it('is the home country’s on the partner, whichever is named first', () => {
    for (const sentence of [
      'The US and Peru announced a deal that will cut tariffs to 15% from 39%.',
      'Peru and the US announced a deal that will cut tariffs to 15% from 39%.',
    ])
      expect(articleRates([sentence], '2025-09-10')).toEqual([
        'United States → Peru 15% scheduled',
        'United States → Peru 39% current',
      ]);
  });

  it('shows the rate on Peruvian goods in /tariff', async () => {
    const { text } = await tariffPeru([
      'The United States and Peru announced a deal that cuts tariffs to 15% from 39%.',
    ]);
    expect(text).toMatch(/\*\*15%\*\* on Peruvian goods/);
  });
});
