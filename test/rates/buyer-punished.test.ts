import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A measure on what a country buys ("imposed on the purchase of Venezuelan oil by Peru") is charged
 * on that buyer; "by" names the buyer, not who imposes. Sentences written for these tests.
 */
const SENTENCE =
  'The White House lifted the additional 25 percent tariff imposed on the purchase of Venezuelan oil by Peru.';

describe('a rate on the purchases of a buyer', () => {
  it('reads the buyer as the target, not the imposer', () => {
    expect(articleRates([SENTENCE], '2026-09-01')).toEqual(['United States → Peru 25% previous']);
    expect(articleRates(['A 20% tariff was imposed by Peru on imports of wheat.'], '2026-09-01')).toEqual([
      'Peru → all countries 20% current',
    ]);
  });

  it('lists the 25% under the United States charging Peru, none under Peru, through the console', async () => {
    const { text } = await tariffPeru([SENTENCE]);
    const [usOnPeru = '', peruOnOthers = ''] = text.split('"title":"Peru → ');
    expect(usOnPeru).toMatch(/United States → Peru.*\*\*25%\*\* · replaced/);
    expect(peruOnOthers).not.toMatch(/25%/);
  });
});
