import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRateGoods } from './article-rates.ts';

/**
 * A counter-tariff on named goods, told with the measure it answers ("Peru will tax US copper wire
 * in retaliation for Washington's 12% levies on Peruvian goods"): the goods before "in retaliation
 * for" are the counter-tariff's, not the answered rate's, which is on goods in general. Sentences
 * written for this test.
 */
describe('the measure a counter-tariff answers', () => {
  const story = [
    'Peru will impose tariffs of 15 percent on imports of copper wire and LNG from the US in retaliation for Washington’s 12 percent levies on Peruvian goods.',
  ];

  it('keeps the counter-tariff’s goods off the rate it answers', () => {
    expect(articleRateGoods(story, '2026-09-01')).toEqual([
      'Peru → United States 15% on copper',
      'United States → Peru 12% on goods in general',
    ]);
  });

  it('answers /tariff peru with the answered rate on goods in general', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods/);
  });
});
