/**
 * "The agreement calls for Peru to lower its tariffs on US goods to 5%", "time for Chile to drop its
 * 25% counter-tariffs": the country after "for" is the subject of the infinitive of change, so it
 * charges the rate, not the one charged. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a country after "for", then an infinitive of change', () => {
  it('charges the rate', () => {
    expect(
      articleRates(
        [
          'The agreement calls for Peru to lower its tariffs on US goods to 5%.',
          'Washington pushed for Chile to drop its 25% counter-tariffs on US goods.',
        ],
        '2026-08-20',
      ),
    ).toEqual(['Peru → United States 5% scheduled', 'Chile → United States 25% current']);
  });

  it('leaves a rate set for a country', () => {
    expect(articleRates(['The US set a 25% rate for Peru to match the one for Chile.'], '2026-08-20')).toContain(
      'United States → Peru 25% current',
    );
  });

  it("shows the rate in /tariff as Peru's", async () => {
    const { text } = await tariffPeru(['The agreement calls for Peru to lower its tariffs on US goods to 5%.']);
    expect(text).toMatch(/"title":"Peru → United States".*"What may change","value":"• \*\*5%\*\* · announced/u);
  });
});
