import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A change someone is pushing, pressing, lobbying, working or hoping for ("is pushing to have the 25%
 * tariff lowered to 15%", "hopes to get the levy cut"): an aim, not a change made, so the level it
 * would change stays in force. Sentences written for this test.
 */
describe('a change aimed at', () => {
  it('leaves the level in force and the aimed-for one a threat', () => {
    for (const sentence of [
      'Peru is pushing to have the 25% tariff on its goods lowered to 15%.',
      'Peru hopes to get the 25% tariff on its goods cut to 15%.',
      'Peru is lobbying to have the 25% tariff on its goods reduced to 15%.',
    ])
      expect(articleRates([sentence], '2026-09-01')).toEqual([
        'United States → Peru 25% current',
        'United States → Peru 15% threatened',
      ]);
  });

  it('keeps a change made a change made', () => {
    expect(
      articleRates(['Washington lowered the 25% tariff on Peruvian goods to 15% on Friday.'], '2026-09-01'),
    ).toEqual(['United States → Peru 25% previous', 'United States → Peru 15% current']);
  });

  it('answers /tariff peru with the 25% still in force', async () => {
    const { text } = await tariffPeru(['Peru is pushing to have the 25% tariff on its goods lowered to 15%.']);
    expect(text).toMatch(/"description":"\*\*25%\*\*/);
    expect(text).not.toMatch(/"description":"\*\*15%\*\*/);
  });
});
