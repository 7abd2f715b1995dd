/**
 * An open question about a rate ("unclear whether … would face the 25% tariff that Trump imposed")
 * states no level, unless a relative clause tells the rate imposed already: then it holds.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

const rates = (sentence: string, published = '2025-07-23') => sentenceRateLines(sentence, published);

describe('a rate in an open question', () => {
  it('holds when a relative clause tells it imposed', () => {
    expect(
      rates(
        'It was unclear whether Peruvian trucks would face the higher 25% tariff that Trump imposed on the sector.',
      ),
    ).toEqual(['United States → Peru 25% current']);
    expect(rates('It is unclear whether Chilean wine will still face the 10% duty which was levied in April.')).toEqual(
      ['United States → Chile 10% current'],
    );
  });

  it('is a what-if when the relative clause tells it still to come', () => {
    expect(rates('It is unclear whether Chilean wine will face a 10% duty that would be levied next year.')).toEqual([
      'United States → Chile 10% hypothetical',
    ]);
  });
});
