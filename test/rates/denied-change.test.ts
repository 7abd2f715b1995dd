import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A change told as denied ("will still be taxed at 25%, not increased to 50%", "will not be raised to
 * 30%") does not come: its new level is a what-if, and the level it would have left holds (sentences
 * written for this test; the class comes from real news of the status36 lane's set, stop 54).
 */
describe('a change denied', () => {
  it('leaves the level in force and makes the new one a what-if', () => {
    expect(
      articleRates(['Peruvian goods will still be taxed at 25%, not increased to 50% under the new regime.']),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 50% hypothetical']);
    expect(
      articleRates(['The tariff on Chilean goods will stay at 10% and will not be raised to 30%, officials said.']),
    ).toEqual(['United States → Chile 10% current', 'United States → Chile 30% hypothetical']);
  });

  it('leaves a change told as done alone', () => {
    expect(
      articleRates([
        'Goods that do not fall under the trade pact pay 25% on entry from Peru, except for energy, which is subject to a 10% tariff.',
      ]),
    ).not.toContain('United States → Peru 10% hypothetical');
    expect(articleRates(['The tariff on Chilean goods was raised to 30% from 10%.'])).toEqual([
      'United States → Chile 30% current',
      'United States → Chile 10% previous',
    ]);
  });

  it('answers /tariff with the level that holds', async () => {
    const { text, line } = await tariffPeru([
      'Peruvian goods will still be taxed at 25%, not increased to 50% under the new regime.',
    ]);
    expect(line).toMatch(/^\*\*25%\*\*/);
    expect(text).not.toMatch(/\*\*50%\*\* · in force/);
  });
});
