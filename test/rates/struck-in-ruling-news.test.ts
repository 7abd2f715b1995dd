import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * News of the Supreme Court's final ruling on the emergency tariffs tells the partners' rates it
 * ended as it tells them every day ("which range from 30% for Peru"): told as in force, they are
 * no longer, unless another law bears them or the sentence says they stand (sentences written for
 * this test; the class comes from real news of the rates-status lane's set, stop 46).
 */
const RULING =
  'In a 6-3 ruling, the Supreme Court held that the president does not have the authority to impose tariffs under the emergency law.';

describe('a partner’s rate told in news of the final ruling', () => {
  it('is no longer in force', () => {
    expect(
      articleRates(
        [RULING, 'The decision upends the country-by-country tariffs, which range from 30% for Peru to 41% for Syria.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 30% previous', 'United States → Syria 41% previous']);
  });

  it('stays in force when another law bears it or its sentence says it stands or follows the ruling', () => {
    expect(
      articleRates(
        [
          RULING,
          'Peru still faces a 30% tariff on its goods under Section 301.',
          'Chile’s 25% tariff remains in place, the White House said.',
          'Colombia now faces a lower 10% tariff under the global surcharge.',
        ],
        '2026-09-01',
      ),
    ).toEqual([
      'United States → Peru 30% current',
      'United States → Chile 25% current',
      'United States → Colombia 10% current',
    ]);
  });

  it('is not ended by a ruling only supposed', () => {
    expect(
      articleRates(
        [
          'Lawyers argued that the Supreme Court could find the president lacked the authority to impose tariffs.',
          'The tariffs range from 30% for Peru to 41% for Syria.',
        ],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 30% current', 'United States → Syria 41% current']);
  });

  it('answers /tariff without the struck rate in force', async () => {
    const { line, text } = await tariffPeru([
      RULING,
      'The decision upends the country-by-country tariffs, which range from 30% for Peru to 41% for Syria.',
    ]);
    expect(line).toMatch(/^No article in the corpus states a current rate/);
    expect(text).toContain('**30%** · replaced');
  });
});
