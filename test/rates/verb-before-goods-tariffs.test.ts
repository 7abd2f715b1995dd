import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * A country's name right before goods is usually whose goods they are ("U.S. beef", "Chinese steel"),
 * but a verb between them may be the country's own act on the goods' tariffs: in "the U.S. cut auto
 * tariffs to 15%" the U.S. charges the rate, on the partner the story is about. Sentences written for
 * this test.
 */
describe('a country’s verb before tariffs on goods', () => {
  const story = [
    'Peru’s trade minister welcomed the move. Earlier this week, the U.S. cut auto tariffs to 15% from 25%.',
  ];

  it('makes the country the one charging the rate', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual([
      'United States → Peru 15% on autos',
      'United States → Peru 25% on autos',
    ]);
    expect(
      articleRateGoods(['Peru welcomed the talks. The U.S. imposed car tariffs of 25% on Peru.'], '2026-09-01'),
    ).toEqual(['United States → Peru 25% on autos']);
  });

  it('still reads a country’s goods with no verb between as that country’s', () => {
    expect(articleRateGoods(['Peruvian auto parts face a 25% tariff.'], '2026-09-01')).toEqual([
      'United States → Peru 25% on auto parts',
    ]);
  });

  it('answers /tariff peru with the U.S. rate on Peru’s cars, none of Peru on the U.S.', async () => {
    const { text } = await tariffPeru(story);
    expect(text).toMatch(/"title":"United States → Peru"[^\]]*15%/);
    expect(text).not.toMatch(/"title":"Peru → United States"[^\]]*15%/);
  });
});
