import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * "On all goods coming into the U.S. from the Andean nation": an origin after "U.S." and its full stop
 * makes the goods one partner's, as it does after "US"; "from abroad" is still everyone's. Sentences
 * written for this test.
 */
describe('goods coming into the U.S. from an origin', () => {
  const story = [
    'Peru turned back two deportation flights on Sunday.',
    'Trump said he would put 25% tariffs on all goods coming into the U.S. from the Andean nation.',
  ];

  it('is the rate on the partner the paragraph before named, not on all countries', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 25% scheduled']);
  });

  it('keeps goods coming into the U.S. from abroad the rate on all countries', () => {
    expect(
      articleRates(['Trump put a 10% tariff on all goods coming into the U.S. from abroad.'], '2026-09-01'),
    ).toEqual(['United States → all countries 10% current']);
  });

  it('answers /tariff peru with the announced rate on Peru, not one on all countries', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/"What may change","value":"• \*\*25%\*\* · announced —/);
    expect(text).not.toMatch(/all countries/);
  });
});
