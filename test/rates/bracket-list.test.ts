import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sentence that lists countries each with a bracketed rate and names no tariff ("Among them are
 * Peru (12%), Ghana (18%)"), after lines that speak of tariffs, gives each country the home
 * country's rate, as a list of lines does; asked through the console as a user asks.
 */
describe('/tariff on a list of countries with bracketed rates', () => {
  it('gives each listed country its rate when the sentences before speak of tariffs', async () => {
    const story = [
      'Washington set new duties on goods from dozens of economies last week. Among them are Peru (12%), Ghana (18%) and Chile (14%).',
    ];
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
    expect(articleRates(story, '2026-09-01')).toEqual([
      'United States → Peru 12% current',
      'United States → Ghana 18% current',
      'United States → Chile 14% current',
    ]);
  });

  it('reads no rate from shares of a whole, nor from a list under lines that speak of no tariff', () => {
    expect(
      articleRates([
        'The new tariffs worry miners. The biggest suppliers of copper are Chile (28%), Peru (12%) and Canada (9%).',
      ]),
    ).toEqual([]);
    expect(articleRates(['Growth forecasts vary. Among them are Peru (3%) and Ghana (5%).'])).toEqual([]);
  });
});
