import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A rate told as the number of a worldwide tariff ("the global sector-specific duty of 25 percent",
 * "a global tariff of 10 per cent") is the home country's rate on all countries, as "the global 25%
 * tariff" already was, though the sentence names a partner. Asked through the console as a user
 * asks, on sentences written for this test.
 */
describe('a worldwide tariff "of" a number', () => {
  it('reads "the global sector-specific duty of 25 percent" as the rate on all countries', () => {
    expect(
      articleRates([
        'Peruvian cars pay 27.5 percent, which comprises the existing 2.5 percent tariff and the global sector-specific duty of 25 percent.',
      ]),
    ).toContain('United States → all countries 25% current');
  });

  it('does not give Peru or Chile the rate of "a global tariff of 10 per cent"', async () => {
    const story = [
      'After imposing a global tariff of 10 per cent last month, the president now says he will raise that rate, though exemptions for goods from Peru and Chile still apply.',
    ];
    expect(articleRates(story).filter((r) => /Peru|Chile/u.test(r))).toEqual([]);
    const { text } = await tariffPeru(story);
    expect(text).not.toMatch(/\*\*10%\*\* on Peruvian goods/u);
  });
});
