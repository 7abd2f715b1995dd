import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate on a series of goods whose partner follows the series ("on copper, zinc, and related
 * products imported from Peru", "on trucks, buses and auto parts from Peru") is the rate on that
 * partner, not a sector rate on every country: the commas of the series part no clauses (sentences
 * written for this test; the class comes from real news of the pairs lane's set, stop 57).
 */
const SERIES =
  'In March, the United States imposed tariffs of 25% on copper, zinc, and related products imported from Peru.';

describe('a rate on a series of goods, the partner after the series', () => {
  it('is the rate on the partner named after the series', () => {
    expect(articleRates([SERIES], '2026-08-01')).toEqual(['United States → Peru 25% current']);
    expect(
      articleRates(['Washington levied a 30% tariff on trucks, buses and auto parts from Chile.'], '2026-08-01'),
    ).toEqual(['United States → Chile 30% current']);
  });

  it('keeps a series with no partner after it the sector rate on every country', () => {
    expect(articleRates(['The United States imposed a 50% tariff on copper, zinc and tin.'], '2026-08-01')).toEqual([
      'United States → all countries 50% current',
    ]);
  });

  it('answers /tariff peru with the rate on its goods', async () => {
    const { text } = await tariffPeru([SERIES]);
    expect(text).toMatch(/\*\*25%\*\*/);
  });
});
