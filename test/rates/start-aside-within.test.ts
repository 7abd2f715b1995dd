import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A later sentence with no rate of its own whose tariff noun, deep in it, takes an aside telling its
 * start ("… under the tariff order signed on Thursday, set to come into force in a week") puts off
 * the rates just stated. Sentences written for these tests.
 */
const WELCOMED =
  'Peru and Chile on Friday welcomed a 19 percent tariff announced by the president, instead of a threatened 36 percent.';
const BETWEEN = 'Chile said it would remove its duties on American farm goods.';

describe('a start told in an aside after a tariff noun later in the sentence', () => {
  it('reads the rates stated before as scheduled', () => {
    expect(
      articleRates(
        [
          WELCOMED,
          BETWEEN,
          'Dozens of countries face higher levies under the order signed on Thursday, set to come into force in a week.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Peru 19% scheduled',
      'United States → Chile 19% scheduled',
      'United States → Peru 36% threatened',
      'United States → Chile 36% threatened',
    ]);
  });

  it('leaves a rate held since earlier in force, and an aside of another kind alone', () => {
    expect(
      articleRates(
        [
          'Peru has paid a 19 percent tariff since April.',
          'Trump signed the new order on Thursday, set to take effect on August 7.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 19% current']);
    expect(
      articleRates(
        [
          'Peru welcomed a 19 percent tariff on Friday.',
          'Lima said its own duties on US farm goods, set to rise next month, would stay.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 19% current']);
  });
});
