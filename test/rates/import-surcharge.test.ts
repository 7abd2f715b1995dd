import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

/**
 * An "import surcharge" naming no partner is a levy on imports from everywhere, as a "global" tariff
 * is (the law's word for the temporary tariff of 2026); one named on a partner's goods stays that
 * partner's (`/tariff` reads it so in `court-ruling.test.ts`). Sentences written for these tests; the
 * class comes from real news of stop 48.
 */
describe('an import surcharge', () => {
  it('reads a surcharge naming no partner as the rate on all countries', () => {
    expect(
      articleRates(
        ['On March 2, the White House issued a proclamation imposing a temporary 12 percent import surcharge.'],
        '2026-03-20',
      ),
    ).toEqual(['United States → all countries 12% current']);
  });

  it("keeps a surcharge on a partner's goods that partner's", () => {
    expect(articleRates(['Trump imposed a 12% import surcharge on Peruvian goods.'], '2026-03-20')).toEqual([
      'United States → Peru 12% current',
    ]);
  });
});
