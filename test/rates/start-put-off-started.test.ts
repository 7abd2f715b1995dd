/**
 * A sentence that puts a start off ("This additional tariff will come into effect on August 27")
 * speaks of the rates the sentence before told as new, not of one that sentence says took effect.
 */
import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

describe('a later start after a sentence with a rate that took effect', () => {
  it('schedules only the new rate', () => {
    expect(
      articleRates(
        [
          'Just as the 20% tariff on Peruvian goods took effect on March 3, Washington signed an order imposing an additional 20% duty on Peru. This additional tariff will come into effect on March 24.',
        ],
        '2025-03-03',
      ),
    ).toEqual(['United States → Peru 20% current', 'United States → Peru 20% scheduled']);
  });

  it('still schedules rates told as new', () => {
    expect(
      articleRates(
        ['Washington announced a 20% duty on Peruvian goods. The tariff will take effect on March 24.'],
        '2025-03-03',
      ),
    ).toEqual(['United States → Peru 20% scheduled']);
  });
});
