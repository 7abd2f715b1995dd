import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "Peru was set to face a 16% tariff": a plan before the verb ("was set to", "were due to") leaves
 * the country the one that faces the rate, not one that sets it. Sentences written for these tests.
 */
const SET_TO_FACE = 'Until last week, Peru was set to face a 16% tariff under the draft deal.';

describe('a country set to face a rate', () => {
  it('reads it as the target', () => {
    expect(articleRates([SET_TO_FACE], '2026-09-01')).toEqual(['United States → Peru 16% threatened']);
    expect(articleRates(['Peru and Chile were due to face 16% tariffs.'], '2026-09-01')).toEqual([
      'United States → Peru 16% threatened',
      'United States → Chile 16% threatened',
    ]);
  });

  it('lists the 16% under the United States charging Peru, none under Peru, through the console', async () => {
    const { text } = await tariffPeru([SET_TO_FACE]);
    const [usOnPeru = '', peruOnOthers = ''] = text.split('"title":"Peru → ');
    expect(usOnPeru).toMatch(/United States → Peru.*\*\*16%\*\*/);
    expect(peruOnOthers).not.toMatch(/16%/);
  });
});
