import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A country told as spared a rate ("Peru and Chile are exempt from the 10% baseline", "The basic
 * rate of 10% does not apply to Peru and Chile") is not charged it; goods spared ("Peruvian copper
 * is exempt from the 30% tariff") leave their country charged. Asked through the console as a user
 * asks, on sentences written for this test.
 */
describe('a country spared a rate', () => {
  it('gives no rate to countries exempt from it or that it does not apply to', () => {
    expect(
      articleRates(
        [
          'The White House set a basic tariff of 10% on all imports from April 5.',
          'The basic rate of 10% does not apply to Peru and Chile, as they already face other duties.',
          'Bolivia and Ecuador are exempt from the 10% baseline tariff.',
        ],
        '2025-04-03',
      ).filter((r) => /Peru|Chile|Bolivia|Ecuador/u.test(r)),
    ).toEqual([]);
  });

  it('gives no rate to countries a rate exempts, but keeps it on the country of goods it exempts', () => {
    expect(
      articleRates(
        [
          'Officials said the new 10% tariff will apply to all imports but will exempt Peru and Chile under their trade pacts.',
        ],
        '2025-04-03',
      ).filter((r) => /Peru|Chile/u.test(r)),
    ).toEqual([]);
    expect(articleRates(['The 39% tariff on Peru exempts Peruvian copper.'])).toEqual([
      'United States → Peru 39% current',
    ]);
  });

  it('keeps the rate on a country whose goods alone are spared', () => {
    expect(
      articleRates(['Washington charges a 30% tariff on Peru.', 'Peruvian copper is exempt from the 30% tariff.']),
    ).toContain('United States → Peru 30% current');
  });

  it('does not answer /tariff peru with the baseline Peru is spared', async () => {
    const { text } = await tariffPeru([
      'The White House has charged a basic tariff of 10% on all imports since April.',
      'The basic rate of 10% does not apply to Peru and Chile, as they already face other duties.',
    ]);
    expect(text).not.toMatch(/\*\*10%\*\* on Peruvian goods/u);
  });

  it('does not answer /tariff peru with a rate that exempts Peru', async () => {
    const { text } = await tariffPeru([
      'The White House has charged a basic tariff of 10% on all imports since April.',
      'Officials said the new 10% tariff will apply to all imports but will exempt Peru and Chile under their trade pacts.',
    ]);
    expect(text).not.toMatch(/\*\*10%\*\* on Peruvian goods/u);
  });
});
