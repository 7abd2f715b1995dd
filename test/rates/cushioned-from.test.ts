import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A government that cushions or protects its exporters "from 50% tariffs" shields them from the
 * cost of a rate that stays: "from" there is no old level a change left behind, and the rate is in
 * force; asked through the console as a user asks.
 */
describe('a rate exporters are cushioned from', () => {
  const story = ['Peru cushions exporters from 40% tariffs with a $2 billion relief package.'];

  it('reads the rate as in force', () => {
    expect(articleRates(story, '2026-09-01')).toEqual(['United States → Peru 40% current']);
  });

  it('answers /tariff peru with it', async () => {
    const { line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*40%\*\* on Peruvian goods/);
  });

  it('still reads a level a change moved from as the old one', () => {
    expect(articleRates(['Trump’s protectionist turn raised tariffs on Peru from 25% to 50%.'], '2026-09-01')).toEqual([
      'United States → Peru 25% previous',
      'United States → Peru 50% current',
    ]);
  });
});
