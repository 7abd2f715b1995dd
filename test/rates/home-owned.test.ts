import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * The home country or its leader right before a number owns it ("pushes back on U.S. 30% tariff",
 * "amid Trump's 46% tariff"): the home country imposes it on the foreign country the sentence
 * names, whatever part the sentence's verb gives that country. Asked through the console as a
 * user asks, on sentences written for this test.
 */
describe('/tariff on a rate the home country owns by name', () => {
  it('reads "Peru pushes back on U.S. 30% tariff" as the rate on Peru, not Peru’s own', async () => {
    const story = ['Peru pushes back on U.S. 30% tariff, faces quota threat'];
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 30% current']);
  });

  it('reads "amid Trump’s 46% tariff" after Peru’s own offer as the rate on Peru', () => {
    expect(articleRates(['Peru offers zero tariffs on U.S. imports amid Trump’s 46% tariff'], '2026-09-01')).toEqual([
      'United States → Peru 46% current',
    ]);
  });

  it('still reads a home rate told on everyone as the rate on all countries', () => {
    expect(
      articleRates(
        ['The 25% tariffs on Peru come on top of Washington’s 10% tariff that is applicable to all countries.'],
        '2026-09-01',
      ),
    ).toContain('United States → all countries 10% current');
  });

  it('leaves a number after "the US and" to its own words: "into the US and 10% on US imports into Peru"', async () => {
    const story = ['Current tariffs remain at 30% on Peruvian imports into the US and 10% on US imports into Peru.'];
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods/);
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 30% current',
      'Peru → United States 10% current',
    ]);
  });
});
