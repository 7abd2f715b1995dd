import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A partner let off lightly in contrast with a rate on goods ("100% tariffs on branded drugs,
 * though Peru will only be hit with 15% tariffs") pays its lower rate on the same goods, not on all
 * its goods. A rate with an object of its own ("10% tariffs on all its goods") keeps it. Asked
 * through the console as a user asks, on sentences written for this test.
 */
describe('a lower rate a partner "only" pays, in contrast with a rate on goods', () => {
  const story = [
    'Which drugs the 100% tariffs on branded medicines cover is unclear, though Peru will only be hit with 15% tariffs, an official said.',
  ];

  it('answers /tariff peru with the 15% on medicines, not on Peruvian goods in general', async () => {
    const { text, line } = await tariffPeru(story);
    expect(text).toMatch(/\*\*15%\*\* on pharmaceuticals/);
    expect(line).not.toMatch(/^\*\*15%\*\* on Peruvian goods/);
  });

  it('keeps a rate told with its own object on that object', () => {
    expect(
      articleRates(['Steel faces 50% tariffs, but Peru will only pay 10% tariffs on all its goods.'], '2026-09-01'),
    ).toContain('United States → Peru 10% scheduled');
  });
});
