import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A penalty for what a country buys is charged on the buyer, however the purchase is worded: with
 * words before the seller's name ("continued to buy discounted Venezuelan crude") or as the buyer's
 * imports ("Venezuelan oil imports by Peru"). Sentences written for these tests.
 */
const DISCOUNTED =
  'The earlier 40% rate combined a 20% base tariff and a 20% penalty imposed after Peru kept buying cheap Venezuelan crude.';
const IMPORTS_BY = 'That 40 percent tariff held a 20 percent duty linked to Venezuelan oil imports by Peru.';

describe('a penalty on a buyer of a third country’s oil', () => {
  it('reads the buyer as the target when words stand before the seller', () => {
    expect(articleRates([DISCOUNTED], '2026-09-01')).toEqual([
      'United States → Peru 40% previous',
      'United States → Peru 20% previous',
      'United States → Peru 20% current',
    ]);
  });

  it('reads "oil imports by Peru" as Peru buying, not Peru imposing', () => {
    expect(articleRates([IMPORTS_BY], '2026-09-01').every((l) => l.startsWith('United States → Peru'))).toBe(true);
  });

  it('shows the penalty under the United States charging Peru, on goods in general, through the console', async () => {
    const { text } = await tariffPeru([DISCOUNTED, IMPORTS_BY]);
    const [usOnPeru = '', peruOnOthers = ''] = text.split('"title":"Peru → ');
    expect(usOnPeru).not.toMatch(/"title":"United States → Venezuela/);
    expect(usOnPeru).toMatch(/United States → Peru.*\*\*20%\*\*/);
    expect(usOnPeru).not.toMatch(/energy/);
    expect(peruOnOthers).not.toMatch(/20%/);
  });
});
