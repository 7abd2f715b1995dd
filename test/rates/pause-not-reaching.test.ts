import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * A pause told as not reaching a rate ("the pause does not extend to the 25% tariffs") leaves it in
 * force; a pause that covers it still pauses it (`/tariff` reads it so in
 * `test/console/pause-forms.test.ts`). Sentences written for these tests; the class comes from real
 * news of the rates-status lane's set, stop 48.
 */
describe('a pause that does not reach the rate', () => {
  it('leaves the rate in force', () => {
    expect(articleRates(['The pause does not extend to the 25% auto tariffs on Peru.'])).toEqual([
      'United States → Peru 25% current',
    ]);
    expect(articleRates(['The 90-day pause won’t cover the 25% tariffs on Peruvian steel.'])).toEqual([
      'United States → Peru 25% current',
    ]);
  });

  it('still pauses a rate the pause covers', () => {
    expect(articleRates(['The pause covers the 25% tariffs on Peru.'])).toEqual(['United States → Peru 25% suspended']);
  });
});
